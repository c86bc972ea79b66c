package org.segmentstudio.ui.purchases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.controlsfx.control.CheckComboBox;
import org.segmentstudio.data.purchases.CustomerBuilder;
import org.segmentstudio.data.purchases.DateOrder;
import org.segmentstudio.data.purchases.PurchaseColumns;
import org.segmentstudio.data.purchases.PurchaseDates;
import org.segmentstudio.data.purchases.PurchaseGuess;
import org.segmentstudio.data.purchases.Returns;
import org.segmentstudio.ui.Messages;

/**
 * Build one row per customer…: the columns guessed for the customer, the date, the order, the
 * money, the product and the categories to carry, each changeable; how dates are written; the
 * as-of date; what returns do. Gives the options of the build, or nothing when cancelled.
 */
public final class CustomerBuilderDialog {
    /** The "no column" choice of the optional fields. */
    static final String NONE = "";

    private final Dialog<CustomerBuilder.Options> dialog = new Dialog<>();
    private final ComboBox<String> customer = combo(false);
    private final ComboBox<String> date = combo(false);
    private final ComboBox<DateOrder> dateOrder = new ComboBox<>(FXCollections.observableArrayList(DateOrder.values()));
    private final ComboBox<String> order = combo(true);
    private final RadioButton byAmount = new RadioButton(Messages.tr("builder.amount"));
    private final RadioButton byQuantityPrice = new RadioButton(Messages.tr("builder.quantityPrice"));
    private final ComboBox<String> amount = combo(false);
    private final ComboBox<String> quantity = combo(true);
    private final ComboBox<String> price = combo(false);
    private final ComboBox<String> product = combo(true);
    private final CheckComboBox<String> carry = new CheckComboBox<>();
    private final DatePicker asOf = new DatePicker();
    private final ComboBox<Returns> returns = new ComboBox<>(FXCollections.observableArrayList(Returns.values()));
    private final List<String> columns;
    /** The purchase lines open in the window, for the preview; null when they are not (customers built from them). */
    private final org.segmentstudio.data.Dataset lines;
    private final Label previewText = new Label();
    private final javafx.scene.control.TableView<String[]> preview = new javafx.scene.control.TableView<>();
    /** The preview builds from this many lines: a few milliseconds, so the dialog answers at once. */
    static final int PREVIEW_LINES = 2_000;

