package org.segmentstudio.segments;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentstudio.data.CellSafety;
import org.segmentstudio.data.Column;
import org.segmentstudio.segments.export.CsvExporter;
import org.segmentstudio.data.CsvImporter;
import org.segmentstudio.data.Dataset;
import org.segmentstudio.data.ExportOptions;
import org.segmentstudio.data.ExportOptions.Delimiter;
import org.segmentstudio.data.Samples;
import org.segmentstudio.segments.export.SegmentLabels;
import org.segmentstudio.data.TrickyCustomers;
import org.segmentstudio.segments.export.XlsxExporter;
import org.segmentstudio.engine.KMeans;
import org.segmentstudio.engine.KMeansParams;
import org.segmentstudio.engine.KMeansResult;
import org.segmentstudio.engine.Scaling;

/** Import → cluster → export → import again: the original cells come back exactly, plus the segment columns. */
class ExportRoundTripTest {
    private static final List<String> ADDED = List.of("Segment", "Segment name", "Distance to centre");

    private static SegmentLabels cluster(Dataset d, List<String> features, int k, Scaling scaling) {
        FeatureMatrix fm = FeatureMatrixBuilder.build(d, features, MissingPolicy.DROP);
        KMeansResult r = KMeans.fit(fm.matrix(), KMeansParams.defaults(k).withScaling(scaling));
        return SegmentLabelsBuilder.build(d, fm, r);
    }

    private static SegmentLabels incomeAndSpendingInFive(Dataset sample) {
        return cluster(sample, List.of("Annual Income (k$)", "Spending Score (1-100)"), 5, Scaling.ZSCORE);
    }

    @Test
    void theSampleComesBackCellForCellWithSegmentNameAndDistance(@TempDir Path dir) throws Exception {
        Dataset d = Samples.mallCustomers();
        SegmentLabels labels = incomeAndSpendingInFive(d);
        Path out = dir.resolve("labeled.csv");
        new CsvExporter().writeLabeled(d, labels, out, ExportOptions.of(Delimiter.COMMA));

        byte[] bytes = Files.readAllBytes(out);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertEquals(text.split("\r\n", -1).length, text.split("\n", -1).length, "every line ends CRLF");

        Dataset back = new CsvImporter().read(out);
        assertOriginalCellsKept(d, back);
        for (int r = 0; r < d.rowCount(); r++) {
            int s = labels.segment(r);
            assertEquals(Integer.toString(s), back.column("Segment").orElseThrow().text(r));
            assertEquals("Segment " + s, back.column("Segment name").orElseThrow().text(r));
            assertEquals(labels.distance(r), back.column("Distance to centre").orElseThrow().value(r), 0.005);
        }
    }

    @Test
    void theSampleWorkbookHasNumbersAsNumbersAndTheSameSegments(@TempDir Path dir) throws Exception {
        Dataset d = Samples.mallCustomers();
        SegmentLabels labels = incomeAndSpendingInFive(d);
        Path out = dir.resolve("labeled.xlsx");
        new XlsxExporter().writeWorkbook(d, labels, out, ExportOptions.of(Delimiter.COMMA));
        List<Row> rows;
        try (ReadableWorkbook wb = new ReadableWorkbook(out.toFile())) {
            rows = wb.findSheet(XlsxExporter.CUSTOMERS_SHEET).orElseThrow().read();
        }
        assertEquals(d.rowCount() + 1, rows.size());
        for (int r = 0; r < d.rowCount(); r++) {
            Row row = rows.get(r + 1);
            for (int c = 0; c < d.columnCount(); c++) {
                Column col = d.column(c);
                Cell cell = row.getCell(c);
                if (col.isNumeric()) {
                    assertEquals(CellType.NUMBER, cell.getType(), col.name() + " row " + r);
                    assertEquals(col.value(r), cell.asNumber().doubleValue(), 0.0, col.name() + " row " + r);
                } else {
                    assertEquals(col.text(r), cell.asString(), col.name() + " row " + r);
                }
            }
            assertEquals(labels.segment(r), row.getCell(d.columnCount()).asNumber().intValue());
            assertEquals(labels.name(labels.segment(r)), row.getCell(d.columnCount() + 1).asString());
        }
    }

