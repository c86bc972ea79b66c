package org.segmentstudio.data;

import java.util.List;

/** The rows of a table already read (a workbook's sheet) as a {@link LineSource}, cells as shown. */
public final class DatasetLines implements LineSource {
    private final Dataset data;
    private int row = -1;

    public DatasetLines(Dataset data) {
        this.data = data;
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
        if (row + 1 >= data.rowCount()) {
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
        return data.rowCount() == 0 ? 1 : (double) (row + 1) / data.rowCount();
    }

    @Override
    public boolean decimalComma() {
        return data.report().decimalComma();
    }

    @Override
    public void close() {
    }
}
