package org.segmentstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code segment}'s segments in the JSON and {@code --report}, on the sample, K = 5 on income and spending. */
class SegmentsCliTest {
    private static final String PAIR = "Annual Income (k$),Spending Score (1-100)";

    @TempDir
    Path dir;

    @Test
    void theJsonNamesEverySegmentAndMarksTheOneToStartWith() throws IOException {
        CliTest.Outcome o = CliTest.run("segment", "--input", CliTest.sample(), "--features", PAIR, "--k", "5", "--scale", "none");
        assertEquals(0, o.code(), o.err());
        JsonNode j = o.json();
        JsonNode segments = j.get("segments");
        assertEquals(5, segments.size());
        int total = 0;
        List<JsonNode> targets = new ArrayList<>();
        for (int s = 0; s < 5; s++) {
            JsonNode e = segments.get(s);
            for (String field : List.of("name", "size", "share", "target", "reason", "strategies")) {
                assertTrue(e.has(field), field);
            }
            assertEquals(j.get("sizes").get(s).asInt(), e.get("size").asInt(), "segments line up with sizes");
            assertEquals(e.get("size").asInt() / 200.0, e.get("share").asDouble(), 1e-12);
            assertTrue(e.get("strategies").size() >= 2 && e.get("strategies").size() <= 3);
            assertFalse(e.get("reason").asText().isBlank());
            double stability = e.get("stability").asDouble();
            assertTrue(stability > 0 && stability <= 1, "stability is a Jaccard match: " + stability);
            assertTrue(e.get("borderline").asInt() >= 0 && e.get("borderline").asInt() <= e.get("size").asInt());
            JsonNode levels = e.get("levels");
            assertEquals(List.of("Annual Income (k$)", "Spending Score (1-100)"), fieldNames(levels),
                    "a level for every numeric feature, in feature order");
            String name = e.get("name").asText();
            assertTrue(name.contains(capitalised(levels.get("Annual Income (k$)").asText()) + " income")
                    && name.contains(capitalised(levels.get("Spending Score (1-100)").asText()) + " spending"),
                    "the name is built from the levels: " + name + " " + levels);
            total += e.get("size").asInt();
            if (e.get("target").asBoolean()) {
                targets.add(e);
            }
        }
        assertEquals(200, total);
        assertEquals(1, targets.size());
        assertEquals("High income \u00b7 High spending", targets.get(0).get("name").asText());
        assertTrue(targets.get(0).get("strategies").get(0).asText().contains("loyalty"));
        assertTrue(j.get("report").isNull());
    }

    private static List<String> fieldNames(JsonNode o) {
        List<String> out = new ArrayList<>();
        o.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static String capitalised(String level) {
        return Character.toUpperCase(level.charAt(0)) + level.substring(1);
    }

    @Test
    void reportWritesOnePageWithEverySegmentAndTheKCharts() throws IOException {
        Path report = dir.resolve("segments.html");
        CliTest.Outcome o = CliTest.run("segment", "--input", CliTest.sample(), "--features", PAIR, "--k", "5", "--scale", "none",
                "--report", report.toString());
        assertEquals(0, o.code(), o.err());
        JsonNode j = o.json();
        assertEquals(report.toString(), j.get("report").asText());
        String html = Files.readString(report, StandardCharsets.UTF_8);
        for (JsonNode e : j.get("segments")) {
            assertTrue(html.contains(">" + e.get("name").asText() + "</h3>"), e.get("name").asText());
        }
        assertEquals(5, html.split("<article class=\"card", -1).length - 1);
        assertTrue(html.contains("Start marketing here: High income \u00b7 High spending</h2>"));
        assertEquals(2, html.split(">K = 5</text>", -1).length - 1, "elbow and silhouette mark K = 5");
        assertEquals(200, html.split("<circle cx=", -1).length - 1 - 18, "200 customers and 9 + 9 K markers");
        assertTrue(html.contains("<h2>How these segments were found</h2>"));
        assertTrue(html.contains("It made 10 starts, and kept the tightest"), "the command line's default n-init");
        assertTrue(html.contains("The kept start took " + j.get("iterations").asInt() + " steps"), html);
    }

    @Test
    void theLabeledOutputCarriesTheSegmentNames() throws IOException {
        Path out = dir.resolve("labeled.csv");
        CliTest.Outcome o = CliTest.run("segment", "--input", CliTest.sample(), "--features", PAIR, "--k", "5", "--scale", "none",
                "--output", out.toString());
        assertEquals(0, o.code(), o.err());
        String csv = Files.readString(out, StandardCharsets.UTF_8);
        assertEquals(39, csv.split(",High income \u00b7 High spending,", -1).length - 1);
    }

    @Test
    void aReportThatCannotBeWrittenIsOneErrorLineAndNoJson() {
        Path report = dir.resolve("no-such-folder").resolve("r.html");
        CliTest.Outcome o = CliTest.run("segment", "--input", CliTest.sample(), "--features", PAIR, "--report", report.toString());
        assertEquals(2, o.code());
        assertTrue(o.out().isEmpty());
        assertEquals(1, o.err().lines().count(), o.err());
        assertTrue(o.err().startsWith("error: r.html"), o.err());
    }

    @Test
    void theReportNeverReplacesTheInputFile() throws IOException {
        Path csv = dir.resolve("customers.csv");
        Files.copy(Path.of(CliTest.sample()), csv);
        byte[] before = Files.readAllBytes(csv);
        CliTest.Outcome o = CliTest.run("segment", "--input", csv.toString(), "--features", PAIR, "--report", csv.toString());
        assertEquals(2, o.code());
        assertTrue(o.err().contains("customers.csv"), o.err());
        assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(csv, StandardCharsets.UTF_8));
    }
}
