package org.segmentstudio.segments.export;

import org.segmentstudio.data.TrickyCustomers;
import org.segmentstudio.data.ExportOptions;
import org.segmentstudio.data.CellSafety;
import org.segmentstudio.data.ColumnKind;
import org.segmentstudio.data.Column;
import org.segmentstudio.data.Dataset;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The workbook is read back with fastexcel-reader and checked cell by cell. */
class XlsxExporterTest {

    private static List<Row> sheet(Path file, String name) throws IOException {
        try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false))) {
            return wb.findSheet(name).orElseThrow(() -> new AssertionError("no sheet " + name)).read();
        }
    }

    private static Cell cell(Row row, int c) {
        return row.getCellCount() > c ? row.getCell(c) : null;
    }

    private static Path export(Path dir, Dataset d, SegmentLabels labels) throws Exception {
        Path out = dir.resolve("segments.xlsx");
        new XlsxExporter().writeWorkbook(d, labels, out, ExportOptions.of(ExportOptions.Delimiter.COMMA));
        return out;
    }

    @Test
    void everyCustomerCellIsANumberOnlyWhenExcelShowsItAsTypedElseTheSameText(@TempDir Path dir) throws Exception {
        Dataset d = TrickyCustomers.read(dir);
        SegmentLabels labels = SegmentSummaryTest.handLabels().withNames(List.of("=Young", "Zoë · 张伟"));
        List<Row> rows = sheet(export(dir, d, labels), XlsxExporter.CUSTOMERS_SHEET);
        assertEquals(d.rowCount() + 1, rows.size());
        List<String> header = new ArrayList<>(d.columnNames());
        header.addAll(List.of("Segment", "Segment name", "Distance to centre"));
        for (int c = 0; c < header.size(); c++) {
            assertEquals(CellType.STRING, rows.get(0).getCell(c).getType());
            assertEquals(header.get(c), rows.get(0).getCell(c).asString());
        }
        for (int r = 0; r < d.rowCount(); r++) {
            Row row = rows.get(r + 1);
            for (int c = 0; c < d.columnCount(); c++) {
                String text = d.column(c).text(r);
                Cell cell = cell(row, c);
                String where = d.column(c).name() + " row " + r;
                if (text.isEmpty()) {
                    assertTrue(cell == null || cell.getType() == CellType.EMPTY, where);
                } else if (d.column(c).isNumeric() && XlsxExporter.exactFormat(text) != null) {
                    assertEquals(CellType.NUMBER, cell.getType(), where);
                    assertEquals(0, new BigDecimal(text).compareTo(cell.asNumber()), where);
                } else {
                    assertEquals(CellType.STRING, cell.getType(), where);
                    assertEquals(CellSafety.neutralise(text), cell.asString(), where);
                }
                assertNull(cell == null ? null : cell.getFormula(), "no formula anywhere: " + where);
            }
            int s = labels.segment(r);
            if (s == 0) {
                assertTrue(cell(row, d.columnCount()) == null || cell(row, d.columnCount()).getType() == CellType.EMPTY);
            } else {
                assertEquals(s, row.getCell(d.columnCount()).asNumber().intValue());
                assertEquals(CellSafety.neutralise(labels.name(s)), row.getCell(d.columnCount() + 1).asString());
                assertEquals(labels.distance(r), row.getCell(d.columnCount() + 2).asNumber().doubleValue(), 0.005,
                        "to two decimals, as in the CSV");
            }
        }
        Row zoe = rows.get(1);
        assertEquals("007", zoe.getCell(0).asString(), "leading zeros stay text");
        assertEquals("4111111111111111", zoe.getCell(1).asString(), "16 digits would be rounded by Excel: text");
        assertEquals("Zoë", zoe.getCell(2).asString());
        assertEquals("张伟", rows.get(2).getCell(2).asString());
        assertEquals("Łukasz", rows.get(3).getCell(2).asString());
        assertEquals("two\nlines", rows.get(2).getCell(3).asString());
        assertEquals("'=HYPERLINK(\"http://evil.example\")", rows.get(3).getCell(3).asString());
        assertEquals(CellType.NUMBER, zoe.getCell(6).getType(), "15.50 is a number…");
        assertEquals("0.00", zoe.getCell(6).getDataFormatString(), "…shown with its two decimals");
        assertEquals(new BigDecimal("-12.5"), zoe.getCell(7).asNumber(), "a negative number is a number, untouched");
        assertEquals("NA", rows.get(6).getCell(5).asString(), "a missing marker stays as it was");
    }

    @Test
    void theSegmentsSheetHoldsTheSummaryAsNumbers(@TempDir Path dir) throws Exception {
        Dataset d = TrickyCustomers.read(dir);
        SegmentLabels labels = SegmentSummaryTest.handLabels();
        SegmentSummary summary = SegmentSummary.of(d, labels);
        List<Row> rows = sheet(export(dir, d, labels), XlsxExporter.SEGMENTS_SHEET);
        assertEquals(summary.rows().size() + 1, rows.size());
        for (int c = 0; c < summary.header().size(); c++) {
            assertEquals(summary.header().get(c), rows.get(0).getCell(c).asString());
        }
        for (int r = 0; r < summary.rows().size(); r++) {
            List<Object> expected = summary.rows().get(r);
            for (int c = 0; c < expected.size(); c++) {
                Cell cell = rows.get(r + 1).getCell(c);
                if (expected.get(c) instanceof Number n) {
                    assertEquals(CellType.NUMBER, cell.getType(), summary.header().get(c));
                    assertEquals(n.doubleValue(), cell.asNumber().doubleValue(), 1e-12, summary.header().get(c));
                } else {
                    assertEquals(expected.get(c), cell.asString());
                }
            }
        }
    }

    @Test
    void headerRowsAreFrozenAndColumnsSized(@TempDir Path dir) throws Exception {
        Path out = export(dir, TrickyCustomers.read(dir), SegmentSummaryTest.handLabels());
        try (ZipFile zip = new ZipFile(out.toFile())) {
            for (String sheet : List.of("xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml")) {
                String xml = new String(zip.getInputStream(zip.getEntry(sheet)).readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(xml.contains("ySplit=\"1\"") && xml.contains("state=\"frozen\""), sheet + " freezes row 1");
                assertTrue(xml.contains("<cols>"), sheet + " sizes its columns");
            }
        }
    }

    @Test
    void aSheetLongerThanOneFlushKeepsItsWidthsFrozenHeaderAndEveryRowOnce(@TempDir Path dir) throws Exception {
        int n = (1 << 16) + 10;
        String[] id = new String[n];
        double[] idValues = new double[n];
        String[] name = new String[n];
        int[] seg = new int[n];
        double[] dist = new double[n];
        for (int i = 0; i < n; i++) {
            id[i] = Integer.toString(i + 1);
            idValues[i] = i + 1;
            name[i] = i == n - 1 ? "a rather long name at the very end" : "n" + (i % 3);
            seg[i] = 1 + i % 2;
            dist[i] = i / 100.0;
        }
        Dataset d = new Dataset("long.csv", List.of(new Column("ID", ColumnKind.IDENTIFIER, id, idValues),
                new Column("Name", ColumnKind.CATEGORICAL, name, null)));
        Path out = export(dir, d, new SegmentLabels(seg, List.of("A", "B"), dist, List.of()));
        try (ReadableWorkbook wb = new ReadableWorkbook(out.toFile())) {
            List<Row> rows = wb.findSheet(XlsxExporter.CUSTOMERS_SHEET).orElseThrow().read();
            assertEquals(n + 1, rows.size());
            for (int r = 0; r < rows.size(); r++) {
                assertEquals(r + 1, rows.get(r).getRowNum(), "each row once, in order");
            }
            Row last = rows.get(n);
            assertEquals(n, last.getCell(0).asNumber().intValue());
            assertEquals("a rather long name at the very end", last.getCell(1).asString());
            assertEquals(new BigDecimal("655.45"), last.getCell(4).asNumber());
        }
        try (ZipFile zip = new ZipFile(out.toFile())) {
            String xml = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertTrue(xml.contains("state=\"frozen\""));
            assertTrue(xml.matches("(?s).*<col min=\"2\" max=\"2\" width=\"36[.0-9]*\".*"),
                    "the Name column is as wide as its longest name, even in the last row");
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "15|''", "-12.5|''", "0|''", "15.50|0.00", "1234567890123|0", "0.000000000001|0.000000000000",
        "007|null", "4111111111111111|null", "1e3|null", "+5|null", "-0|null", "-0.0|null", "1,5|null", "' 12'|null",
        "12.|null", ".5|null"})
    void anOriginalCellBecomesANumberOnlyWhenNothingIsLost(String text, String format) {
        assertEquals(format, XlsxExporter.exactFormat(text));
    }
}
