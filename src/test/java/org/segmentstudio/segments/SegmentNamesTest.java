package org.segmentstudio.segments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentstudio.data.CsvImporter;
import org.segmentstudio.data.Dataset;

/** Regression (issue 14): names that tell segments apart by what differs, and a tiny segment named as such. */
class SegmentNamesTest {
    @TempDir
    Path dir;

    /** Rows of (income, spend) and the segment each belongs to. */
    private SegmentAnalysis analyse(int[][] rows, int[] labels, int k) throws Exception {
        StringBuilder csv = new StringBuilder("Income,Spend\n");
        for (int[] r : rows) {
            csv.append(r[0]).append(',').append(r[1]).append('\n');
        }
        Dataset data = new CsvImporter().read(Files.writeString(dir.resolve("t.csv"), csv));
        FeatureMatrix fm = FeatureMatrixBuilder.build(data, List.of("Income", "Spend"), MissingPolicy.DROP);
        return SegmentAnalysis.of(data, fm, labels, k);
    }

    @Test
    void twoSegmentsAlikeInLevelsAreToldApartByTheFeatureThatDiffersNeverByANumber() throws Exception {
        int n = 200;
        int[][] rows = new int[n][];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            if (i < 140) {
                rows[i] = new int[] {10 + i % 20, 10 + (i * 7) % 20};
                labels[i] = 0;
            } else if (i < 170) {
                rows[i] = new int[] {80 + i % 10, 80 + i % 10};
                labels[i] = 1;
            } else {
                rows[i] = new int[] {100 + i % 10, 80 + i % 10};
                labels[i] = 2;
            }
        }
        List<String> names = analyse(rows, labels, 3).names().stream().map(SegmentName::initial).toList();
        assertEquals("High income · High spend · the lower income of them", names.get(1));
        assertEquals("High income · High spend · the higher income of them", names.get(2));
        assertFalse(names.stream().anyMatch(s -> s.matches(".*\\(\\d+\\)$")), names.toString());
    }

    @Test
    void aCodedCategoryIsNamedWithItsColumnAWordedOneAsItIs() throws Exception {
        StringBuilder csv = new StringBuilder("Channel,Gender,Spend\n");
        int n = 120;
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i % 2;
            csv.append(labels[i] == 0 ? "1" : "2").append(',').append(labels[i] == 0 ? "Female" : "Male").append(',')
                    .append(100 + i % 7).append('\n');
        }
        Dataset data = new CsvImporter().read(Files.writeString(dir.resolve("c.csv"), csv));
        data = org.segmentstudio.data.ColumnRole.apply(data, java.util.Map.of("Channel", org.segmentstudio.data.ColumnRole.CATEGORY));
        FeatureMatrix fm = FeatureMatrixBuilder.build(data, List.of("Spend", "Channel", "Gender"), MissingPolicy.DROP);
        List<String> names = SegmentAnalysis.of(data, fm, labels, 2).names().stream().map(SegmentName::initial).toList();
        assertTrue(names.get(0).contains("All Channel 1") && names.get(0).contains("All Female"), names.toString());
        assertTrue(names.get(1).contains("All Channel 2") && names.get(1).contains("All Male"), names.toString());
    }

    @Test
    void theMiddleOfThreeNamesakesIsTheMiddleOfThem() throws Exception {
        int n = 240;
        int[][] rows = new int[n][];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            int g = i < 150 ? 0 : 1 + (i - 150) / 30;
            labels[i] = g;
            rows[i] = g == 0 ? new int[] {10 + i % 20, 10 + (i * 7) % 20} : new int[] {70 + 15 * g + i % 5, 80 + i % 10};
        }
        List<String> names = analyse(rows, labels, 4).names().stream().map(SegmentName::initial).toList();
        assertEquals(List.of("High income · High spend · the lower income of them",
                "High income · High spend · the middle income of them",
                "High income · High spend · the higher income of them"), names.subList(1, 4));
    }

    @Test
    void ageIsSaidOfPeople() {
        FeatureStat young = new FeatureStat("Age", FeatureWords.of("Age"), true, 25, 24, 39, 36, Level.LOW);
        FeatureStat old = new FeatureStat("Age", FeatureWords.of("Age"), true, 55, 54, 39, 36, Level.HIGH);
        assertEquals("Younger", SegmentNamer.phrase(young));
        assertEquals("Older", SegmentNamer.phrase(old), "not \"High age\"");
        // Two younger groups alike in their levels, told apart by age: not "Younger · … · older".
        List<SegmentProfile> two = List.of(
                new SegmentProfile(0, 50, 0.5, List.of(new FeatureStat("Age", "age", true, 22, 22, 39, 36, Level.LOW),
                        new FeatureStat("Income", "income", true, 30, 30, 60, 60, Level.LOW)), List.of()),
                new SegmentProfile(1, 50, 0.5, List.of(new FeatureStat("Age", "age", true, 29, 29, 39, 36, Level.LOW),
                        new FeatureStat("Income", "income", true, 30, 30, 60, 60, Level.LOW)), List.of()));
        List<String> names = SegmentNamer.name(two).stream().map(SegmentName::initial).toList();
        assertEquals(List.of("Younger \u00b7 Low income \u00b7 the younger of them",
                "Younger \u00b7 Low income \u00b7 the older of them"), names);
    }

    @Test
    void aSegmentOfVeryFewCustomersIsNamedForItAndFlaggedAsPossibleOutliers() throws Exception {
        int n = 200;
        int[][] rows = new int[n][];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            rows[i] = i < 3 ? new int[] {900 + i, 5} : new int[] {20 + i % 50, 20 + (i * 3) % 60};
            labels[i] = i < 3 ? 1 : (i % 2 == 0 ? 0 : 2);
        }
        SegmentAnalysis a = analyse(rows, labels, 3);
        assertEquals("3 customers far from the rest", a.names().get(1).initial());
        assertTrue(SegmentNamer.isFew(a.profiles().get(1)));
        assertFalse(SegmentNamer.isFew(a.profiles().get(0)));
    }
}
