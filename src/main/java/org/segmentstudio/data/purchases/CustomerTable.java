package org.segmentstudio.data.purchases;

import java.io.IOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * One row per customer, as text: the customer column first under its own name, then Recency
 * (days), Frequency (orders), Monetary and the rest. What {@code customers} writes and the window
 * opens as its data.
 *
 * @param header the column names
 * @param cells  per column, one cell per customer
 */
public record CustomerTable(List<String> header, List<String[]> cells, BuildReport report) {
    public static final String RECENCY = "Recency (days)";
    public static final String FREQUENCY = "Frequency (orders)";
    public static final String MONETARY = "Monetary";
    public static final String AVERAGE_ORDER = "Average order";
    public static final String TENURE = "Tenure (days)";
    public static final String ITEMS = "Items";
    public static final String PRODUCTS = "Distinct products";
    public static final String RETURNS_SHARE = "Returns share";

    public CustomerTable {
        header = List.copyOf(header);
        cells = List.copyOf(cells);
    }

    public int rows() {
        return cells.isEmpty() ? 0 : cells.get(0).length;
    }

    /**
     * The customers as data, through the importer's own rules, as the command line's output file
     * would open.
     */
    public org.segmentstudio.data.Dataset toDataset(String name) throws IOException,
            org.segmentstudio.data.DataFormatException {
        java.io.StringWriter text = new java.io.StringWriter();
        writeCsv(text);
        try {
            return new org.segmentstudio.data.CsvImporter().read(name, new java.io.ByteArrayInputStream(
                    text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                    org.segmentstudio.data.CsvImporter.Progress.NONE, () -> false);
        } catch (org.segmentstudio.data.CsvImporter.CancelledException e) {
            throw new IllegalStateException("not cancellable", e);
        }
    }

    /** Writes the table as CSV, a header row then one row per customer. */
    public void writeCsv(Appendable out) throws IOException {
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get());
        printer.printRecord(header);
        int n = rows();
        Object[] row = new Object[header.size()];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < row.length; c++) {
                row[c] = cells.get(c)[r];
            }
            printer.printRecord(row);
        }
        printer.flush();
    }
}
