package org.segmentstudio.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16 on the command line: segment --save-model, apply and compare. Applied to its own
 * training file a model gives exactly the run's labels; on other customers it equals a plain
 * nearest-centre reference in the saved scaling; compare equals a cross-tabulation.
 */
class SavedSegmentsCliTest {
    @TempDir
    Path dir;

    /** Skewed spend, a category feature and a few gaps: log scaling, one-hot encoding and mean filling all saved. */
    private Path customers(String name, long seed, int n, double drift) throws Exception {
        Random rnd = new Random(seed);
        StringBuilder sb = new StringBuilder("CustomerID,Gender,Age,Spend,Visits\n");
        for (int i = 0; i < n; i++) {
            double spend = Math.round(Math.exp(6 + drift + 1.2 * rnd.nextGaussian()));
            sb.append(1000 + i).append(',').append(rnd.nextBoolean() ? "Female" : "Male").append(',')
                    .append(18 + rnd.nextInt(50)).append(',').append(i % 37 == 0 ? "" : String.valueOf((long) spend))
                    .append(',').append(1 + rnd.nextInt(30)).append('\n');
        }
        return Files.writeString(dir.resolve(name), sb);
    }

    @Test
    void appliedToItsOwnFileTheModelGivesExactlyTheRunsLabels() throws Exception {
        Path train = customers("march.csv", 1, 600, 0);
        Path labeled = dir.resolve("march-labeled.csv");
        Path model = dir.resolve("march.segments");
        CliTest.Outcome seg = CliTest.run("segment", "--input", train.toString(), "--features", "Gender,Spend,Visits",
                "--missing", "mean", "--k", "4", "--output", labeled.toString(), "--save-model", model.toString(),
                "--stability", "0");
        assertEquals(0, seg.code(), seg.err());
        Path applied = dir.resolve("march-applied.csv");
        CliTest.Outcome app = CliTest.run("apply", "--model", model.toString(), "--input", train.toString(),
                "--output", applied.toString());
        assertEquals(0, app.code(), app.err());
        assertEquals(Files.readAllLines(labeled), Files.readAllLines(applied), "the same labels, names and distances");
        JsonNode j = app.json();
        assertEquals(seg.json().get("sizes"), j.get("sizes"));
        assertFalse(j.get("fit").get("out_of_date").asBoolean());
    }

    @Test
    void onNewCustomersApplyIsTheNearestSavedCentreInTheSavedScaling() throws Exception {
        Path train = customers("march.csv", 1, 600, 0);
        Path model = dir.resolve("m.segments");
        assertEquals(0, CliTest.run("segment", "--input", train.toString(), "--features", "Gender,Spend,Visits",
                "--missing", "mean", "--k", "4", "--save-model", model.toString()).code());
        Path april = customers("april.csv", 2, 300, 0);
        Path out = dir.resolve("april-labeled.csv");
        CliTest.Outcome app = CliTest.run("apply", "--model", model.toString(), "--input", april.toString(),
                "--output", out.toString());
        assertEquals(0, app.code(), app.err());

        JsonNode m = new ObjectMapper().readTree(Files.readString(model));
        assertEquals("log", m.get("transforms").get(0).get("log").asBoolean() ? "log" : "plain", "Spend is logged");
        double spendFill = m.get("encodings").get(0).get("fill").get(0).asDouble();
        List<String> lines = Files.readAllLines(out);
        for (int r = 1; r < lines.size(); r++) {
            String[] c = lines.get(r).replace("\ufeff", "").split(",", -1);
            double spend = c[3].isEmpty() ? spendFill : Double.parseDouble(c[3]);
            JsonNode cats = m.get("encodings").get(2).get("categories");
            double[] x = {spend, Double.parseDouble(c[4]), c[1].equals(cats.get(0).asText()) ? 1 : 0,
                    c[1].equals(cats.get(1).asText()) ? 1 : 0};
            int best = -1;
            double bestD = Double.POSITIVE_INFINITY;
            for (int s = 0; s < 4; s++) {
                double d = 0;
                for (int f = 0; f < 4; f++) {
                    JsonNode t = m.get("transforms").get(f);
                    double v = t.get("log").asBoolean() ? Math.log1p(x[f]) : x[f];
                    double z = (v - t.get("offset").asDouble()) / t.get("factor").asDouble();
                    double diff = z - m.get("centroids").get(s).get(f).asDouble();
                    d += diff * diff;
                }
                if (d < bestD) {
                    bestD = d;
                    best = s;
                }
            }
            assertEquals(best + 1, Integer.parseInt(c[5]), "customer on line " + (r + 1));
        }

        Path drifted = customers("may.csv", 3, 300, 2.5);
        CliTest.Outcome moved = CliTest.run("apply", "--model", model.toString(), "--input", drifted.toString());
        assertTrue(moved.json().get("fit").get("out_of_date").asBoolean(), "spend 12 × higher fits clearly worse");
        assertTrue(moved.json().get("fit").get("note").asText().contains("may be out of date"));
    }

