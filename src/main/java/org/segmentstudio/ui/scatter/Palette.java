package org.segmentstudio.ui.scatter;

import javafx.scene.paint.Color;

/**
 * Okabe–Ito colours, told apart by people with the common colour-vision deficiencies, in an order
 * that keeps the two blues far apart (segments 1 and 6) and puts the pale yellow last; each
 * segment also has its own {@link Marker}, so colour is never the only cue. Okabe–Ito's black is
 * replaced by an olive (segment 7), which stays visible on the dark theme's plot.
 */
public final class Palette {
    private static final Color[] COLORS = {
        Color.web("#0072B2"), Color.web("#E69F00"), Color.web("#009E73"), Color.web("#CC79A7"),
        Color.web("#D55E00"), Color.web("#56B4E9"), Color.web("#999933"), Color.web("#F0E442"),
    };

    private Palette() {
    }

    /** Colour of 0-based segment {@code s}; beyond eight the colours repeat, darker. */
    public static Color of(int s) {
        Color c = COLORS[s % COLORS.length];
        return s < COLORS.length ? c : c.deriveColor(0, 1, 0.7, 1);
    }

    /** The colour as 0xAARRGGBB, opaque. */
    public static int argb(int s) {
        Color c = of(s);
        return 0xFF000000 | (int) Math.round(c.getRed() * 255) << 16 | (int) Math.round(c.getGreen() * 255) << 8
                | (int) Math.round(c.getBlue() * 255);
    }

    /** Marker shape of 0-based segment {@code s}. */
    public static Marker marker(int s) {
        Marker[] all = Marker.values();
        return all[s % all.length];
    }
}
