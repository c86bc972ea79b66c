package org.segmentstudio.segments.export;

import org.segmentstudio.data.TrickyCustomers;
import org.segmentstudio.data.ExportOptions;
import org.segmentstudio.data.Dataset;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class SegmentSummaryTest {
    /** Rows 0-2 in segment 1, row 5 (no age) left out, the rest in segment 2. */
    public static SegmentLabels handLabels() {
        int[] seg = {1, 1, 1, 2, 2, 0, 2, 2};
        double[] dist = {1, 2, 3, 4, 5, 6, 7, 8};
        return new SegmentLabels(seg, List.of("Young", "Older"), dist, List.of("Age", "Income"));
    }

    @Test
    void statisticsAreTakenPerSegmentInTheDataUnits(@TempDir Path dir) throws Exception {
        SegmentSummary s = SegmentSummary.of(TrickyCustomers.read(dir), handLabels());
        List<String> h = s.header();
        assertEquals(List.of("Segment", "Segment name", "Customers", "Share (%)", "Age mean", "Age median", "Age min",
                "Age max", "Income mean", "Income median", "Income min", "Income max"), h.subList(0, 12));
        List<Object> young = s.rows().get(0);
        List<Object> older = s.rows().get(1);
        assertEquals(List.of(1, "Young", 3), young.subList(0, 3));
        assertEquals(100.0 * 3 / 7, (Double) young.get(3), 1e-12, "share of the clustered customers");
        assertEquals(List.of(20.0, 20.0, 19.0, 21.0), young.subList(4, 8));
        assertEquals(List.of(38.25, 33.0, 23.0, 64.0), older.subList(4, 8));
        assertEquals(15.5, (Double) young.get(8), 1e-12);
    }

    @Test
    void eachSmallCategoricalColumnGetsItsMixButFreeTextDoesNot(@TempDir Path dir) throws Exception {
        SegmentSummary s = SegmentSummary.of(TrickyCustomers.read(dir), handLabels());
        int female = s.header().indexOf("Gender: Female (%)");
        int male = s.header().indexOf("Gender: Male (%)");
        assertTrue(female > 0 && male > 0, s.header().toString());
        assertEquals(100.0 / 3, (Double) s.rows().get(0).get(female), 1e-12);
        assertEquals(200.0 / 3, (Double) s.rows().get(0).get(male), 1e-12);
        assertEquals(75.0, (Double) s.rows().get(1).get(female), 1e-12);
        assertTrue(s.header().stream().noneMatch(x -> x.startsWith("Name:")), "names that do not repeat are not a category");
    }

    @Test
    void theSummaryCsvHasOneRowPerSegmentWithDecimalCommasWhenSemicolonSeparated(@TempDir Path dir) throws Exception {
        Dataset d = TrickyCustomers.read(dir);
        Path out = dir.resolve("summary.csv");
        new CsvExporter().writeSummary(d, handLabels(), out, ExportOptions.of(ExportOptions.Delimiter.SEMICOLON));
        String text = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"));
        assertEquals(text.split("\r\n", -1).length, text.split("\n", -1).length, "every line ends CRLF");
        List<CSVRecord> rows;
        try (var p = CSVFormat.RFC4180.builder().setDelimiter(';').get().parse(new StringReader(text.substring(1)))) {
            rows = p.getRecords();
        }
        assertEquals(3, rows.size());
        assertEquals(List.of("2", "Older", "4", "57,14", "38,25", "33", "23", "64"), rows.get(2).toList().subList(0, 8));
    }

    @Test
    void labelsThatDoNotFitTheDataAreRefused(@TempDir Path dir) throws Exception {
        Dataset d = TrickyCustomers.read(dir);
        assertThrows(IllegalArgumentException.class, () -> SegmentSummary.of(d, SegmentLabels.of(new int[] {1, 2})));
        SegmentLabels badFeature = new SegmentLabels(new int[8], List.of(), new double[8], List.of("Name"));
        assertThrows(IllegalArgumentException.class, () -> SegmentSummary.of(d, badFeature));
    }

    @Test
    void theExportModelChecksItsOwnShape() {
        assertThrows(IllegalArgumentException.class,
                () -> new SegmentLabels(new int[] {3}, List.of("a", "b"), new double[] {1}, List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> new SegmentLabels(new int[] {1}, List.of("a"), new double[] {1, 2}, List.of()));
        assertThrows(IllegalArgumentException.class, () -> handLabels().withNames(List.of("only one")));
        assertTrue(Double.isNaN(handLabels().distance(5)), "a customer left out has no distance");
    }
}