    @Test
    void theTrickyFileComesBackExactlyExceptThatFormulasAreDisarmed(@TempDir Path dir) throws Exception {
        Dataset d = TrickyCustomers.read(dir);
        SegmentLabels labels = cluster(d, List.of("Age", "Income"), 2, Scaling.ZSCORE)
                .withNames(List.of("=Young", "Zoë's · 张伟"));
        Path out = dir.resolve("tricky-segments.csv");
        new CsvExporter().writeLabeled(d, labels, out, ExportOptions.of(Delimiter.COMMA));

        Dataset back = new CsvImporter().read(out);
        assertOriginalCellsKept(d, back);
        assertEquals(List.of("Zoë", "张伟", "Łukasz"), List.of(text(back, "Name", 0), text(back, "Name", 1),
                text(back, "Name", 2)));
        assertEquals("007", text(back, "ID", 0));
        assertEquals(" Bo ", text(back, "Name", 7), "spaces around a cell are kept");
        assertEquals("4111111111111111", text(back, "Card", 0));
        assertEquals("15.50", text(back, "Income", 0));
        assertEquals("-12.5", text(back, "Balance", 0), "a real negative number is untouched");
        assertEquals("two\nlines", text(back, "Note", 1));
        assertEquals("said \"hi\", then left", text(back, "Note", 0));
        assertEquals("'=HYPERLINK(\"http://evil.example\")", text(back, "Note", 2));
        assertEquals("'+cmd|' /C calc'!A0", text(back, "Note", 3));
        assertEquals("'-2+3", text(back, "Note", 4));
        assertEquals("'@admin", text(back, "Name", 4));
        assertEquals("'\tTabbed", text(back, "Note", 5));

        assertEquals("", text(back, "Segment", 5), "the customer with no age was left out");
        assertEquals("", text(back, "Segment name", 5));
        assertEquals("", text(back, "Distance to centre", 5));
        for (int r = 0; r < d.rowCount(); r++) {
            int s = labels.segment(r);
            if (s > 0) {
                String expected = s == 1 ? "'=Young" : "Zoë's · 张伟";
                assertEquals(expected, text(back, "Segment name", r), "names are disarmed too");
            }
        }
    }

    @Test
    void semicolonFilesUseADecimalCommaForTheNumbersWeWrite(@TempDir Path dir) throws Exception {
        Dataset d = TrickyCustomers.read(dir);
        SegmentLabels labels = cluster(d, List.of("Age", "Income"), 2, Scaling.NONE);
        Path out = dir.resolve("semi.csv");
        new CsvExporter().writeLabeled(d, labels, out, ExportOptions.of(Delimiter.SEMICOLON));

        List<CSVRecord> records = parse(out, ';');
        assertEquals(d.rowCount() + 1, records.size());
        List<String> header = new ArrayList<>(d.columnNames());
        header.addAll(ADDED);
        assertEquals(header, records.get(0).toList());
        int distance = header.size() - 1;
        for (int r = 0; r < d.rowCount(); r++) {
            CSVRecord rec = records.get(r + 1);
            for (int c = 0; c < d.columnCount(); c++) {
                assertEquals(CellSafety.neutralise(d.column(c).text(r)), rec.get(c));
            }
            if (labels.segment(r) > 0) {
                String dist = rec.get(distance);
                assertTrue(dist.matches("\\d+(,\\d{1,2})?"), dist);
                assertEquals(labels.distance(r), Double.parseDouble(dist.replace(',', '.')), 0.005);
            }
        }
        assertEquals("15.50", records.get(1).get(6), "original cells keep their own decimal point");
    }

    @Test
    void theDistanceIsToTheCustomersOwnCentreWhichIsTheNearest(@TempDir Path dir) throws Exception {
        Dataset d = Samples.mallCustomers();
        List<String> features = List.of("Annual Income (k$)", "Spending Score (1-100)");
        FeatureMatrix fm = FeatureMatrixBuilder.build(d, features, MissingPolicy.DROP);
        KMeansResult result = KMeans.fit(fm.matrix(), KMeansParams.defaults(5).withScaling(Scaling.NONE));
        SegmentLabels labels = SegmentLabelsBuilder.build(d, fm, result);
        Column income = d.column(features.get(0)).orElseThrow();
        Column spending = d.column(features.get(1)).orElseThrow();
        for (int r = 0; r < d.rowCount(); r++) {
            double nearest = Double.POSITIVE_INFINITY;
            for (double[] c : result.centroids()) {
                nearest = Math.min(nearest, Math.hypot(income.value(r) - c[0], spending.value(r) - c[1]));
            }
            assertEquals(nearest, labels.distance(r), 1e-9, "row " + r);
        }
        assertEquals(features, labels.features());
    }

    static void assertOriginalCellsKept(Dataset original, Dataset back) {
        List<String> header = new ArrayList<>(original.columnNames());
        header.addAll(ADDED);
        assertEquals(header, back.columnNames());
        assertEquals(original.rowCount(), back.rowCount());
        for (int c = 0; c < original.columnCount(); c++) {
            for (int r = 0; r < original.rowCount(); r++) {
                String cell = original.column(c).text(r);
                String expected = CellSafety.isNeutralised(cell) ? "'" + cell : cell;
                assertArrayEquals(expected.getBytes(StandardCharsets.UTF_8),
                        back.column(c).text(r).getBytes(StandardCharsets.UTF_8),
                        "column " + original.column(c).name() + ", row " + r);
            }
        }
    }

    private static String text(Dataset d, String column, int row) {
        return d.column(column).orElseThrow().text(row);
    }

    static List<CSVRecord> parse(Path file, char delimiter) throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"), "UTF-8 byte order mark");
        try (var parser = CSVFormat.RFC4180.builder().setDelimiter(delimiter).get()
                .parse(new StringReader(text.substring(1)))) {
            return parser.getRecords();
        }
    }
}
