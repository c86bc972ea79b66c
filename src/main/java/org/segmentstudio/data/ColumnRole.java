package org.segmentstudio.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the user says a column is, over what the importer guessed: a number (a measure), a category
 * (codes such as Channel 1/2, one-hot encoded), an identifier (never a feature). The cells stay as
 * written whatever the role.
 */
public enum ColumnRole {
    NUMBER, CATEGORY, IDENTIFIER,
    /** Kept in the table and the exports, never a feature, never on the cards. */
    LEAVE_OUT;

    /** The role a column of this data has now: left out, or as its kind says. */
    public static ColumnRole of(Dataset data, Column c) {
        return data.isLeftOut(c.name()) ? LEAVE_OUT : of(c);
    }

    /** The role the importer gave a column. */
    public static ColumnRole of(Column c) {
        return switch (c.kind()) {
            case NUMERIC -> NUMBER;
            case CATEGORICAL -> CATEGORY;
            case IDENTIFIER -> IDENTIFIER;
        };
    }

    /**
     * The data with roles given by name (as saved: "CATEGORY"), to the columns it has; roles for
     * columns it lacks are skipped.
     *
     * @throws DataFormatException as {@link #apply} does
     * @throws IllegalArgumentException for a role name that is none of these
     */
    public static Dataset applyNamed(Dataset data, Map<String, String> roles) throws DataFormatException {
        Map<String, ColumnRole> given = new LinkedHashMap<>();
        roles.forEach((column, role) -> {
            if (data.column(column).isPresent()) {
                given.put(column, valueOf(role));
            }
        });
        return given.isEmpty() ? data : apply(data, given);
    }

    /**
     * The data with these roles given to these columns.
     *
     * @throws DataFormatException when a column cannot take its role: a number column whose cells
     *                             are not all numbers (the first one that is not is named)
     */
    public static Dataset apply(Dataset data, Map<String, ColumnRole> roles) throws DataFormatException {
        Map<String, ColumnRole> wanted = new LinkedHashMap<>(roles);
        List<Column> out = new ArrayList<>(data.columnCount());
        java.util.Set<String> leftOut = new java.util.LinkedHashSet<>(data.leftOut());
        for (Column c : data.columns()) {
            ColumnRole r = wanted.remove(c.name());
            if (r == LEAVE_OUT) {
                leftOut.add(c.name()); // the cells and the kind stay: the role can be given back
                out.add(c);
                continue;
            }
            if (r != null) {
                leftOut.remove(c.name());
            }
            out.add(r == null || r == of(c) ? c : convert(data, c, r));
        }
        if (!wanted.isEmpty()) {
            throw new DataFormatException(data.source(), "There is no column named '" + wanted.keySet().iterator().next()
                    + "' in " + data.source() + ". Columns are: " + String.join(", ", data.columnNames()) + ".");
        }
        return new Dataset(data.source(), out, data.report(), leftOut);
    }

    private static Column convert(Dataset data, Column c, ColumnRole to) throws DataFormatException {
        int n = c.size();
        String[] text = new String[n];
        for (int r = 0; r < n; r++) {
            text[r] = c.text(r);
        }
        return switch (to) {
            case LEAVE_OUT -> c;
            case CATEGORY -> new Column(c.name(), ColumnKind.CATEGORICAL, text, null);
            case NUMBER, IDENTIFIER -> {
                double[] v = new double[n];
                for (int r = 0; r < n; r++) {
                    v[r] = MissingValues.isMissing(text[r]) ? Double.NaN : NumberCells.parse(text[r]);
                    if (Double.isNaN(v[r]) && !MissingValues.isMissing(text[r])) {
                        throw new DataFormatException(data.source(), data.report().lineOf(r), -1, "Column '" + c.name()
                                + "' cannot be a number: \"" + text[r] + "\" on line " + data.report().lineOf(r)
                                + " of " + data.source() + " is not one. Keep it as a category, or correct the file.");
                    }
                }
                yield new Column(c.name(), to == NUMBER ? ColumnKind.NUMERIC : ColumnKind.IDENTIFIER, text, v);
            }
        };
    }
}
