package org.segmentstudio.ui.shell;

import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.segmentstudio.ui.shell.AppPreferences.WindowBounds;

/** Puts the window where the user left it, if that place is still on a screen, and remembers it on close. */
final class WindowPlacement {
    private static final double DEFAULT_WIDTH = 1280;
    private static final double DEFAULT_HEIGHT = 800;
    private final Stage stage;
    private final AppPreferences prefs;
    private final Optional<WindowBounds> saved;

    WindowPlacement(Stage stage, AppPreferences prefs) {
        this.stage = stage;
        this.prefs = prefs;
        this.saved = prefs.windowBounds().filter(WindowPlacement::onSomeScreen);
    }

    private static boolean onSomeScreen(WindowBounds b) {
        return !Screen.getScreensForRectangle(new Rectangle2D(b.x(), b.y(), b.width(), b.height())).isEmpty();
    }

    double width() {
        return saved.map(WindowBounds::width).orElse(DEFAULT_WIDTH);
    }

    double height() {
        return saved.map(WindowBounds::height).orElse(DEFAULT_HEIGHT);
    }

    /** Applies the saved place before the window is shown, and saves it when the window closes. */
    void restore() {
        saved.ifPresent(b -> {
            stage.setX(b.x());
            stage.setY(b.y());
            stage.setMaximized(b.maximized());
        });
        stage.addEventHandler(WindowEvent.WINDOW_HIDING, e -> save());
    }

    private void save() {
        if (stage.getScene() == null || stage.isIconified()) {
            return;
        }
        WindowBounds now = new WindowBounds(stage.getX(), stage.getY(),
                stage.getScene().getWidth(), stage.getScene().getHeight(), stage.isMaximized());
        // A maximized window keeps the size it had before, so un-maximizing next time gives it back.
        if (stage.isMaximized()) {
            now = prefs.windowBounds().map(b -> new WindowBounds(b.x(), b.y(), b.width(), b.height(), true)).orElse(now);
        }
        prefs.setWindowBounds(now);
        prefs.flush();
    }
}
