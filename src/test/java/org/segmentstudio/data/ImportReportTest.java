package org.segmentstudio.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ImportReportTest {
    @Test
    void aRowsLineCountsTheHeaderAndTheRowsLeftOutAboveIt() {
        ImportReport none = new ImportReport("UTF-8", ',', false, true, 0, List.of());
        assertEquals(2, none.lineOf(0), "the first row after the header");
        ImportReport noHeader = new ImportReport("UTF-8", ',', false, false, 0, List.of());
        assertEquals(1, noHeader.lineOf(0));
        // lines 3 and 5 left out: rows 0, 1, 2, 3 stand on lines 2, 4, 6, 7
        ImportReport gaps = new ImportReport("UTF-8", ',', false, true, 2,
                List.of(new ImportReport.LeftOutRow(3, 2, 3), new ImportReport.LeftOutRow(5, 4, 3)));
        assertEquals(List.of(2L, 4L, 6L, 7L), List.of(gaps.lineOf(0), gaps.lineOf(1), gaps.lineOf(2), gaps.lineOf(3)));
    }
}
