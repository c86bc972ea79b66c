package org.segmentstudio.segments.export;

import org.segmentstudio.data.AtomicFiles;
import org.segmentstudio.data.ExportException;
import org.segmentstudio.data.ExportOptions;
import org.segmentstudio.data.CellSafety;
import org.segmentstudio.data.Column;
import org.segmentstudio.data.Dataset;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * An Excel workbook with a Customers sheet (the labeled customers, as in the CSV) and a Segments
 * sheet (the {@link SegmentSummary}). Numbers are numbers; an original cell becomes a number only
 * when Excel would show it exactly as it was typed, so "007" or a 16-digit card number stays text.
 * Header rows are frozen and bold, columns are sized to their content.
 */
public final class XlsxExporter {
    public static final String CUSTOMERS_SHEET = "Customers";
    public static final String SEGMENTS_SHEET = "Segments";
    /** Whole digits and an optional fraction, no sign but minus, no leading zero: what Excel shows as typed. */
    private static final Pattern EXACT_NUMBER = Pattern.compile("-?(0|[1-9]\\d*)(?:\\.(\\d+))?");
    /** Excel keeps 15 significant digits; more would be rounded away. */
    private static final int EXCEL_DIGITS = 15;
    /** Excel's General format shows about 11 characters before it rounds or switches to 1E+11. */
    private static final int GENERAL_WIDTH = 11;
    private static final String TWO_DECIMALS = "0.00";
    private static final int MAX_WIDTH = 60;
    private static final int FLUSH_ROWS = 1 << 16;

    public void writeWorkbook(Dataset data, SegmentLabels labels, Path target, ExportOptions options)
            throws ExportException {
        if (labels.rowCount() != data.rowCount()) {
            throw new IllegalArgumentException("one segment per row is needed: " + labels.rowCount()
                    + " labels for " + data.rowCount() + " customers");
        }
        if (data.rowCount() >= Worksheet.MAX_ROWS || data.columnCount() + 3 > Worksheet.MAX_COLS) {
            throw new IllegalArgumentException("An Excel sheet holds at most " + (Worksheet.MAX_ROWS - 1)
                    + " customers and " + (Worksheet.MAX_COLS - 3) + " columns; " + data.source()
                    + " is larger. Export a CSV file instead.");
        }
        SegmentSummary summary = SegmentSummary.of(data, labels);
        options.checkTarget(target);
        AtomicFiles.write(target, out -> {
            Workbook wb = new Workbook(out, "Segment Studio", "1.0");
            writeCustomers(wb.newWorksheet(CUSTOMERS_SHEET), data, labels);
            writeSummary(wb.newWorksheet(SEGMENTS_SHEET), summary);
            wb.finish();
        });
    }

    private static void writeCustomers(Worksheet ws, Dataset data, SegmentLabels labels) throws IOException {
        int cols = data.columnCount();
        List<String> header = new java.util.ArrayList<>(data.columnNames());
        header.addAll(List.of(CsvExporter.SEGMENT_COLUMN, CsvExporter.SEGMENT_NAME_COLUMN, CsvExporter.DISTANCE_COLUMN));
        if (labels.hasCertainty()) {
            header.addAll(List.of(CsvExporter.CERTAINTY_COLUMN, CsvExporter.BORDERLINE_COLUMN));
        }
        // Widths go into the sheet before its first rows are flushed, so they are measured first.
        Widths widths = new Widths(header);
        for (int c = 0; c < cols; c++) {
            for (int r = 0; r < data.rowCount(); r++) {
                widths.fit(c, data.column(c).text(r));
            }
        }
        labels.names().forEach(name -> widths.fit(cols + 1, name));
        widths.apply(ws);
        writeHeader(ws, header);
        for (int r = 0; r < data.rowCount(); r++) {
            int row = r + 1;
            for (int c = 0; c < cols; c++) {
                Column column = data.column(c);
                String text = column.text(r);
                if (text.isEmpty()) {
                    continue;
                }
                String format = column.isNumeric() ? exactFormat(text) : null;
                if (format == null) {
                    ws.value(row, c, CellSafety.neutralise(text));
                } else {
                    ws.value(row, c, new BigDecimal(text));
                    if (!format.isEmpty()) {
                        ws.style(row, c).format(format).set();
                    }
                }
            }
            int s = labels.segment(r);
            if (s > 0) {
                ws.value(row, cols, s);
                ws.value(row, cols + 1, CellSafety.neutralise(labels.name(s)));
                double d = labels.distance(r);
                if (Double.isFinite(d)) {
                    // Rounded as in the CSV, so General format shows it without a style per cell
                    // (styling every row more than doubles the time for a large file).
                    ws.value(row, cols + 2, BigDecimal.valueOf(d).setScale(CsvExporter.DECIMALS, RoundingMode.HALF_UP));
                }
                double c = labels.certainty(r);
                if (labels.hasCertainty() && Double.isFinite(c)) {
                    ws.value(row, cols + 3, BigDecimal.valueOf(c).setScale(CsvExporter.DECIMALS, RoundingMode.HALF_UP));
                    ws.value(row, cols + 4, c < SegmentLabels.BORDERLINE_BELOW ? "yes" : "no");
                }
            }
            // Flushed rows are final: touching one again would make Excel see the row twice.
            if (row % FLUSH_ROWS == 0) {
                ws.flush();
            }
        }
        ws.finish();
    }

