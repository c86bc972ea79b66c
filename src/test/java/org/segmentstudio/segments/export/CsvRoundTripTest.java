package org.segmentstudio.segments.export;

import org.segmentstudio.data.Samples;
import org.segmentstudio.data.ImportReport;
import org.segmentstudio.data.CsvImporter;
import org.segmentstudio.data.DataFormatException;
import org.segmentstudio.data.ExportOptions;
import org.segmentstudio.data.ColumnKind;
import org.segmentstudio.data.Column;
import org.segmentstudio.data.Dataset;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvRoundTripTest {

    @Test
    void theSampleHas200CustomersAndFiveColumns() {
        Dataset d = Samples.mallCustomers();
        assertEquals(200, d.rowCount());
        assertEquals(5, d.columnCount());
        assertEquals(ColumnKind.IDENTIFIER, d.column("CustomerID").orElseThrow().kind());
        assertEquals(ColumnKind.CATEGORICAL, d.column("Gender").orElseThrow().kind());
        assertEquals(ColumnKind.NUMERIC, d.column("Annual Income (k$)").orElseThrow().kind());
    }

    @Test
    void theBundledAssetIsTheSampleTheAppLoads(@TempDir Path dir) throws Exception {
        Dataset fromFile = new CsvImporter().read(Path.of(System.getProperty("segmentstudio.assets", "assets"),
                Samples.MALL_CUSTOMERS));
        assertEquals(Samples.mallCustomers().rowCount(), fromFile.rowCount());
    }

    @Test
    @SuppressWarnings("deprecation")
    void theOldLabelsOnlyExportStillReimportsToTheSameCellsPlusTheSegment(@TempDir Path dir) throws Exception {
        Dataset d = Samples.mallCustomers();
        int[] seg = new int[d.rowCount()];
        for (int i = 0; i < seg.length; i++) {
            seg[i] = i % 7 == 0 ? 0 : 1 + i % 5;
        }
        Path out = dir.resolve("labeled.csv");
        new CsvExporter().writeLabeled(d, SegmentLabels.of(seg), out, ExportOptions.of(ExportOptions.Delimiter.COMMA));

        byte[] bytes = Files.readAllBytes(out);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(bytes, 3));
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.contains("\r\n"));
        assertEquals(text.split("\r\n", -1).length - 1, text.split("\n", -1).length - 1, "every line ends CRLF");

        Dataset back = new CsvImporter().read(out);
        assertEquals(d.columnCount() + 3, back.columnCount(), "Segment, Segment name, Distance to centre");
        assertEquals(d.rowCount(), back.rowCount());
        for (int c = 0; c < d.columnCount(); c++) {
            assertEquals(d.column(c).name(), back.column(c).name());
            for (int r = 0; r < d.rowCount(); r++) {
                assertEquals(d.column(c).text(r), back.column(c).text(r));
            }
        }
        Column s = back.column(CsvExporter.SEGMENT_COLUMN).orElseThrow();
        for (int r = 0; r < d.rowCount(); r++) {
            assertEquals(seg[r] == 0 ? "" : Integer.toString(seg[r]), s.text(r));
        }
        try (var files = Files.list(dir)) {
            assertEquals(List.of(out), files.toList(), "no temp file is left behind");
        }
    }

    @Test
    void aRaggedRowIsLeftOutAndReportedWithItsLine(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("ragged.csv");
        Files.writeString(f, "a,b\n1,2\n3\n");
        Dataset d = new CsvImporter().read(f);
        assertEquals(1, d.rowCount());
        assertEquals(List.of(new ImportReport.LeftOutRow(3, 1, 2)), d.report().leftOut());
        assertTrue(d.report().summary().contains("line 3"), d.report().summary());
    }

    @Test
    void anEmptyFileIsRefused(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("empty.csv");
        Files.writeString(f, "");
        DataFormatException e = assertThrows(DataFormatException.class, () -> new CsvImporter().read(f));
        assertTrue(e.getMessage().contains("empty.csv"));
    }
}
