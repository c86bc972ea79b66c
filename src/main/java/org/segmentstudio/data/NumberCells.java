package org.segmentstudio.data;

/** Reads a number from a cell as a spreadsheet user would have typed it. */
public final class NumberCells {
    private NumberCells() {
    }

    /**
     * @return the value, or NaN when the cell is not a number (missing cells included)
     */
    public static double parse(String cell) {
        if (cell == null) {
            return Double.NaN;
        }
        String s = cell.strip();
        if (s.isEmpty() || MissingValues.isMissing(s)) {
            return Double.NaN;
        }
        try {
            double v = Double.parseDouble(s);
            return Double.isFinite(v) ? v : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
