package org.segmentstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code segment --input file.xlsx --sheet NAME}: a workbook's sheet is clustered as a CSV would be. */
class WorkbookCliTest {
    @TempDir
    Path dir;

    @Test
    void aSheetOfAWorkbookIsSegmented() throws Exception {
        Path file = dir.resolve("shop.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "test", "1.0");
            wb.newWorksheet("Read me").value(0, 0, "notes");
            Worksheet ws = wb.newWorksheet("Customers");
            ws.value(0, 0, "Income");
            ws.value(0, 1, "Spend");
            for (int r = 1; r <= 60; r++) {
                ws.value(r, 0, r % 3 == 0 ? 20 + r % 7 : 80 + r % 5);
                ws.value(r, 1, r % 3 == 0 ? 10 + r % 4 : 70 + r % 6);
            }
            wb.finish();
        }
        CliTest.Outcome o = CliTest.run("segment", "--input", file.toString(), "--sheet", "Customers", "--k", "2");
        assertEquals(0, o.code(), o.err());
        assertEquals(60, o.json().get("rows_used").asInt(), o.out());
        CliTest.Outcome wrong = CliTest.run("segment", "--input", file.toString(), "--sheet", "Orders", "--k", "2");
        assertEquals(Cli.BAD_INPUT, wrong.code());
        assertTrue(wrong.err().contains("no sheet named 'Orders'. Its sheets: Read me, Customers."), wrong.err());
    }
}
