package org.segmentstudio.segments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentstudio.data.CsvImporter;
import org.segmentstudio.data.Dataset;

/**
 * Regression (issue 14): a wholesaler's table has no column called spending, and the ranking fell
 * back to size and crowned the largest, below-average group. Several amounts rank by their total.
 */
class RankingByTotalTest {
    @TempDir
    Path dir;

    private SegmentAnalysis analyse(String header, int[][] rows, int[] labels, List<String> features) throws Exception {
        StringBuilder csv = new StringBuilder(header).append('\n');
        for (int[] r : rows) {
            for (int c = 0; c < r.length; c++) {
                csv.append(c > 0 ? "," : "").append(r[c]);
            }
            csv.append('\n');
        }
        Dataset d = new CsvImporter().read(Files.writeString(dir.resolve("t.csv"), csv));
        FeatureMatrix fm = FeatureMatrixBuilder.build(d, features, MissingPolicy.DROP);
        return SegmentAnalysis.of(d, fm, labels, 2);
    }

    @Test
    void severalAmountsRankByTheirTotalNotBySize() throws Exception {
        int n = 300;
        int[][] rows = new int[n][];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            boolean big = i % 4 == 0; // a quarter buy a lot, three quarters little
            rows[i] = big ? new int[] {20_000 + i * 7 % 5_000, 9_000 + i * 3 % 2_000} : new int[] {2_000 + i % 900, 700 + i % 300};
            labels[i] = big ? 1 : 0;
        }
        SegmentAnalysis a = analyse("Fresh,Milk", rows, labels, List.of("Fresh", "Milk"));
        ValueMeasure m = a.ranking().measure();
        assertTrue(m.isTotal(), m.label());
        assertEquals("total spend × size", m.label());
        assertEquals(List.of("Fresh", "Milk"), m.columns());
        assertEquals(1, a.ranking().target(), "the big buyers, not the larger group");
        assertTrue(a.ranking().reason().contains("of all total spend"), a.ranking().reason());
        assertTrue(ValueMeasure.choices(a.profiles()).contains(m), "Rank by offers it");
    }

    @Test
    void whenNothingMeasuresValueTheReasonSaysItIsOnlyTheBiggestGroup() throws Exception {
        int n = 200;
        int[][] rows = new int[n][];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            rows[i] = new int[] {20 + i % 50, 150 + i % 40};
            labels[i] = i < 130 ? 0 : 1;
        }
        SegmentAnalysis a = analyse("Age,Height", rows, labels, List.of("Age", "Height"));
        assertTrue(a.ranking().measure().isSize());
        assertTrue(a.ranking().reason().contains("only the biggest"), a.ranking().reason());
    }
}
