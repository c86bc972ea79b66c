package org.segmentstudio.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    private static final String PAIR = "Annual Income (k$),Spending Score (1-100)";

    @TempDir
    Path dir;

    record Outcome(int code, String out, String err) {
        JsonNode json() throws IOException {
            return new ObjectMapper().readTree(out);
        }
    }

    static Outcome run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Outcome(code, out.toString(), err.toString());
    }

    static String sample() {
        return Path.of(System.getProperty("segmentstudio.assets", "assets"), "Mall_Customers.csv").toString();
    }

    private static void assertOneErrorLine(Outcome o, int code, String... mentions) {
        assertEquals(code, o.code(), o.err());
        assertTrue(o.out().isEmpty(), "nothing on stdout: " + o.out());
        List<String> lines = o.err().lines().toList();
        assertEquals(1, lines.size(), o.err());
        assertTrue(lines.get(0).startsWith("error: "), lines.get(0));
        for (String m : mentions) {
            assertTrue(lines.get(0).contains(m), "'" + m + "' in " + lines.get(0));
        }
    }

    @Test
    void segmentPrintsTheReportWithEveryField() throws IOException {
        Outcome o = run("segment", "--input", sample(), "--features", PAIR, "--k", "5", "--scale", "none");
        assertEquals(0, o.code(), o.err());
        assertTrue(o.err().isEmpty());
        JsonNode j = o.json();
        for (String field : List.of("rows_used", "rows_skipped", "k", "iterations", "converged", "inertia",
                "silhouette", "centroids", "sizes", "ms_import", "ms_cluster")) {
            assertTrue(j.has(field), field);
        }
        assertEquals(200, j.get("rows_used").asInt());
        assertEquals(0, j.get("rows_skipped").asInt());
        assertEquals(5, j.get("k").asInt());
        assertTrue(j.get("converged").asBoolean());
        assertEquals(44_448.5, j.get("inertia").asDouble(), 0.1);
        assertEquals(0.554, j.get("silhouette").asDouble(), 1e-3);
        assertEquals(5, j.get("centroids").size());
        assertEquals(2, j.get("centroids").get(0).size());
        int total = 0;
        for (JsonNode s : j.get("sizes")) {
            total += s.asInt();
        }
        assertEquals(200, total);
    }

    @Test
    void segmentWritesTheLabeledFile() throws IOException {
        Path out = dir.resolve("labeled.csv");
        Outcome o = run("segment", "--input", sample(), "--k", "4", "--output", out.toString());
        assertEquals(0, o.code(), o.err());
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals(201, lines.size());
        assertTrue(lines.get(0).endsWith(",Segment,Segment name,Distance to centre,Certainty,Borderline"), lines.get(0));
        assertTrue(lines.get(1).matches("1,Male,19,15,39,[1-4],[^,]+,[0-9.]+,[01](\\.[0-9]+)?,(yes|no)"), lines.get(1));
        // Borderline is said where the certainty is under 80 %.
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(",");
            double certainty = Double.parseDouble(c[c.length - 2]);
            assertEquals(certainty < 0.8 ? "yes" : "no", c[c.length - 1], line);
        }
        Path plain = dir.resolve("plain.csv");
        assertEquals(0, run("segment", "--input", sample(), "--k", "4", "--output", plain.toString(), "--stability", "0").code());
        assertTrue(Files.readAllLines(plain, StandardCharsets.UTF_8).get(0).endsWith(",Distance to centre"),
                "without refits, no certainty");
    }

    @Test
    void defaultFeaturesAreTheOnesTheAppPreselects() throws IOException {
        JsonNode j = run("segment", "--input", sample()).json();
        assertEquals(List.of("Annual Income (k$)", "Spending Score (1-100)"),
                new ObjectMapper().convertValue(j.get("features"), List.class));
        assertEquals(org.segmentstudio.segments.FeatureGuess.of(org.segmentstudio.data.Samples.mallCustomers()),
                new ObjectMapper().convertValue(j.get("features"), List.class));
        assertEquals(2, j.get("centroids").get(0).size());
    }

    @Test
    void givenCentroidsAreUsedAndTheirRowsSetK() throws IOException {
        Path init = dir.resolve("init.csv");
        Files.writeString(init, "Spending Score (1-100),Annual Income (k$)\n20,30\n80,30\n50,60\n20,90\n80,90\n");
        Outcome o = run("segment", "--input", sample(), "--features", PAIR, "--scale", "none",
                "--init-centroids", init.toString());
        assertEquals(0, o.code(), o.err());
        assertEquals(5, o.json().get("k").asInt());
        assertEquals(44_448.5, o.json().get("inertia").asDouble(), 0.1);
    }

    @Test
    void missingValuesAreDroppedOrFilled() throws IOException {
        Path csv = dir.resolve("gaps.csv");
        Files.writeString(csv, "id,a,b\n1,1,1\n2,,2\n3,10,10\n4,11,NA\n5,1,2\n6,10,11\n");
        JsonNode dropped = run("segment", "--input", csv.toString(), "--k", "2").json();
        assertEquals(4, dropped.get("rows_used").asInt());
        assertEquals(2, dropped.get("rows_skipped").asInt());
        JsonNode filled = run("segment", "--input", csv.toString(), "--k", "2", "--missing", "median").json();
        assertEquals(6, filled.get("rows_used").asInt());
    }

    @Test
    void suggestKRecommendsFiveForIncomeAndSpending() throws IOException {
        Outcome o = run("suggest-k", "--input", sample(), "--features", PAIR, "--scale", "none");
        assertEquals(0, o.code(), o.err());
        JsonNode j = o.json();
        assertEquals(5, j.get("recommended").asInt());
        assertFalse(j.get("reason").asText().isBlank());
        assertEquals(9, j.get("scores").size());
        JsonNode first = j.get("scores").get(0);
        for (String field : List.of("k", "inertia", "silhouette", "calinski_harabasz", "davies_bouldin")) {
            assertTrue(first.has(field), field);
        }
        assertEquals(2, first.get("k").asInt());
    }

    @Test
    void featuresThatCannotGiveKSegmentsAreToldByName() {
        assertOneErrorLine(run("segment", "--input", sample(), "--features", "Gender", "--k", "5"), 2,
                "Mall_Customers.csv: Among the 200 customers, 'Gender' takes only 2 different values, fewer than K = 5 segments: "
                        + "choose K = 2, or tick more features.");
    }

    @Test
    void aMissingFileIsOneErrorLineNamingIt() {
        assertOneErrorLine(run("segment", "--input", dir.resolve("nope.csv").toString()), 2, "nope.csv");
    }

    @Test
    void aRaggedLineIsLeftOutAndNamedByFileAndLine() throws IOException {
        Path csv = dir.resolve("ragged.csv");
        Files.writeString(csv, "a,b\n1,2\n3\n4,5\n6,1\n");
        Outcome o = run("segment", "--input", csv.toString(), "--features", "a,b", "--k", "1");
        assertEquals(0, o.code(), o.err());
        JsonNode j = new ObjectMapper().readTree(o.out());
        assertEquals(3, j.get("rows_used").asInt());
        String warning = j.get("warnings").get(0).asText();
        assertTrue(warning.contains("ragged.csv") && warning.contains("line 3"), warning);
    }

    /** Without --features the guess passes over text: a typo in a number column is said, not a silent drop. */
    @Test
    void aTypoThatTurnsANumberColumnToTextIsAWarningWhenTheGuessLeavesItOut() throws IOException {
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(Path.of(sample())));
        lines.set(5, "5,Female,31,seventeen,40");
        Path csv = dir.resolve("typo.csv");
        Files.write(csv, lines);
        Outcome o = run("segment", "--input", csv.toString(), "--k", "3");
        assertEquals(0, o.code(), o.err());
        JsonNode j = o.json();
        assertFalse(j.get("features").toString().contains("Annual Income"), j.get("features").toString());
        String warning = j.get("warnings").get(0).asText();
        assertEquals("typo.csv, line 6, column 4 ('Annual Income (k$)'): \"seventeen\" is not a number, so 'Annual"
                + " Income (k$)' was read as text and is not a feature; correct it or leave it empty to cluster on it.",
                warning);
        Outcome chosen = run("segment", "--input", csv.toString(), "--features", "Age,Spending Score (1-100)", "--k", "3");
        assertTrue(chosen.json().get("warnings").toString().contains("seventeen"), "chosen without it: still said");
    }

    @Test
    void writingOverTheInputIsRefused() throws IOException {
        Path csv = dir.resolve("mine.csv");
        Files.copy(Path.of(sample()), csv);
        byte[] before = Files.readAllBytes(csv);
        assertOneErrorLine(run("segment", "--input", csv.toString(), "--output", csv.toString()), 2, "mine.csv");
        assertArrayEquals(before, Files.readAllBytes(csv));
    }

    @Test
    void aFreeTextFeatureIsNamedByFileLineAndColumn() throws IOException {
        Path csv = dir.resolve("with-notes.csv");
        StringBuilder b = new StringBuilder("CustomerID,Note,Annual Income (k$)\n");
        for (int i = 1; i <= 60; i++) {
            b.append(i).append(",note number ").append(i).append(',').append(20 + i).append('\n');
        }
        Files.writeString(csv, b.toString());
        assertOneErrorLine(run("segment", "--input", csv.toString(), "--features", "Note,Annual Income (k$)"), 2,
                "with-notes.csv", "line 2", "column 2", "'Note'", "note number 1", "60 different values");
    }

    @Test
    void aTypoInANumericColumnIsNamedWithWhatToDo() throws IOException {
        Path csv = dir.resolve("members.csv");
        StringBuilder b = new StringBuilder("CustomerID,Age,Annual Income (k$)\n");
        for (int i = 1; i <= 100; i++) {
            b.append(i).append(',').append(18 + i % 50).append(',').append(i == 37 ? "12k" : String.valueOf(15 + i)).append('\n');
        }
        Files.writeString(csv, b.toString());
        assertOneErrorLine(run("segment", "--input", csv.toString(), "--features", "Age,Annual Income (k$)"), 2,
                "members.csv", "line 38", "column 3", "\"12k\" is not a number", "correct it or leave it empty");
    }

    @Test
    void theTypoLineCountsRowsLeftOutAboveIt() throws Exception {
        String csv = Path.of(CliTest.class.getResource("/import/typo_in_numbers.csv").toURI()).toString();
        assertOneErrorLine(run("segment", "--input", csv, "--features", "Age,Income", "--k", "2"), 2,
                "typo_in_numbers.csv, line 15, column 4 ('Income'): \"2O\" is not a number");
    }

    @Test
    void aCategoricalFeatureIsOneHotEncodedAsInTheApp() throws IOException {
        Outcome o = run("segment", "--input", sample(), "--features", "Gender,Age", "--k", "4");
        assertEquals(0, o.code(), o.err());
        JsonNode j = o.json();
        List<String> features = new java.util.ArrayList<>();
        j.get("features").forEach(f -> features.add(f.asText()));
        assertEquals("Age", features.get(0), "numeric features first");
        assertEquals(java.util.Set.of("Gender=Female", "Gender=Male"), java.util.Set.copyOf(features.subList(1, 3)),
                "then one column per category");
        int f = features.indexOf("Gender=Female");
        int m = features.indexOf("Gender=Male");
        for (JsonNode centroid : j.get("centroids")) {
            assertEquals(3, centroid.size());
            double female = centroid.get(f).asDouble();
            double male = centroid.get(m).asDouble();
            assertTrue(female > -1e-9 && female < 1 + 1e-9, "the share of women in the segment: " + female);
            assertEquals(1.0, female + male, 1e-9, "every customer is one or the other");
        }
    }

    @Test
    void aColumnWithOneValueIsRefusedPlainly() throws IOException {
        Path csv = dir.resolve("one-store.csv");
        Files.writeString(csv, "Store,Age,Annual Income (k$)\nNorth,20,30\nNorth,40,50\nNorth,60,70\n");
        assertOneErrorLine(run("segment", "--input", csv.toString(), "--features", "Store,Age", "--k", "2"), 2,
                "one-store.csv", "'Store'", "North");
    }

    @Test
    void anUnknownFeatureIsNamed() {
        assertOneErrorLine(run("suggest-k", "--input", sample(), "--features", "Height"), 2, "Height");
    }

    @Test
    void aBadCentroidCellIsNamedByFileLineAndColumn() throws IOException {
        Path init = dir.resolve("bad.csv");
        Files.writeString(init, "Annual Income (k$),Spending Score (1-100)\n20,30\n80,x\n");
        assertOneErrorLine(run("segment", "--input", sample(), "--features", PAIR, "--init-centroids",
                init.toString()), 2, "bad.csv", "line 3", "column 2");
    }

    @Test
    void impossibleSettingsAreOneErrorLine() {
        assertOneErrorLine(run("segment", "--input", sample(), "--k", "0"), 2, "K");
        assertOneErrorLine(run("segment", "--input", sample(), "--k", "500"), 2, "Mall_Customers.csv", "500");
        assertOneErrorLine(run("segment", "--input", sample(), "--scale", "sqrt"), 2, "--scale");
        assertOneErrorLine(run("segment", "--input", sample(), "--tol", "-1"), 2, "tolerance");
        assertOneErrorLine(run("suggest-k", "--input", sample(), "--k-min", "5", "--k-max", "3"), 2, "K range");
        assertOneErrorLine(run("segment"), 2, "--input");
    }

    @Test
    void anUnwritableOutputIsOneErrorLineAndNoReport() {
        Path out = dir.resolve("missing-folder").resolve("labeled.csv");
        assertOneErrorLine(run("segment", "--input", sample(), "--output", out.toString()), 2, "labeled.csv",
                "does not exist");
        assertFalse(Files.exists(out));
    }
}
