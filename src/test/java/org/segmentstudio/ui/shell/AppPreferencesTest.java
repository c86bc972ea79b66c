package org.segmentstudio.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.segmentstudio.engine.Scaling;
import org.segmentstudio.ui.shell.AppPreferences.RunChoice;
import org.segmentstudio.ui.shell.AppPreferences.WindowBounds;

class AppPreferencesTest {
    private final TestPreferences node = new TestPreferences();
    private final AppPreferences prefs = node.prefs();

    @AfterEach
    void removeNode() throws Exception {
        node.close();
    }

    @Test
    void recentFilesAreNewestFirstWithoutRepeatsAndAtMostEight() {
        Path a = Path.of("/data/a.csv").toAbsolutePath();
        Path b = Path.of("/data/b.csv").toAbsolutePath();
        prefs.addRecentFile(a);
        prefs.addRecentFile(b);
        prefs.addRecentFile(a);
        assertEquals(List.of(a, b), prefs.recentFiles());
        IntStream.range(0, 12).forEach(i -> prefs.addRecentFile(Path.of("/data/f" + i + ".csv")));
        assertEquals(AppPreferences.MAX_RECENT, prefs.recentFiles().size());
        assertEquals(Path.of("/data/f11.csv").toAbsolutePath(), prefs.recentFiles().get(0));
        prefs.clearRecentFiles();
        assertTrue(prefs.recentFiles().isEmpty());
    }

    @Test
    void theChoiceOfFeaturesKAndScalingIsRememberedPerFile() {
        Path a = Path.of("/data/a.csv");
        RunChoice choice = new RunChoice(List.of("Age", "Annual Income (k$)"), 4, Scaling.ZSCORE);
        prefs.setRunChoice(a, choice);
        assertEquals(Optional.of(choice), prefs.runChoice(a));
        assertEquals(Optional.empty(), prefs.runChoice(Path.of("/data/other.csv")));
    }

    @Test
    void windowBoundsAndThemeRoundTrip() {
        assertEquals(Optional.empty(), prefs.windowBounds());
        assertEquals(Theme.LIGHT, prefs.theme());
        WindowBounds bounds = new WindowBounds(40, 60, 1100, 700, false);
        prefs.setWindowBounds(bounds);
        prefs.setTheme(Theme.DARK);
        AppPreferences again = node.prefs();
        assertEquals(Optional.of(bounds), again.windowBounds());
        assertEquals(Theme.DARK, again.theme());
    }

    @Test
    void badValuesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new WindowBounds(0, 0, 0, 600, false));
        assertThrows(IllegalArgumentException.class, () -> new RunChoice(List.of(), 3, Scaling.NONE));
        assertThrows(IllegalArgumentException.class, () -> new RunChoice(List.of("Age"), 1, Scaling.NONE));
    }
}
