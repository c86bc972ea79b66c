package org.segmentstudio.data.purchases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A purchase log kept as a workbook, dates as Excel date cells with a time: built as a CSV would be. */
class WorkbookPurchasesTest {
    @TempDir
    Path dir;

    @Test
    void aWorkbooksPurchasesBuildIntoCustomers() throws Exception {
        Path file = dir.resolve("till.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "test", "1.0");
            Worksheet ws = wb.newWorksheet("Sales");
            String[] header = {"Receipt", "Member", "When", "Store", "Total"};
            for (int c = 0; c < header.length; c++) {
                ws.value(0, c, header[c]);
            }
            for (int r = 1; r <= 120; r++) {
                ws.value(r, 0, "R" + (1000 + r / 2));
                ws.value(r, 1, "M-" + (r % 12));
                ws.value(r, 2, LocalDateTime.of(2024, 1 + r % 12, 1 + r % 27, 10, 15));
                ws.style(r, 2).format("yyyy-mm-dd hh:mm").set();
                ws.value(r, 3, r % 3 == 0 ? "North" : "South");
                ws.value(r, 4, r % 40 == 0 ? -5.5 : 12.5 + r % 7);
            }
            wb.finish();
        }
        PurchaseLog log = new PurchaseLog(file, null);
        PurchaseGuess.Result g = log.guess();
        assertTrue(g.isPurchaseLog(), g.toString());
        assertEquals(new PurchaseColumns("Member", "When", "Receipt", "Total", null, null, null, List.of("Store")),
                g.columns());
        assertEquals(DateOrder.ISO, g.dateOrder().orElseThrow());
        CustomerTable t = log.build(new CustomerBuilder.Options(g.columns(), PurchaseDates.of(DateOrder.ISO), null,
                Returns.LEAVE_OUT), x -> { }, () -> false);
        assertEquals(12, t.rows());
        assertEquals(3L, t.report().leftOut().get(LeftOut.RETURN), "the negative totals");
        assertEquals(117, t.report().linesUsed());
        assertEquals("2024-12-28", t.report().asOf().toString());
    }
}
