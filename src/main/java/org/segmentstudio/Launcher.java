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
        if (opensTheDesktop(args)) {
            org.segmentstudio.ui.shell.DesktopApp.start(args);
        } else {
            System.exit(Cli.run(args));
        }
    }

    /**
     * No arguments, the startup probe, or one file to open (as a file manager's "Open with" passes
     * it): the desktop app. Anything else is the command line; a sub-command's name always wins.
     */
    static boolean opensTheDesktop(String[] args) {
        if (args.length == 0) {
            return true;
        }
        if (args.length != 1) {
            return false;
        }
        String a = args[0];
        if (a.equals(org.segmentstudio.ui.shell.DesktopApp.STARTUP_PROBE)) {
            return true;
        }
        return !a.startsWith("-") && !Cli.isSubcommand(a) && java.nio.file.Files.isRegularFile(java.nio.file.Path.of(a));
    }
}
