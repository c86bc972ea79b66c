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

    /**
     * On Linux the preferences live in XML files; a value with a character XML cannot hold made the
     * next start throw the file's whole node away (features, roles and purchase columns were joined
     * with U+001F until 1 Dec 2026). The node as XML must parse, and what it holds must read back.
     */
    @Test
    void choicesSurviveTheXmlFileOfTheLinuxStore() throws Exception {
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

        java.io.ByteArrayOutputStream xml = new java.io.ByteArrayOutputStream();
        node.node().exportSubtree(xml);
        javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false); // offline
        org.w3c.dom.Document doc = factory.newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(xml.toByteArray())); // threw for U+001F (&#31;)
        // A new node filled from the parsed XML only, as the next start would read the file.
        java.util.prefs.Preferences copy = java.util.prefs.Preferences.userRoot()
                .node("org/segmentstudio/test/" + java.util.UUID.randomUUID());
        try {
            org.w3c.dom.NodeList nodes = doc.getElementsByTagName("node");
            for (int n = 0; n < nodes.getLength(); n++) {
                org.w3c.dom.Element el = (org.w3c.dom.Element) nodes.item(n);
                if (el.getAttribute("name").equals(node.node().name())) {
                    fill(copy, el);
                }
            }
            AppPreferences again = new AppPreferences(copy);
            assertEquals(Optional.of(choice), again.runChoice(a));
            assertEquals(java.util.Map.of("Channel", org.segmentstudio.data.ColumnRole.CATEGORY,
                    "Region|Zone", org.segmentstudio.data.ColumnRole.LEAVE_OUT), again.roles(a));
            assertEquals(columns, again.builderChoice(a).orElseThrow().columns());
        } finally {
            copy.removeNode();
        }
    }

    /** The entries and child nodes of an exported {@code <node>} element, put into {@code into}. */
    private static void fill(java.util.prefs.Preferences into, org.w3c.dom.Element exported) {
        for (org.w3c.dom.Node child = exported.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof org.w3c.dom.Element el && el.getTagName().equals("map")) {
                org.w3c.dom.NodeList entries = el.getElementsByTagName("entry");
                for (int e = 0; e < entries.getLength(); e++) {
                    org.w3c.dom.Element entry = (org.w3c.dom.Element) entries.item(e);
                    into.put(entry.getAttribute("key"), entry.getAttribute("value"));
                }
            } else if (child instanceof org.w3c.dom.Element el && el.getTagName().equals("node")) {
                fill(into.node(el.getAttribute("name")), el);
            }
        }
    }

    @Test
    void listsWrittenTheOldWayStillRead() {
        assertEquals(List.of("Age", "Annual Income (k$)"), AppPreferences.decodeList("Age\u001FAnnual Income (k$)"));
        assertEquals(List.of("Age"), AppPreferences.decodeList("Age"));
        assertEquals(List.of(), AppPreferences.decodeList(""));
        assertEquals(List.of("50%", "x%4"), AppPreferences.decodeList("50%|x%4"), "a % without four hex digits is itself");
    }
}
