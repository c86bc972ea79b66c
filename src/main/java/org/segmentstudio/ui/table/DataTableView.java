package org.segmentstudio.ui.table;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableListBase;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.segmentstudio.data.Column;
import org.segmentstudio.data.Dataset;
import org.segmentstudio.segments.FeatureMatrix;
import org.segmentstudio.ui.Messages;

/**
 * The customers as a table. Rows are row numbers, not copies: the table reads cells from the
 * dataset on demand, so a million customers cost no more than the visible ones.
 */
public final class DataTableView extends TableView<Integer> {
    private final ObjectProperty<RowSegments> shownSegments = new SimpleObjectProperty<>(this, "shownSegments");
    private final ObjectProperty<List<String>> segmentNames = new SimpleObjectProperty<>(this, "segmentNames", List.of());
    /** The data the cells read: a new file with the same columns changes only this. */
    private final ObjectProperty<Dataset> shownData = new SimpleObjectProperty<>(this, "shownData");
    private static final String RIGHT = "-fx-alignment: CENTER-RIGHT;";
    /** The data's columns in the data's order, wherever the user has dragged them. */
    private final java.util.List<TableColumn<Integer, String>> dataColumns = new java.util.ArrayList<>();

    public DataTableView() {
        getStyleClass().add("data-table");
        getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
    }

    public void show(Dataset data) {
        Dataset was = shownData.get();
        shownSegments.set(null);
        certainty.set(null);
        setItems(new RowNumbers(data.rowCount()));
        shownData.set(data);
        // The same columns (this month's file after last month's): the columns, their widths and the
        // visible cells stay, and the cells read the new data (they are bound to it). Building them
        // anew cost the first frame after opening a big file a tenth of a second.
        if (was == null || !was.columnNames().equals(data.columnNames())) {
            buildColumns(data);
        }
        for (int c = 0; c < data.columnCount(); c++) {
            dataColumns.get(c).setStyle(data.column(c).isNumeric() ? RIGHT : "");
        }
    }

    /** The data's columns, then the segment and certainty columns. */
    private void buildColumns(Dataset data) {
        getColumns().clear();
        dataColumns.clear();
        for (int c = 0; c < data.columnCount(); c++) {
            int index = c;
            TableColumn<Integer, String> tc = new TableColumn<>(data.column(c).name());
            tc.setCellValueFactory(cell -> Bindings.createStringBinding(() -> cellText(index, cell.getValue()),
                    shownData));
            tc.setSortable(false);
            tc.setPrefWidth(widthFor(data.column(c)));
            getColumns().add(tc);
            dataColumns.add(tc);
        }
        TableColumn<Integer, String> seg = new TableColumn<>(Messages.tr("table.segment"));
        seg.getStyleClass().add("segment-column");
        // Bound to the segments and their names, so a new result or a renamed segment updates only
        // this column's visible cells instead of a refresh() that rebuilds every visible cell.
        seg.setCellValueFactory(cell -> Bindings.createStringBinding(() -> segmentText(cell.getValue()),
                shownSegments, segmentNames));
        seg.setSortable(false);
        seg.setPrefWidth(320); // room for a three-part name such as "2 · Older · Low income · Low spending"
        getColumns().add(seg);
        TableColumn<Integer, String> sure = new TableColumn<>(Messages.tr("table.certainty"));
        sure.getStyleClass().add("certainty-column");
        sure.setCellValueFactory(cell -> Bindings.createStringBinding(() -> certaintyText(cell.getValue()), certainty));
        sure.setSortable(false);
        sure.setPrefWidth(150);
        sure.visibleProperty().bind(certainty.isNotNull());
        getColumns().add(sure);
    }

    /** Rows whose text sets a column's width, as many as JavaFX's own fitting to content measures. */
    private static final int ROWS_MEASURED = 30;

    /**
     * Room for a column's header and its first rows, estimated from their lengths in characters
     * (the table's 12 px font: about 8 px for a bold header character, 7.5 px for a cell's, and 24 px
     * of padding), at least 64 px and at most 320 px. Never 80 px, TableColumn's default width: a
     * column left at it is fitted to its content when first shown, which makes and styles a cell
     * for each of its first 30 rows — a tenth of the first frame's work at startup.
     */
    static double widthFor(Column c) {
        int chars = 0;
        for (int row = 0, n = Math.min(ROWS_MEASURED, c.size()); row < n; row++) {
            chars = Math.max(chars, c.text(row).length());
        }
        double w = Math.min(320, Math.max(64, Math.max(c.name().length() * 8 + 24, chars * 7.5 + 24)));
        return w == DEFAULT_WIDTH ? w + 1 : w;
    }

    private static final double DEFAULT_WIDTH = 80;

    /** The text of column {@code c} in row {@code row} of the data shown; empty past its end. */
    private String cellText(int c, Integer row) {
        Dataset d = shownData.get();
        return d == null || row == null || row >= d.rowCount() || c >= d.columnCount() ? "" : d.column(c).text(row);
    }

    /**
     * Shows each customer's segment as its number and name.
     *
     * @param features the run's customers; null (with {@code labels}) to clear
     * @param labels   0-based segment of each of them, as the result holds it: read, never copied
     */
    public void showSegments(FeatureMatrix features, int[] labels) {
        shownSegments.set(features == null ? null : new RowSegments(features, labels));
        certainty.set(null);
    }

    /** Per dataset row, the share of its neighbours a customer keeps across refits (NaN when left out); null before measured. */
    private final javafx.beans.property.ObjectProperty<double[]> certainty =
            new javafx.beans.property.SimpleObjectProperty<>(this, "certainty");

    /** Shows each customer's certainty (and borderline for those under 80 %), or hides the column for null. */
    public void showCertainty(double[] perRow) {
        certainty.set(perRow);
    }

    /** "92 %", "62 % · borderline"; "" for a customer left out or before the refits. */
    private String certaintyText(int row) {
        double[] c = certainty.get();
        if (c == null || row >= c.length || !Double.isFinite(c[row])) {
            return "";
        }
        String pct = org.segmentstudio.segments.Formats.wholePercent(c[row]);
        return c[row] < org.segmentstudio.segments.export.SegmentLabels.BORDERLINE_BELOW
                ? Messages.tr("table.borderline", pct) : pct;
    }

    /** The segment names in segment order, as the user edits them; a missing one shows the number alone. */
    public ObjectProperty<List<String>> segmentNamesProperty() {
        return segmentNames;
    }

    /** "3 · Careful spenders" for a customer of segment 3, "" for one left out or with no result. */
    private String segmentText(int row) {
        RowSegments s = shownSegments.get();
        int segment = s == null ? -1 : s.of(row);
        if (segment < 0) {
            return "";
        }
        List<String> names = segmentNames.get();
        String name = names == null || segment >= names.size() ? "" : names.get(segment);
        return name.isBlank() ? Integer.toString(segment + 1) : Messages.tr("table.segmentName", segment + 1, name);
    }

    /** One customer's row as "column: value" pairs, for a tooltip. */
    public String describe(int row) {
        Dataset data = shownData.get();
        if (data == null || row < 0 || row >= data.rowCount()) {
            return "";
        }
        StringBuilder sb = new StringBuilder(Messages.tr("table.row", row + 1));
        for (Column c : data.columns()) {
            sb.append('\n').append(c.name()).append(": ").append(c.text(row));
        }
        String segment = segmentText(row);
        if (!segment.isEmpty()) {
            sb.append('\n').append(Messages.tr("table.segment")).append(": ").append(segment);
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
