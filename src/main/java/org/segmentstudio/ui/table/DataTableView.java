package org.segmentstudio.ui.table;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableListBase;
import javafx.geometry.Pos;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.segmentstudio.data.Column;
import org.segmentstudio.data.Dataset;
import org.segmentstudio.ui.Messages;

/**
 * The customers as a table. Rows are row numbers, not copies: the table reads cells from the
 * dataset on demand, so a million customers cost no more than the visible ones.
 */
public final class DataTableView extends TableView<Integer> {
    private int[] segments;
    private final ObjectProperty<int[]> shownSegments = new SimpleObjectProperty<>(this, "shownSegments");
    private Dataset data;

    public DataTableView() {
        getStyleClass().add("data-table");
        getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
    }

    public void show(Dataset data) {
        this.data = data;
        segments = null;
        shownSegments.set(null);
        getColumns().clear();
        for (int c = 0; c < data.columnCount(); c++) {
            Column col = data.column(c);
            TableColumn<Integer, String> tc = new TableColumn<>(col.name());
            tc.setCellValueFactory(cell -> new ReadOnlyStringWrapper(col.text(cell.getValue())));
            tc.setSortable(false);
            tc.setPrefWidth(Math.max(80, col.name().length() * 8 + 24));
            if (col.isNumeric()) {
                tc.setStyle("-fx-alignment: CENTER-RIGHT;");
            }
            getColumns().add(tc);
        }
        TableColumn<Integer, Object> seg = new TableColumn<>("Segment");
        // Bound to the segments, so a new result updates only this column's cells instead of a
        // refresh() that rebuilds every visible cell on the FX thread.
        seg.setCellValueFactory(cell -> Bindings.createObjectBinding(() -> {
            int[] s = shownSegments.get();
            return s == null || s[cell.getValue()] == 0 ? "" : s[cell.getValue()];
        }, shownSegments));
        seg.setSortable(false);
        seg.setStyle("-fx-alignment: " + Pos.CENTER + ";");
        getColumns().add(seg);
        setItems(new RowNumbers(data.rowCount()));
    }

    /** @param segmentsPerRow 1-based segment per row, 0 for none; null to clear */
    public void showSegments(int[] segmentsPerRow) {
        segments = segmentsPerRow == null ? null : segmentsPerRow.clone();
        shownSegments.set(segments);
    }

    /** One customer's row as "column: value" pairs, for a tooltip. */
    public String describe(int row) {
        if (data == null || row < 0 || row >= data.rowCount()) {
            return "";
        }
        StringBuilder sb = new StringBuilder(Messages.tr("table.row", row + 1));
        for (Column c : data.columns()) {
            sb.append('\n').append(c.name()).append(": ").append(c.text(row));
        }
        if (segments != null && segments[row] > 0) {
            sb.append('\n').append(Messages.tr("table.segment")).append(": ").append(segments[row]);
        }
        return sb.toString();
    }

    /** Selects customer {@code row} alone and scrolls it into view. */
    public void selectRow(int row) {
        getSelectionModel().clearAndSelect(row);
        scrollTo(Math.max(0, row - 3));
    }

    /** 0, 1, …, n-1 without storing them. */
    private static final class RowNumbers extends ObservableListBase<Integer> {
        private final int size;

        RowNumbers(int size) {
            this.size = size;
        }

        @Override
        public Integer get(int index) {
            if (index < 0 || index >= size) {
                throw new IndexOutOfBoundsException(index);
            }
            return index;
        }

        @Override
        public int size() {
            return size;
        }
    }
}
