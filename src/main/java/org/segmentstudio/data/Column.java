package org.segmentstudio.data;

import java.util.Objects;

/**
 * One column of a {@link Dataset}: the original text of every cell, kept exactly as read, and for
 * numeric columns the parsed value of each cell (NaN where the cell is missing).
 *
 * <p>Instances are immutable: the arrays are owned by the column and never handed out.
 */
public final class Column {
    private final String name;
    private final ColumnKind kind;
    private final String[] text;
    private final double[] values;

    /**
     * @param text   original cell text, one per row ({@code null} is read as empty)
     * @param values parsed values, one per row, NaN where missing; {@code null} for categorical columns
     */
    public Column(String name, ColumnKind kind, String[] text, double[] values) {
        this.name = Objects.requireNonNull(name, "name");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.text = text.clone();
        if (kind == ColumnKind.CATEGORICAL) {
            if (values != null) {
                throw new IllegalArgumentException("a categorical column has no numeric values");
            }
            this.values = null;
        } else {
            if (values == null || values.length != text.length) {
                throw new IllegalArgumentException("a numeric column needs one value per row");
            }
            this.values = values.clone();
        }
    }

    public String name() {
        return name;
    }

    public ColumnKind kind() {
        return kind;
    }

    public boolean isNumeric() {
        return kind != ColumnKind.CATEGORICAL;
    }

    public int size() {
        return text.length;
    }

    /** The cell exactly as it stood in the file. */
    public String text(int row) {
        String t = text[row];
        return t == null ? "" : t;
    }

    /** The parsed value; NaN when missing. Only for numeric columns. */
    public double value(int row) {
        if (values == null) {
            throw new IllegalStateException("column '" + name + "' is not numeric");
        }
        return values[row];
    }

    public boolean isMissing(int row) {
        return values != null ? Double.isNaN(values[row]) : MissingValues.isMissing(text(row));
    }
}
