package org.segmentstudio.data;

import java.util.List;

/** The rows of a table already read (a workbook's sheet) as a {@link LineSource}, cells as shown. */
public final class DatasetLines implements LineSource {
    private final Dataset data;
    private final int limit;
    private int row = -1;

    public DatasetLines(Dataset data) {
        this(data, Integer.MAX_VALUE);
    }

    /** Only the first {@code limit} rows, for a preview. */
    public DatasetLines(Dataset data, int limit) {
        this.data = data;
        this.limit = Math.min(limit, data.rowCount());
    }

    @Override
    public String name() {
        return data.source();
    }

    @Override
    public List<String> header() {
        return data.columnNames();
    }

    @Override
    public String[] next() {
        if (row + 1 >= limit) {
            return null;
        }
        row++;
        String[] cells = new String[data.columnCount()];
        for (int c = 0; c < cells.length; c++) {
            cells[c] = data.columns().get(c).text(row);
        }
        return cells;
    }

    @Override
    public long line() {
        return data.report().lineOf(row);
    }

    @Override
    public double fraction() {
        return limit == 0 ? 1 : (double) (row + 1) / limit;
    }

    @Override
    public boolean decimalComma() {
        return data.report().decimalComma();
    }

    @Override
    public void close() {
    }
}
