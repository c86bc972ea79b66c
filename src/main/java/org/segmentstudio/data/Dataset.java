package org.segmentstudio.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A loaded customer table: named columns of equal length, immutable once built.
 *
 * @param source  where the data came from, as the user knows it (file name or "sample")
 * @param report  how the file was read and which rows were left out
 * @param leftOut the columns the user left out: kept in the table and the exports, never a feature,
 *                never on the cards
 */
public record Dataset(String source, List<Column> columns, ImportReport report, java.util.Set<String> leftOut) {

    /** Data that did not come from reading a file. */
    public Dataset(String source, List<Column> columns) {
        this(source, columns, ImportReport.NONE);
    }

    public Dataset(String source, List<Column> columns, ImportReport report) {
        this(source, columns, report, java.util.Set.of());
    }

    /** Whether the user left this column out. */
    public boolean isLeftOut(String column) {
        return leftOut.contains(column);
    }

    public Dataset {
        leftOut = java.util.Set.copyOf(leftOut);
        columns = List.copyOf(columns);
        java.util.Objects.requireNonNull(report, "report");
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a dataset needs at least one column");
        }
        int rows = columns.get(0).size();
        for (Column c : columns) {
            if (c.size() != rows) {
                throw new IllegalArgumentException("column '" + c.name() + "' has " + c.size()
                        + " rows where the others have " + rows);
            }
        }
    }

    public int rowCount() {
        return columns.get(0).size();
    }

    public int columnCount() {
        return columns.size();
    }

    public Column column(int index) {
        return columns.get(index);
    }

    public List<String> columnNames() {
        List<String> names = new ArrayList<>(columns.size());
        for (Column c : columns) {
            names.add(c.name());
        }
        return names;
    }

    public Optional<Column> column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** Numeric columns that are not identifiers: what a user would sensibly cluster on. */
    public List<Column> featureCandidates() {
        return columns.stream().filter(c -> c.kind() == ColumnKind.NUMERIC).toList();
    }

    /** The first feature candidate, or any numeric column when every numeric one is an identifier. */
    public String firstNumericColumn() {
        return columns.stream().filter(c -> c.kind() == ColumnKind.NUMERIC).findFirst()
                .or(() -> columns.stream().filter(Column::isNumeric).findFirst())
                .map(Column::name)
                .orElseThrow(() -> new IllegalStateException("no numeric column"));
    }

    /*
     * The record's own equals and hashCode, written out: the generated ones are linked at their
     * first call (java.lang.runtime.ObjectMethods), and the window's first change listener on the
     * open data made that call, 10-15 ms of every start. Same meaning: equal sources, the same
     * columns (Column has no equals of its own), equal reports and left-out sets. The hash leaves the
     * report out, which equal datasets still agree on.
     */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Dataset d && java.util.Objects.equals(source, d.source) && columns.equals(d.columns)
                && leftOut.equals(d.leftOut) && report.equals(d.report);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * java.util.Objects.hashCode(source) + columns.hashCode()) + leftOut.hashCode();
    }
}