    private static void writeSummary(Worksheet ws, SegmentSummary summary) throws IOException {
        Widths widths = new Widths(summary.header());
        summary.rows().forEach(row -> {
            for (int c = 0; c < row.size(); c++) {
                if (row.get(c) instanceof String text) {
                    widths.fit(c, text);
                }
            }
        });
        widths.apply(ws);
        writeHeader(ws, summary.header());
        for (int r = 0; r < summary.rows().size(); r++) {
            List<Object> row = summary.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                Object cell = row.get(c);
                if (cell instanceof Double d) {
                    if (Double.isFinite(d)) {
                        ws.value(r + 1, c, d);
                        ws.style(r + 1, c).format(TWO_DECIMALS).set();
                    }
                } else if (cell instanceof Number n) {
                    ws.value(r + 1, c, n);
                } else {
                    ws.value(r + 1, c, CellSafety.neutralise(String.valueOf(cell)));
                }
            }
        }
        ws.finish();
    }

    private static void writeHeader(Worksheet ws, List<String> header) {
        for (int c = 0; c < header.size(); c++) {
            ws.value(0, c, CellSafety.neutralise(header.get(c)));
        }
        ws.range(0, 0, 0, header.size() - 1).style().bold().set();
        ws.freezePane(0, 1);
    }

    /**
     * How to write an original cell as a number without changing what the user sees: null when it
     * must stay text, "" for Excel's General format, or a number format that keeps the digits shown
     * (e.g. "0.00" for 12.50).
     */
    static String exactFormat(String text) {
        Matcher m = EXACT_NUMBER.matcher(text);
        if (!m.matches()) {
            return null;
        }
        String fraction = m.group(2);
        int digits = m.group(1).length() + (fraction == null ? 0 : fraction.length());
        if (digits > EXCEL_DIGITS || (text.startsWith("-") && new BigDecimal(text).signum() == 0)) {
            return null;
        }
        boolean trailingZero = fraction != null && fraction.endsWith("0");
        if (!trailingZero && text.length() <= GENERAL_WIDTH) {
            return "";
        }
        return fraction == null ? "0" : "0." + "0".repeat(fraction.length());
    }

    /** Column widths from the longest text seen, within bounds. */
    private static final class Widths {
        private final int[] chars;

        Widths(List<String> header) {
            chars = new int[header.size()];
            for (int c = 0; c < chars.length; c++) {
                fit(c, header.get(c));
            }
        }

        void fit(int column, String text) {
            if (text.length() <= chars[column]) {
                return;
            }
            int longest = 0;
            for (String line : text.split("\\R", -1)) {
                longest = Math.max(longest, line.codePointCount(0, line.length()));
            }
            chars[column] = Math.max(chars[column], longest);
        }

        void apply(Worksheet ws) {
            for (int c = 0; c < chars.length; c++) {
                ws.width(c, Math.min(MAX_WIDTH, Math.max(8, chars[c] + 2)));
            }
        }
    }
}
