package org.segmentstudio;

import org.segmentstudio.cli.Cli;

/**
 * Entry point. With no arguments it opens the desktop app; with a sub-command it runs on the
 * command line and never loads JavaFX. This class must not extend {@code Application}, so that it
 * starts from a plain class-path jar.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || (args.length == 1 && args[0].equals(org.segmentstudio.ui.shell.DesktopApp.STARTUP_PROBE))) {
            org.segmentstudio.ui.shell.DesktopApp.start(args);
        } else {
            System.exit(Cli.run(args));
        }
    }
}
