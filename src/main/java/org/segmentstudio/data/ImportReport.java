package org.segmentstudio.data;

import java.util.List;
import java.util.stream.Collectors;

/**
 * How a file was read, and what of it was left out: the facts the user may want to check.
 *
 * @param encoding     the text encoding used, e.g. "UTF-8" or "windows-1252"
 * @param delimiter    the field separator found
 * @param decimalComma whether numbers were read with a decimal comma
 * @param headerRow    whether the first row named the columns
 * @param rowsLeftOut  rows not loaded because their number of fields did not match the header
 * @param leftOut      the first of those rows, in file order (at most {@link #LISTED})
 */
public record ImportReport(String encoding, char delimiter, boolean decimalComma, boolean headerRow,
        long rowsLeftOut, List<LeftOutRow> leftOut) {

    /** How many left-out rows are listed one by one. */
    public static final int LISTED = 50;

    /** For data that did not come from a file. */
    public static final ImportReport NONE = new ImportReport("UTF-8", ',', false, true, 0, List.of());

    /**
     * A row that was left out.
     *
     * @param line     1-based line in the file where the row starts
     * @param fields   how many fields it had
     * @param expected how many the header has
     */
    public record LeftOutRow(long line, int fields, int expected) {
    }

    public ImportReport {
        leftOut = List.copyOf(leftOut);
        if (rowsLeftOut < leftOut.size()) {
            throw new IllegalArgumentException("more rows listed than left out");
        }
    }

    /**
     * The file line of a loaded row (0-based), for messages: after the header, with the rows left
     * out above it counted back in (those listed, the first {@value #LISTED}). A quoted cell spanning
     * lines, blank lines or an Excel {@code sep=} line above it make this an estimate.
     */
    public long lineOf(int row) {
        long line = row + (headerRow ? 2L : 1L);
        for (LeftOutRow left : leftOut) { // in file order
            if (left.line() <= line) {
                line++;
            }
        }
        return line;
    }

    /** One plain sentence for the command line, or "" when nothing was left out. */
    public String summary() {
        if (rowsLeftOut == 0) {
            return "";
        }
        String lines = leftOut.stream().map(r -> Long.toString(r.line())).collect(Collectors.joining(", "));
        return rowsLeftOut + (rowsLeftOut == 1 ? " row was" : " rows were")
                + " left out because the number of fields does not match the header (line"
                + (leftOut.size() == 1 ? " " : "s ") + lines + (rowsLeftOut > leftOut.size() ? ", …" : "") + ").";
    }
}
