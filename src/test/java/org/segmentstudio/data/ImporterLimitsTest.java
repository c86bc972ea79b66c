package org.segmentstudio.data;

import org.segmentstudio.segments.export.SegmentLabels;
import org.segmentstudio.segments.export.CsvExporter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Size, cancel, progress, and that every cell comes back byte for byte. */
class ImporterLimitsTest {

    private static String customers(int rows) {
        StringBuilder sb = new StringBuilder("ID,Gender,Age,Spend\n");
        for (int i = 1; i <= rows; i++) {
            sb.append(i).append(i % 3 == 0 ? ",Female," : ",Male,").append(18 + i % 50).append(',')
                    .append(i % 7 == 0 ? "NA" : (i % 100) + "." + (i % 10)).append('\n');
        }
        return sb.toString();
    }

    @Test
    void aFileTooLargeForTheHeapIsRefusedBeforeReading(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("big.csv");
        Files.writeString(f, customers(2000));
        DataFormatException e = assertThrows(DataFormatException.class, () -> new CsvImporter(() -> 10_000).read(f));
        assertTrue(e.getMessage().startsWith("File big.csv ("), e.getMessage());
        assertTrue(e.getMessage().contains("is too large for the memory"), e.getMessage());
    }

    @Test
    void aFileThatIsNotThereOrAFolderIsRefusedPlainly(@TempDir Path dir) throws Exception {
        DataFormatException gone = assertThrows(DataFormatException.class,
                () -> new CsvImporter().read(dir.resolve("gone.csv")));
        assertEquals("File gone.csv was not found. Check the path and try again.", gone.getMessage());
        Path folder = Files.createDirectory(dir.resolve("exports"));
        DataFormatException dirError = assertThrows(DataFormatException.class, () -> new CsvImporter().read(folder));
        assertEquals("exports is a folder, not a file. Choose a CSV file inside it.", dirError.getMessage());
    }

    @Test
    void cancellingStopsTheImport(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("many.csv");
        Files.writeString(f, customers(5000));
        AtomicLong asked = new AtomicLong();
        assertThrows(CsvImporter.CancelledException.class,
                () -> new CsvImporter().read(f, CsvImporter.Progress.NONE, () -> asked.incrementAndGet() > 3));
    }

    @Test
    void progressReportsRowsAndBytesUpToTheWholeFile(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("many.csv");
        Files.writeString(f, customers(40_000));
        List<Long> rows = new ArrayList<>();
        long[] bytes = {0, 0};
        Dataset d = new CsvImporter().read(f, new CsvImporter.Progress() {
            @Override
            public void rowsRead(long n) {
                rows.add(n);
            }

            @Override
            public void bytesRead(long read, long total) {
                bytes[0] = read;
                bytes[1] = total;
            }
        }, () -> false);
        assertEquals(40_000, d.rowCount());
        assertTrue(rows.size() > 1, "progress during the read: " + rows);
        assertEquals(40_000L, rows.get(rows.size() - 1));
        assertEquals(Files.size(f), bytes[1]);
        assertEquals(Files.size(f), bytes[0]);
    }

    @Test
    void aStreamThatIsNotUtf8AfterTheSampleIsRefusedWithTheLine() {
        byte[] head = customers(6000).getBytes(StandardCharsets.UTF_8);
        byte[] tail = "6001,Male,30,Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[head.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        DataFormatException e = assertThrows(DataFormatException.class, () -> new CsvImporter()
                .read("pasted.csv", new ByteArrayInputStream(all), CsvImporter.Progress.NONE, () -> false));
        assertTrue(e.getMessage().startsWith("File pasted.csv, line "), e.getMessage());
        assertTrue(e.getMessage().contains("not valid UTF-8"), e.getMessage());
    }

    @Test
    void theByteOrderMarkStaysOutOfTheHeaderWhenAFileFallsBackToWindows1252(@TempDir Path dir) throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] head = customers(6000).getBytes(StandardCharsets.UTF_8);
        byte[] tail = "6001,Caf\u00e9,30,1\n".getBytes(StandardCharsets.ISO_8859_1);
        Path f = dir.resolve("mixed.csv");
        Files.write(f, bom);
        Files.write(f, head, java.nio.file.StandardOpenOption.APPEND);
        Files.write(f, tail, java.nio.file.StandardOpenOption.APPEND);
        Dataset d = new CsvImporter().read(f);
        assertEquals("windows-1252", d.report().encoding());
        assertEquals("ID", d.column(0).name());
        assertEquals("Café", d.column(1).text(6000));
    }

    @Test
    void numericCellsKeepTheirTextWithoutAStringPerCell(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("c.csv");
        String text = customers(3000);
        Files.writeString(f, text);
        Dataset d = new CsvImporter().read(f);
        String[] lines = text.split("\n");
        for (int r = 0; r < d.rowCount(); r++) {
            String[] cells = lines[r + 1].split(",", -1);
            for (int c = 0; c < 4; c++) {
                assertEquals(cells[c], d.column(c).text(r), "row " + r + " column " + c);
            }
        }
        assertEquals(ColumnKind.IDENTIFIER, d.column(0).kind());
        assertEquals(List.of("Male", "Female"), d.column(1).categories());
        assertTrue(d.column(3).isMissing(6));
    }

    @ParameterizedTest
    @ValueSource(strings = {"semicolon_decimal_comma.csv", "quoted_linebreaks.csv", "currency_thousands.csv",
            "missing_markers.csv", "negatives_decimals.csv", "scientific.csv", "leading_zeros.csv",
            "spaces_around.csv", "windows1252_accents.csv", "cjk_names.csv", "utf16le_unicode_text.txt"})
    void anExportWritesBackEveryCellAsItWasRead(String file, @TempDir Path dir) throws Exception {
        Dataset d = ImportCorpusTest.read(file);
        Path out = dir.resolve("export.csv");
        new CsvExporter().writeLabeled(d, SegmentLabels.of(new int[d.rowCount()]), out,
                ExportOptions.of(ExportOptions.Delimiter.COMMA));
        Dataset back = new CsvImporter().read(out);
        for (int c = 0; c < d.columnCount(); c++) {
            for (int r = 0; r < d.rowCount(); r++) {
                // The export's formula guard quotes cells such as "-" or "-$1,200.50" on purpose.
                String original = d.column(c).text(r);
                assertEquals(CellSafety.neutralise(original), back.column(c).text(r), file + " row " + r + " column " + c);
            }
        }
    }

    @Test
    void theOldColumnConstructorStillKeepsEveryText() {
        Column c = new Column("Spend", ColumnKind.NUMERIC, new String[] {"1", "01", "1.50", null, "x"},
                new double[] {1, 1, 1.5, Double.NaN, Double.NaN});
        assertEquals(List.of("1", "01", "1.50", "", "x"), ImportCorpusTest.texts(c));
        Column g = new Column("Gender", ColumnKind.CATEGORICAL, new String[] {"F", "M", "F", "?"}, null);
        assertEquals(List.of("F", "M"), g.categories());
        assertEquals(List.of(0, 1, 0, -1), List.of(g.category(0), g.category(1), g.category(2), g.category(3)));
    }
}
