package org.segmentstudio;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file manager's "Open with Segment Studio" passes one file: that opens the desktop app, not the CLI. */
class LauncherTest {
    @TempDir
    Path dir;

    @Test
    void oneExistingFileOpensTheDesktopAndEverythingElseIsTheCommandLine() throws Exception {
        Path csv = Files.writeString(dir.resolve("customers.csv"), "a,b\n1,2\n");
        assertTrue(Launcher.opensTheDesktop(new String[0]));
        assertTrue(Launcher.opensTheDesktop(new String[] {csv.toString()}));
        assertFalse(Launcher.opensTheDesktop(new String[] {dir.resolve("missing.csv").toString()}),
                "a file that is not there goes to the command line, which says so");
        assertFalse(Launcher.opensTheDesktop(new String[] {"--version"}));
        assertFalse(Launcher.opensTheDesktop(new String[] {"segment", csv.toString()}));
        assertFalse(Launcher.opensTheDesktop(new String[] {"segment"}), "a sub-command's name is the sub-command");
    }

    @Test
    void theDesktopEntryOffersTheAppForCsvFilesAndPassesTheFile() throws Exception {
        String entry = Files.readString(Path.of("installer", "linux", "resources", "segment-studio.desktop"));
        assertTrue(entry.contains("\nMimeType=text/csv;"), entry);
        assertTrue(entry.contains("\nExec=APPLICATION_LAUNCHER %f\n"), entry);
    }
}
