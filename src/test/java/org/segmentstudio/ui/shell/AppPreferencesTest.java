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
        AppPreferences again = node.reopened();
        assertEquals(Optional.of(bounds), again.windowBounds());
        assertEquals(Theme.DARK, again.theme());
    }

    @Test
    void badValuesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new WindowBounds(0, 0, 0, 600, false));
        assertThrows(IllegalArgumentException.class, () -> new RunChoice(List.of(), 3, Scaling.NONE));
        assertThrows(IllegalArgumentException.class, () -> new RunChoice(List.of("Age"), 1, Scaling.NONE));
    }

    /**
     * What a restart reads back: every choice, with names holding the list separator, percent
     * signs, control characters and characters beyond the BMP. (Until 1 Dec 2026 lists were joined
     * with U+001F, which java.util.prefs' XML files on Linux cannot hold: at the next start the
     * file's whole node was thrown away.)
     */
    @Test
    void choicesSurviveARestart() {
        Path a = Path.of("/data/mall.csv");
        List<String> features = List.of("Annual Income (k$)", "Spending Score (1-100)", "a|b", "100% sure", "tab\there",
                "%0041", "\u0001odd", "emoji \uD83D\uDE00");
        RunChoice choice = new RunChoice(features, 5, Scaling.ZSCORE);
        prefs.setRunChoice(a, choice);
        prefs.setRole(a, "Channel", org.segmentstudio.data.ColumnRole.CATEGORY);
        prefs.setRole(a, "Region|Zone", org.segmentstudio.data.ColumnRole.LEAVE_OUT);
        var columns = new org.segmentstudio.data.purchases.PurchaseColumns("Customer", "Date", null, "Amount", null, null,
                null, List.of("Country", "Store|Branch"));
        prefs.setBuilderChoice(a, new AppPreferences.BuilderChoice(columns,
                org.segmentstudio.data.purchases.DateOrder.valueOf("ISO"),
                org.segmentstudio.data.purchases.Returns.valueOf("LEAVE_OUT")));
        prefs.addRecentFile(a);

        AppPreferences again = node.reopened();
        assertEquals(Optional.of(choice), again.runChoice(a));
        assertEquals(java.util.Map.of("Channel", org.segmentstudio.data.ColumnRole.CATEGORY,
                "Region|Zone", org.segmentstudio.data.ColumnRole.LEAVE_OUT), again.roles(a));
        assertEquals(columns, again.builderChoice(a).orElseThrow().columns());
        assertEquals(List.of(a.toAbsolutePath()), again.recentFiles());
        assertEquals(Optional.empty(), again.runChoice(Path.of("/data/other.csv")));
    }

    /** Two windows of the app at once: each one's changes end up in the file, neither undoes the other's. */
    @Test
    void twoAppsWritingTheSameFileKeepBothChanges() {
        PreferenceStore first = node.another();
        PreferenceStore second = node.another();
        new AppPreferences(first).setTheme(Theme.DARK);
        first.saveNow();
        new AppPreferences(second).setLastFolder(Path.of("/data/march"));
        second.saveNow();
        AppPreferences third = new AppPreferences(node.another());
        assertEquals(Theme.DARK, third.theme());
        assertEquals(Optional.of(Path.of("/data/march").toAbsolutePath()), third.lastFolder());
        assertEquals(Theme.DARK, new AppPreferences(second).theme(), "the second took in the first's change");
    }

    /**
     * The writer thread's save and the exit hook's at the same moment: neither may write a copy
     * taken before the other merged a second instance's change in (a lost recent file, seen in the
     * real window when two instances quit one after the other).
     */
    @Test
    void savesAtTheSameMomentLoseNothing() throws Exception {
        for (int round = 0; round < 40; round++) {
            PreferenceStore mine = node.another();
            PreferenceStore other = node.another();
            other.put("other." + round, "kept");
            other.saveNow();
            mine.put("mine." + round, "kept");
            java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
            Runnable save = () -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                mine.saveNow();
            };
            Thread a = new Thread(save);
            Thread b = new Thread(save);
            a.start();
            b.start();
            go.countDown();
            a.join();
            b.join();
            PreferenceStore after = node.another();
            for (int r = 0; r <= round; r++) {
                assertEquals("kept", after.get("other." + r), "round " + round + ": the other's change " + r);
                assertEquals("kept", after.get("mine." + r), "round " + round + ": this one's change " + r);
            }
        }
    }

    /**
     * A list written whole by one instance replaces the other's, tail included: the recent files
     * of two instances became [Q, P, Q] when only the keys this one had were removed (review).
     */
    @Test
    void aListWrittenWholeLeavesNoTailOfAnotherInstance() {
        Path p = Path.of("/data/p.csv").toAbsolutePath();
        Path q = Path.of("/data/q.csv").toAbsolutePath();
        Path sFile = Path.of("/data/s.csv").toAbsolutePath();
        AppPreferences start = node.prefs();
        start.addRecentFile(q);
        start.addRecentFile(p); // [P, Q]
        AppPreferences seed = node.reopened();
        assertEquals(List.of(p, q), seed.recentFiles());
        PreferenceStore a = node.another();
        PreferenceStore b = node.another();
        new AppPreferences(b).addRecentFile(sFile); // [S, P, Q]
        b.saveNow();
        new AppPreferences(a).addRecentFile(q); // this one's list: [Q, P]
        a.saveNow();
        assertEquals(List.of(q, p), new AppPreferences(node.another()).recentFiles(), "the last list written, whole");
    }

    /**
     * A file that cannot be read (a malformed escape, as an editor might leave) is no first start:
     * nothing is taken over from the old store, and the file is kept aside, not overwritten.
     */
    @Test
    void anUnreadableFileIsKeptAsideAndNothingOldIsTakenOver() throws Exception {
        java.util.prefs.Preferences old = node.legacyNode();
        old.put("theme", "DARK");
        java.nio.file.Files.writeString(node.file(), "theme=LIGHT\nlastFolder=\\uZZZZ\n");
        PreferenceStore store = node.another(old.absolutePath());
        AppPreferences prefs = new AppPreferences(store);
        assertEquals(Theme.LIGHT, prefs.theme(), "the old store's DARK is not taken over");
        prefs.setLastFolder(Path.of("/data"));
        store.saveNow();
        Path aside = node.file().resolveSibling("preferences.properties.unreadable");
        assertEquals("theme=LIGHT\nlastFolder=\\uZZZZ\n", java.nio.file.Files.readString(aside));
        assertEquals(Optional.of(Path.of("/data").toAbsolutePath()), new AppPreferences(node.another()).lastFolder());
    }

    /** The first start after 1 Dec 2026 takes over what java.util.prefs kept; later starts read the file only. */
    @Test
    void earlierPreferencesAreTakenOverOnce() throws Exception {
        java.util.prefs.Preferences old = node.legacyNode();
        old.put("theme", "DARK");
        old.put("recent.0", "/data/a.csv");
        old.node("files/abc").put("k", "4");
        PreferenceStore store = node.another(old.absolutePath());
        AppPreferences taken = new AppPreferences(store);
        assertEquals(Theme.DARK, taken.theme());
        assertEquals(List.of(Path.of("/data/a.csv")), taken.recentFiles());
        assertEquals("4", store.get("files/abc/k"));
        store.saveNow();
        old.put("theme", "LIGHT"); // changed in the old store afterwards: no longer read
        assertEquals(Theme.DARK, new AppPreferences(node.another(old.absolutePath())).theme());
    }

    @Test
    void listsWrittenTheOldWayStillRead() {
        assertEquals(List.of("Age", "Annual Income (k$)"), AppPreferences.decodeList("Age\u001FAnnual Income (k$)"));
        assertEquals(List.of("Age"), AppPreferences.decodeList("Age"));
        assertEquals(List.of(), AppPreferences.decodeList(""));
        assertEquals(List.of("50%", "x%4"), AppPreferences.decodeList("50%|x%4"), "a % without four hex digits is itself");
    }
}
