package org.segmentstudio.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.segmentstudio.data.Column;
import org.segmentstudio.data.ColumnKind;
import org.segmentstudio.data.Dataset;

class CustomerClipboardTest {

    @Test
    void selectedCustomersBecomeTabSeparatedRowsUnderTheHeaderWithCellsAsWritten() {
        Dataset data = new Dataset("shop.csv", List.of(
                new Column("Name", ColumnKind.CATEGORICAL, new String[] {"Ada", "Bo\tb", "Cy"}, null),
                new Column("Spend", ColumnKind.NUMERIC, new String[] {"1.50", "2", "3"}, new double[] {1.5, 2, 3})));
        assertEquals("Name\tSpend\nCy\t3\nAda\t1.50\nBo b\t2\n", CustomerClipboard.tabSeparated(data, List.of(2, 0, 1)));
    }
}
