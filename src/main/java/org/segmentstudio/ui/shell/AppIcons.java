package org.segmentstudio.ui.shell;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;

/** The app icon in the sizes a window manager picks from (made by the installer's IconMaker). */
public final class AppIcons {
    private static final int[] SIZES = {16, 32, 48, 64, 128, 256};

    /** The icons decoded while the app's start builds the window ({@link #loadAhead}). */
    private static final org.segmentstudio.data.ReadAhead<List<Image>> AHEAD =
            new org.segmentstudio.data.ReadAhead<>(AppIcons::load);

    private AppIcons() {
    }

    /** Starts decoding the icons on a thread of its own (the toolkit must be up), for the next {@link #all} call. */
    public static void loadAhead() {
        AHEAD.start("icons-read-ahead");
    }

    /** The icon at one size, or null if the build left it out. */
    public static Image icon(int size) {
        try (InputStream in = AppIcons.class.getResourceAsStream("/org/segmentstudio/icons/app-" + size + ".png")) {
            return in == null ? null : new Image(in);
        } catch (java.io.IOException e) {
            return null;
        }
    }

    public static List<Image> all() {
        return AHEAD.get();
    }

    private static List<Image> load() {
        List<Image> out = new ArrayList<>();
        for (int s : SIZES) {
            Image i = icon(s);
            if (i != null) {
                out.add(i);
            }
        }
        return out;
    }
}
