package org.segmentstudio.ui.shell;

import java.time.Duration;
import java.time.Instant;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * Measures startup as the user sees it: from the start of the process to the first frame painted
 * in the shown main window. Logs the figure and quits; the startup benchmark runs it under Xvfb.
 */
final class StartupProbe {
    private static final System.Logger LOG = System.getLogger(StartupProbe.class.getName());

    private StartupProbe() {
    }

    static void reportFirstFrame(Stage stage) {
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                // The first pulse after showing lays out and paints; on the second that frame is on screen.
                if (++frames < 2) {
                    return;
                }
                stop();
                Instant started = ProcessHandle.current().info().startInstant().orElse(Instant.now());
                long ms = Duration.between(started, Instant.now()).toMillis();
                LOG.log(System.Logger.Level.INFO, "startup-ms=" + ms + " (process start to first frame of the main window)");
                Platform.exit();
            }
        }.start());
    }
}
