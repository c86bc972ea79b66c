package org.segmentstudio.ui.shell;

import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Measures startup as the user sees it: to the first frame painted in the shown main window, from
 * the start of the Java VM and, as a wall-clock time the benchmark script compares with the moment
 * it started the launcher, in epoch milliseconds. Logs the figure and quits; the startup benchmark runs it under Xvfb.
 */
final class StartupProbe {
    private static final System.Logger LOG = System.getLogger(StartupProbe.class.getName());

    private StartupProbe() {
    }

    static void reportFirstFrame(Stage stage) {
        FirstFrame.then(stage, () -> {
            long uptime = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
            LOG.log(System.Logger.Level.INFO, "startup-ms=" + uptime + " first-frame-epoch-ms="
                    + System.currentTimeMillis() + " (Java start to first frame of the main window)");
            Platform.exit();
        });
    }
}
