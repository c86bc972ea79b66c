package org.segmentstudio.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Workbooks in (issue 14): a manager's .xlsx opens as a CSV does, the sheet chosen, cells as Excel shows them. */
class XlsxImportTest {
    @TempDir
    Path dir;

    private Path workbook() throws Exception {
        Path file = dir.resolve("customers.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "test", "1.0");
            Worksheet notes = wb.newWorksheet("Notes");
            notes.value(0, 0, "Exported from the till, December");
            Worksheet ws = wb.newWorksheet("Customers");
            String[] header = {"CustomerID", "Gender", "Age", "Income", "Joined", "Spend"};
            for (int c = 0; c < header.length; c++) {
                ws.value(0, c, header[c]);
            }
            for (int r = 1; r <= 30; r++) {
                ws.value(r, 0, r);
                ws.value(r, 1, r % 2 == 0 ? "Female" : "Male");
                ws.value(r, 2, 20 + r);
                ws.value(r, 3, 15_000 + 250 * r);
                ws.value(r, 4, LocalDate.of(2011, 12, 1).plusDays(r % 9));
                ws.style(r, 4).format("yyyy-mm-dd").set();
                ws.value(r, 5, 10.5 + r);
            }
            wb.finish();
        }
        return file;
    }

    @Test
    void theSheetOfCustomersOpensWithItsNumbersDatesAndText() throws Exception {
        Path file = workbook();
        assertTrue(CsvImporter.isWorkbook(file));
        assertEquals(List.of("Notes", "Customers"), XlsxImporter.sheets(file));
        Dataset d = new CsvImporter().read(file, "Customers", CsvImporter.Progress.NONE, () -> false);
        assertEquals(30, d.rowCount());
        assertEquals(List.of("CustomerID", "Gender", "Age", "Income", "Joined", "Spend"), d.columnNames());
        assertEquals(ColumnKind.IDENTIFIER, d.column("CustomerID").orElseThrow().kind());
        assertEquals(ColumnKind.CATEGORICAL, d.column("Gender").orElseThrow().kind());
        assertEquals(ColumnKind.NUMERIC, d.column("Income").orElseThrow().kind());
        assertEquals("15250", d.column("Income").orElseThrow().text(0), "a whole number as Excel shows it, no .0");
        assertEquals("11.5", d.column("Spend").orElseThrow().text(0));
        assertEquals("2011-12-02", d.column("Joined").orElseThrow().text(0), "a date as a date, not a serial number");
        assertEquals(XlsxImporter.KIND, d.report().encoding());
    }

    @Test
    void theFirstSheetIsReadByDefaultAndAMissingSheetIsSaidByName() throws Exception {
        Path file = workbook();
        DataFormatException first = assertThrows(DataFormatException.class, () -> new CsvImporter().read(file));
        assertTrue(first.getMessage().contains("customers.xlsx"), first.getMessage());
        DataFormatException none = assertThrows(DataFormatException.class,
                () -> new CsvImporter().read(file, "Orders", CsvImporter.Progress.NONE, () -> false));
        assertEquals("Workbook customers.xlsx has no sheet named 'Orders'. Its sheets: Notes, Customers.", none.getMessage());
    }
}
