package org.segmentstudio.ui.shell;

import java.util.List;
import org.segmentstudio.data.Column;
import org.segmentstudio.data.Dataset;

/** Customers as tab-separated text with a header line: what a spreadsheet pastes as cells. */
final class CustomerClipboard {
    private CustomerClipboard() {
    }

    static String tabSeparated(Dataset data, List<Integer> rows) {
        StringBuilder out = new StringBuilder(String.join("\t", data.columnNames())).append('\n');
        for (int row : rows) {
            boolean first = true;
            for (Column c : data.columns()) {
                if (!first) {
                    out.append('\t');
                }
                out.append(c.text(row).replace('\t', ' ').replace('\n', ' '));
                first = false;
            }
            out.append('\n');
        }
        return out.toString();
    }
}