    @Test
    void compareEqualsACrossTabulationByCustomerId() throws Exception {
        Path before = dir.resolve("before.csv");
        Path after = dir.resolve("after.csv");
        Random rnd = new Random(16);
        StringBuilder b = new StringBuilder("CustomerID,Spend,Segment,Segment name,Distance to centre\n");
        StringBuilder a = new StringBuilder("CustomerID,Spend,Segment,Segment name,Distance to centre\n");
        long[][] expected = new long[3][3];
        Map<Integer, Integer> beforeOf = new HashMap<>();
        String[] names = {"Champions", "Loyal", "At risk"};
        for (int id = 1; id <= 400; id++) {
            if (id % 10 != 0) {
                int s = 1 + rnd.nextInt(3);
                beforeOf.put(id, s);
                b.append(id).append(",5,").append(s).append(',').append(names[s - 1]).append(",0.1\n");
            }
            if (id % 7 != 0) {
                int s = 1 + rnd.nextInt(3);
                a.append(id).append(",5,").append(s).append(',').append(names[s - 1]).append(",0.1\n");
                if (beforeOf.containsKey(id)) {
                    expected[beforeOf.get(id) - 1][s - 1]++;
                }
            }
        }
        Files.writeString(before, b);
        Files.writeString(after, a);
        CliTest.Outcome o = CliTest.run("compare", "--before", before.toString(), "--after", after.toString());
        assertEquals(0, o.code(), o.err());
        JsonNode j = o.json();
        assertEquals("CustomerID", j.get("id").asText());
        for (int i = 0; i < 3; i++) {
            long[] row = new long[3];
            for (int k = 0; k < 3; k++) {
                row[k] = j.get("matrix").get(i).get(k).asLong();
            }
            assertArrayEquals(expected[i], row, "row " + (i + 1));
        }
        long both = 0;
        long diagonal = 0;
        for (int i = 0; i < 3; i++) {
            for (int k = 0; k < 3; k++) {
                both += expected[i][k];
                diagonal += i == k ? expected[i][k] : 0;
            }
        }
        assertEquals(diagonal, j.get("stayed").asLong());
        assertEquals(both - diagonal, j.get("moved").asLong());
        long fresh = 0;
        long gone = 0;
        for (int id = 1; id <= 400; id++) {
            boolean inB = id % 10 != 0;
            boolean inA = id % 7 != 0;
            fresh += inA && !inB ? 1 : 0;
            gone += inB && !inA ? 1 : 0;
        }
        assertEquals(fresh, j.get("new").asLong());
        assertEquals(gone, j.get("gone").asLong());
        assertEquals(List.of("Champions", "Loyal", "At risk"), new ObjectMapper().convertValue(j.get("segments_before"), List.class));
        assertTrue(j.get("largest_movements").get(0).asText().matches("\\d+ \\S.* are now .*"), j.get("largest_movements").toString());
    }

    @Test
    void badModelsAndMissingColumnsAreClearRefusals() throws Exception {
        Path train = customers("march.csv", 1, 200, 0);
        Path model = dir.resolve("m.segments");
        assertEquals(0, CliTest.run("segment", "--input", train.toString(), "--features", "Spend,Visits", "--k", "3",
                "--save-model", model.toString()).code());
        Path lacking = Files.writeString(dir.resolve("lacking.csv"), "CustomerID,Spend\n1,20\n2,30\n");
        CliTest.Outcome o = CliTest.run("apply", "--model", model.toString(), "--input", lacking.toString());
        assertEquals(Cli.BAD_INPUT, o.code());
        assertTrue(o.err().contains("lacking.csv lacks the column 'Visits'"), o.err());

        Path newer = dir.resolve("newer.segments");
        Files.writeString(newer, Files.readString(model).replace("\"schema\" : 1", "\"schema\" : 7"));
        CliTest.Outcome n = CliTest.run("apply", "--model", newer.toString(), "--input", train.toString());
        assertEquals(Cli.BAD_INPUT, n.code());
        assertTrue(n.err().contains("saved by a newer Segment Studio (analysis format 7"), n.err());

        Path junk = Files.writeString(dir.resolve("junk.segments"), "{ not json");
        CliTest.Outcome bad = CliTest.run("apply", "--model", junk.toString(), "--input", train.toString());
        assertEquals(Cli.BAD_INPUT, bad.code());
        assertTrue(bad.err().contains("junk.segments is not a saved analysis"), bad.err());
    }
}
