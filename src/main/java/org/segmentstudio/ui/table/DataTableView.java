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
        segmentNames.addListener(o -> fitSegmentColumn());
        shownSegments.addListener(o -> fitSegmentColumn());
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
        segmentColumn = seg;
        fittedSegmentWidth = 0;
        fitSegmentColumn();
        getColumns().add(seg);
        TableColumn<Integer, String> sure = new TableColumn<>(Messages.tr("table.certainty"));
        sure.getStyleClass().add("certainty-column");
        sure.setCellValueFactory(cell -> Bindings.createStringBinding(() -> certaintyText(cell.getValue()), certainty));
        sure.setSortable(false);
        sure.setPrefWidth(150);
        sure.visibleProperty().bind(certainty.isNotNull());
        getColumns().add(sure);
    }

    /**
     * The segment column as wide as its longest "3 · name" (320 px had cut "2 · About to sleep · smaller
     * orders" and pushed Certainty off a 1280 px window for two-word names), and again for each new
     * set of names — unless the user has set its width by dragging.
     */
    private void fitSegmentColumn() {
        TableColumn<Integer, String> seg = segmentColumn;
        if (seg == null || fittedSegmentWidth != 0 && seg.getPrefWidth() != fittedSegmentWidth) {
            return; // dragged: hers
        }
        List<String> names = segmentNames.get();
        RowSegments shown = shownSegments.get();
        int cells = columns(shown != null && shown.anyLeftOut() ? Messages.tr("table.leftOut") : Messages.tr("table.segment"));
        for (int s = 0; names != null && s < names.size(); s++) {
            cells = Math.max(cells, columns(Messages.tr("table.segmentName", s + 1, names.get(s))));
        }
        fittedSegmentWidth = notTheDefault(Math.max(120, Math.min(480, cellsWidth(cells))));
        seg.setPrefWidth(fittedSegmentWidth);
    }

    private TableColumn<Integer, String> segmentColumn;
    /** The width last fitted to the names; 0 before the first. */
    private double fittedSegmentWidth;

    /** Rows whose text sets a column's width, as many as JavaFX's own fitting to content measures. */
    private static final int ROWS_MEASURED = 30;

    /**
     * Room for a column's header and its first rows, estimated from their lengths in characters
     * (the table's 12 px font: about 8 px for a bold header character, 7.5 px for a cell's, twice that
     * for a wide one such as 東 or Ａ, and 24 px of padding): at least 64 px, the values' part at most
     * 320 px (a long remark is cut, its header never). Never 80 px, TableColumn's default width: a
     * column left at it is fitted to its content when first shown, which makes and styles a cell
     * for each of its first 30 rows — a tenth of the first frame's work at startup.
     */
    static double widthFor(Column c) {
        int cells = 0;
        for (int row = 0, n = Math.min(ROWS_MEASURED, c.size()); row < n; row++) {
            cells = Math.max(cells, columns(c.text(row)));
        }
        return notTheDefault(Math.max(64, Math.max(columns(c.name()) * 8 + 24, Math.min(320, cellsWidth(cells)))));
    }

    /** Pixels for a cell's text of this many character cells, padding included. */
    private static double cellsWidth(int cells) {
        return cells * 7.5 + 24;
    }

    /** {@code w}, or a pixel more where it is TableColumn's default (which JavaFX fits to the cells). */
    private static double notTheDefault(double w) {
        return w == DEFAULT_WIDTH ? w + 1 : w;
    }

    /** A text's width in character cells: East Asian wide and full-width characters take two. */
    static int columns(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            n += cp >= 0x1100 && (cp <= 0x115F || cp >= 0x2E80 && cp <= 0xA4CF || cp >= 0xAC00 && cp <= 0xD7A3
                    || cp >= 0xF900 && cp <= 0xFAFF || cp >= 0xFE30 && cp <= 0xFE4F || cp >= 0xFF00 && cp <= 0xFF60
                    || cp >= 0xFFE0 && cp <= 0xFFE6 || cp >= 0x20000 && cp <= 0x3FFFD) ? 2 : 1;
        }
        return n;
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

    /** "3 · Careful spenders" for a customer of segment 3, "left out: …" for one left out, "" with no result. */
    private String segmentText(int row) {
        RowSegments s = shownSegments.get();
        int segment = s == null ? -1 : s.of(row);
        if (segment < 0) {
            // A blank cell beside the others' segments read as a fault (seen in the real window).
            return s == null ? "" : Messages.tr("table.leftOut");
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