    /**
     * @param columns the purchase log's columns
     * @param guess   what the first lines suggest
     * @param last    the last purchase day, when known (the as-of date's default is the day after)
     */
    public CustomerBuilderDialog(Window owner, String fileName, List<String> columns, PurchaseGuess.Result guess,
                                 LocalDate last, org.segmentstudio.data.Dataset lines) {
        this.columns = List.copyOf(columns);
        this.lines = lines;
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(Messages.plain("builder.title"));
        dialog.setHeaderText(Messages.tr("builder.header", fileName));
        List<String> optional = new ArrayList<>();
        optional.add(NONE);
        optional.addAll(columns);
        for (ComboBox<String> c : List.of(customer, date, amount, price)) {
            c.setItems(FXCollections.observableArrayList(columns));
        }
        for (ComboBox<String> c : List.of(order, quantity, product)) {
            c.setItems(FXCollections.observableArrayList(optional));
        }
        carry.getItems().setAll(columns);
        carry.setPrefWidth(200);
        PurchaseColumns g = guess.columns();
        customer.setValue(g.customer());
        date.setValue(g.date());
        order.setValue(orNone(g.order()));
        amount.setValue(g.amount());
        quantity.setValue(orNone(g.quantity()));
        price.setValue(g.price());
        product.setValue(orNone(g.product()));
        g.carry().forEach(carry.getCheckModel()::check);
        ToggleGroup money = new ToggleGroup();
        byAmount.setToggleGroup(money);
        byQuantityPrice.setToggleGroup(money);
        (g.amount() == null && g.price() != null ? byQuantityPrice : byAmount).setSelected(true);
        amount.disableProperty().bind(byAmount.selectedProperty().not());
        price.disableProperty().bind(byQuantityPrice.selectedProperty().not());
        dateOrder.setCellFactory(v -> new OrderCell());
        dateOrder.setButtonCell(new OrderCell());
        dateOrder.setValue(guess.dateOrder().orElse(null));
        dateOrder.setPromptText(Messages.tr("builder.dateOrder.prompt"));
        returns.setCellFactory(v -> new ReturnsCell());
        returns.setButtonCell(new ReturnsCell());
        returns.setValue(Returns.LEAVE_OUT);
        returns.setPrefWidth(270);
        asOf.setPromptText(last == null ? Messages.tr("builder.asOf.prompt") : last.plusDays(1).toString());
        asOf.setTooltip(new javafx.scene.control.Tooltip(last == null ? Messages.tr("builder.asOf.prompt")
                : Messages.tr("builder.asOf.default", last.plusDays(1).toString())));
        asOf.setEditable(true);
        asOf.setPrefWidth(200);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        grid.getColumnConstraints().add(labels);
        grid.setVgap(8);
        grid.getColumnConstraints().add(new javafx.scene.layout.ColumnConstraints());
        javafx.scene.layout.ColumnConstraints secondLabels = new javafx.scene.layout.ColumnConstraints();
        secondLabels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        grid.getColumnConstraints().add(secondLabels);
        grid.addRow(0, label("builder.customer"), customer, label("builder.order"), order);
        grid.add(label("builder.date"), 0, 1);
        grid.add(new HBox(8, date, dateOrder), 1, 1, 3, 1);
        grid.addRow(2, byAmount, amount);
        grid.add(byQuantityPrice, 0, 3);
        grid.add(new HBox(8, quantity, new Label("\u00d7"), price), 1, 3, 3, 1);
        grid.addRow(4, label("builder.product"), product, label("builder.carry"), carry);
        grid.addRow(5, label("builder.asOf"), asOf, label("builder.returns"), returns);
        Label ambiguous = new Label(Messages.tr("builder.ambiguous"));
        ambiguous.getStyleClass().add("field-problem");
        ambiguous.setWrapText(true);
        ambiguous.visibleProperty().bind(dateOrder.valueProperty().isNull());
        ambiguous.managedProperty().bind(ambiguous.visibleProperty());
        Label definitions = new Label();
        definitions.textProperty().bind(javafx.beans.binding.Bindings.when(byAmount.selectedProperty())
                .then(Messages.tr("builder.definitions.amount")).otherwise(Messages.tr("builder.definitions")));
        definitions.setWrapText(true);
        definitions.getStyleClass().add("builder-definitions");
        previewText.setWrapText(true);
        previewText.getStyleClass().add("builder-preview-text");
        preview.getStyleClass().add("builder-preview");
        preview.setPrefHeight(130);
        preview.setFixedCellSize(28);
        VBox content = new VBox(12, grid, ambiguous, definitions, previewText, preview);
        preview.setVisible(lines != null);
        preview.setManaged(lines != null);
        previewText.setVisible(lines != null);
        previewText.setManaged(lines != null);
        content.setPadding(new Insets(8, 4, 4, 4));
        content.setPrefWidth(820);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setPrefWidth(860);
        dialog.getDialogPane().setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        dialog.setResizable(true);
        ButtonType build = new ButtonType(Messages.plain("builder.build"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(build, ButtonType.CANCEL);
        Node buildButton = dialog.getDialogPane().lookupButton(build);
        BooleanBinding notReady = Bindings.createBooleanBinding(() -> options().isEmpty(), customer.valueProperty(),
                date.valueProperty(), dateOrder.valueProperty(), amount.valueProperty(), quantity.valueProperty(),
                price.valueProperty(), byAmount.selectedProperty());
        buildButton.disableProperty().bind(notReady);
        if (lines != null) {
            for (javafx.beans.Observable o : List.of(customer.valueProperty(), date.valueProperty(), dateOrder.valueProperty(),
                    order.valueProperty(), amount.valueProperty(), quantity.valueProperty(), price.valueProperty(),
                    product.valueProperty(), byAmount.selectedProperty(), asOf.valueProperty(), returns.valueProperty())) {
                o.addListener(x -> updatePreview());
            }
            carry.getCheckModel().getCheckedItems().addListener((javafx.collections.ListChangeListener<String>) c -> updatePreview());
            updatePreview();
        }
        dialog.setResultConverter(b -> b == build ? options().orElse(null) : null);
    }

    /** Shows the dialog and waits; the options, or empty when cancelled. */
    public Optional<CustomerBuilder.Options> showAndWait() {
        return dialog.showAndWait();
    }

    /** The dialog, for tests. */
    Dialog<CustomerBuilder.Options> dialog() {
        return dialog;
    }

    /**
     * What the choices give on the first lines: how many are used and left out by reason, and the
     * first customers, so a wrong column shows before the whole file is read.
     */
    private void updatePreview() {
        Optional<CustomerBuilder.Options> o = options();
        preview.getColumns().clear();
        preview.getItems().clear();
        if (o.isEmpty()) {
            previewText.setText(Messages.tr("builder.preview.notReady"));
            return;
        }
        int n = Math.min(PREVIEW_LINES, lines.rowCount());
        try {
            org.segmentstudio.data.purchases.CustomerTable t = new CustomerBuilder(o.get())
                    .build(new org.segmentstudio.data.DatasetLines(lines, n), x -> { }, () -> false);
            org.segmentstudio.data.purchases.BuildReport r = t.report();
            String left = r.leftOutText();
            previewText.setText(Messages.tr(left.isEmpty() ? "builder.preview" : "builder.preview.leftOut",
                    org.segmentstudio.segments.Formats.count(n), org.segmentstudio.segments.Formats.count(r.linesUsed()),
                    org.segmentstudio.segments.Formats.count(r.customers()), left));
            for (int c = 0; c < t.header().size(); c++) {
                int col = c;
                javafx.scene.control.TableColumn<String[], String> tc = new javafx.scene.control.TableColumn<>(t.header().get(c));
                tc.setCellValueFactory(cell -> new javafx.beans.property.SimpleStringProperty(cell.getValue()[col]));
                tc.setSortable(false);
                tc.setPrefWidth(Math.max(80, 9.5 * t.header().get(c).length() + 30)); // the header whole
                preview.getColumns().add(tc);
            }
            for (int row = 0; row < Math.min(5, t.rows()); row++) {
                String[] cells = new String[t.header().size()];
                for (int c = 0; c < cells.length; c++) {
                    cells[c] = t.cells().get(c)[row];
                }
                preview.getItems().add(cells);
            }
        } catch (org.segmentstudio.data.DataFormatException | java.io.IOException e) {
            previewText.setText(e.getMessage());
        }
    }

    /** What the preview says, for tests. */
    String previewText() {
        return previewText.getText();
    }

    /** The options the fields say, or empty while the customer, the date, its order or the money is missing. */
    Optional<CustomerBuilder.Options> options() {
        String c = value(customer);
        String d = value(date);
        String a = byAmount.isSelected() ? value(amount) : null;
        String q = value(quantity);
        String p = byAmount.isSelected() ? null : value(price);
        if (c == null || d == null || dateOrder.getValue() == null || (a == null && (q == null || p == null))) {
            return Optional.empty();
        }
        List<String> carried = new ArrayList<>(carry.getCheckModel().getCheckedItems());
        PurchaseColumns cols = new PurchaseColumns(c, d, value(order), a, q, p, value(product), carried);
        return Optional.of(new CustomerBuilder.Options(cols, PurchaseDates.of(dateOrder.getValue()), asOf.getValue(),
                returns.getValue()));
    }

    private static String value(ComboBox<String> box) {
        String v = box.getValue();
        return v == null || v.equals(NONE) ? null : v;
    }

    private static String orNone(String column) {
        return column == null ? NONE : column;
    }

    private static ComboBox<String> combo(boolean optional) {
        ComboBox<String> c = new ComboBox<>();
        c.setPrefWidth(200);
        c.setCellFactory(v -> new ColumnCell(optional));
        c.setButtonCell(new ColumnCell(optional));
        return c;
    }

    private static Label label(String key) {
        return new Label(Messages.tr(key));
    }

    /** A column's name, and "(none)" for the empty choice. */
    private static final class ColumnCell extends ListCell<String> {
        private final boolean optional;

        ColumnCell(boolean optional) {
            this.optional = optional;
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.equals(NONE) && optional ? Messages.tr("builder.none") : item);
        }
    }

    private static final class OrderCell extends ListCell<DateOrder> {
        @Override
        protected void updateItem(DateOrder item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : Messages.tr("builder.dateOrder." + item.name()));
        }
    }

    private static final class ReturnsCell extends ListCell<Returns> {
        @Override
        protected void updateItem(Returns item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : Messages.tr("builder.returns." + item.name()));
        }
    }
}
