package org.segmentstudio.ui.picker;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.CheckListView;
import org.segmentstudio.app.Choice;
import org.segmentstudio.data.Column;
import org.segmentstudio.data.ColumnKind;
import org.segmentstudio.data.Dataset;
import org.segmentstudio.engine.Scaling;
import org.segmentstudio.segments.FeatureGuess;
import org.segmentstudio.segments.FeatureMatrixBuilder;
import org.segmentstudio.segments.MissingPolicy;
import org.segmentstudio.ui.Messages;

/** The user's choice of what to cluster: features, K, scaling and what to do with missing values. */
public final class FeaturePicker extends VBox {
    /** Words in a column name that mark the measures a shop usually segments on. */

    private static final double ROW_HEIGHT = 36;
    private static final int MIN_ROWS = 3;
    /** The list's border, top and bottom. */
    private static final double LIST_INSETS = 2;

    private final CheckListView<String> features = new CheckListView<>();
    /** The most segments offered: beyond this a manager cannot tell them apart on a chart or a page. */
    public static final int MAX_K = 20;

    private final WholeNumberSpinner k = new WholeNumberSpinner(2, MAX_K, 5);
    private final Label kProblem = problemLabel("k-problem");
    private final Label featuresProblem = problemLabel("features-problem");
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(this, "ready");
    private final javafx.beans.property.ReadOnlyObjectWrapper<Choice> choice =
            new javafx.beans.property.ReadOnlyObjectWrapper<>(this, "choice");
    private int customers = Integer.MAX_VALUE;
    private final ComboBox<Scaling> scaling = new ComboBox<>(FXCollections.observableArrayList(
            Scaling.AUTO, Scaling.ZSCORE, Scaling.LOG, Scaling.MINMAX, Scaling.NONE));
    private final ComboBox<MissingPolicy> missing =
            new ComboBox<>(FXCollections.observableArrayList(MissingPolicy.values()));

    private java.util.function.BiConsumer<String, org.segmentstudio.data.ColumnRole> onRole = (c, r) -> { };
    private Dataset shown;

    public FeaturePicker() {
        getStyleClass().add("feature-picker");
        setSpacing(6);
        features.getStyleClass().add("feature-list");
        fitListToFeatures();
        k.getStyleClass().add("k-spinner");
        kProblem.textProperty().bind(k.problem((lo, hi) -> hi < MAX_K && hi == customers
                ? Messages.tr("picker.k.rangeCustomers", lo, hi) : Messages.tr("picker.k.range", lo, hi)));
        featuresProblem.setText(Messages.tr("picker.features.none"));
        // New items bring a new check model (ControlsFX): follow the ticks of whichever is current.
        javafx.collections.ListChangeListener<String> ticks = c -> updateReady();
        features.getCheckModel().getCheckedItems().addListener(ticks);
        features.checkModelProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.getCheckedItems().removeListener(ticks);
            }
            if (now != null) {
                now.getCheckedItems().addListener(ticks);
            }
            updateReady();
        });
        k.validProperty().addListener(o -> updateReady());
        k.setMaxWidth(Double.MAX_VALUE);
        choice(scaling, "scaling-choice", "scaling.", Scaling.AUTO);
        org.segmentstudio.ui.Tips.set(scaling, Messages.tr("picker.scaling.tip"), 320);
        Label fl = title(Messages.tr("picker.features"));
        Label kl = title(Messages.tr("picker.k"));
        Label sl = title(Messages.tr("picker.scaling"));
        choice(missing, "missing-choice", "missing.", MissingPolicy.DROP);
        Label ml = title(Messages.tr("picker.missing"));
        getChildren().addAll(fl, features, kl, k, sl, scaling, ml, missing);
        features.setContextMenu(roleMenu());
        features.setCellFactory(list -> new FeatureCell());
        k.valueProperty().addListener(o -> updateReady());
        scaling.valueProperty().addListener(o -> updateReady());
        missing.valueProperty().addListener(o -> updateReady());
        updateReady();
    }

    /** A short line under a field that says what to correct; takes no room while empty. */
    private static Label problemLabel(String styleClass) {
        Label l = new Label();
        l.getStyleClass().addAll("field-problem", styleClass);
        l.setWrapText(true);
        l.managedProperty().bind(l.textProperty().isNotEmpty());
        l.visibleProperty().bind(l.managedProperty());
        return l;
    }

    private void updateReady() {
        boolean anyFeature = !features.getCheckModel().getCheckedItems().isEmpty();
        featuresProblem.setText(anyFeature || features.getItems() == null || features.getItems().isEmpty()
                ? "" : Messages.tr("picker.features.none"));
        ready.set(anyFeature && k.validProperty().get());
        if (scaling.getValue() != null && missing.getValue() != null) {
            choice.set(new Choice(selectedFeatures(), k.getValue(), scaling.getValue(), missing.getValue(), ready.get()));
        }
    }

    /** The choice as shown now; it changes with every tick, K, scaling and missing-value policy. */
    public javafx.beans.property.ReadOnlyObjectProperty<Choice> choiceProperty() {
        return choice.getReadOnlyProperty();
    }

    /** Whether the choice can be run: at least one feature ticked and a K in range in the field. */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    /** What the user should correct before Run, or "" when the choice can be run. */
    public String problemText() {
        return !featuresProblem.getText().isEmpty() ? featuresProblem.getText() : kProblem.getText();
    }

    /**
     * The lines that say what to correct (no feature ticked, K out of range), for the window to place
     * under Run: there they say why Run waits, and showing them moves no field or button the user
     * is about to click.
     */
    public VBox problems() {
        VBox box = new VBox(2, featuresProblem, kProblem);
        box.getStyleClass().add("choice-problems");
        return box;
    }

    /**
     * The list is as tall as its features need, so every column shows without a scrollbar when the
     * panel has room; with many columns it takes the panel's free height (down to a few rows) and
     * scrolls. Rows of a fixed height make "as tall as needed" exact.
     */
    private void fitListToFeatures() {
        features.setFixedCellSize(ROW_HEIGHT);
        features.setMinHeight(MIN_ROWS * ROW_HEIGHT + LIST_INSETS);
        features.prefHeightProperty().bind(Bindings.createDoubleBinding(() -> {
            int rows = features.getItems() == null ? 0 : features.getItems().size();
            return Math.max(MIN_ROWS, rows) * ROW_HEIGHT + LIST_INSETS;
        }, features.itemsProperty()));
        features.maxHeightProperty().bind(features.prefHeightProperty());
        VBox.setVgrow(features, Priority.ALWAYS);
    }

    /** A full-width drop-down of an enum, each constant shown by the message {@code keyPrefix + name()}. */
    private static <E extends Enum<E>> void choice(ComboBox<E> box, String styleClass, String keyPrefix, E initial) {
        box.getStyleClass().add(styleClass);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setCellFactory(v -> new EnumCell<>(keyPrefix));
        box.setButtonCell(new EnumCell<>(keyPrefix));
        box.setValue(initial);
    }

    private static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return l;
    }

    /**
     * Right-click a feature: use it as a number or as a category (codes such as Channel 1/2 or store
     * numbers, one-hot encoded), whatever the import guessed.
     */
    private javafx.scene.control.ContextMenu roleMenu() {
        javafx.scene.control.MenuItem asNumber = new javafx.scene.control.MenuItem(Messages.tr("picker.role.number"));
        javafx.scene.control.MenuItem asCategory = new javafx.scene.control.MenuItem(Messages.tr("picker.role.category"));
        javafx.scene.control.MenuItem asIdentifier =
                new javafx.scene.control.MenuItem(Messages.tr("picker.role.identifier"));
        javafx.scene.control.MenuItem leaveOut = new javafx.scene.control.MenuItem(Messages.tr("picker.role.leaveOut"));
        leaveOut.getStyleClass().add("role-leave-out");
        leaveOut.setOnAction(e -> role(org.segmentstudio.data.ColumnRole.LEAVE_OUT));
        asNumber.getStyleClass().add("role-number");
        asCategory.getStyleClass().add("role-category");
        asIdentifier.getStyleClass().add("role-identifier");
        asNumber.setOnAction(e -> role(org.segmentstudio.data.ColumnRole.NUMBER));
        asCategory.setOnAction(e -> role(org.segmentstudio.data.ColumnRole.CATEGORY));
        asIdentifier.setOnAction(e -> role(org.segmentstudio.data.ColumnRole.IDENTIFIER));
        javafx.scene.control.ContextMenu menu =
                new javafx.scene.control.ContextMenu(asNumber, asCategory, asIdentifier, leaveOut);
        menu.setOnShowing(e -> {
            String name = features.getSelectionModel().getSelectedItem();
            Column c = name == null || shown == null ? null : shown.column(name).orElse(null);
            boolean out = c != null && shown.isLeftOut(c.name());
            // A left-out column takes back any role; the others offer the roles they do not have.
            asNumber.setDisable(c == null || c.kind() == ColumnKind.NUMERIC && !out);
            asCategory.setDisable(c == null || c.kind() == ColumnKind.CATEGORICAL && !out);
            // An identifier keeps a number per customer: a number column can become one (and back).
            asIdentifier.setDisable(c == null || c.kind() != ColumnKind.NUMERIC || out);
            leaveOut.setDisable(c == null || out);
        });
        return menu;
    }

    private void role(org.segmentstudio.data.ColumnRole r) {
        String name = features.getSelectionModel().getSelectedItem();
        if (name != null) {
            onRole.accept(name, r);
        }
    }

    /** Told the column and the role the user gave it in the features list. */
    public void setOnRole(java.util.function.BiConsumer<String, org.segmentstudio.data.ColumnRole> handler) {
        this.onRole = handler;
    }

    /** Whether a column is in the features list now. */
    public boolean offers(String column) {
        return features.getItems() != null && features.getItems().contains(column);
    }

    public void show(Dataset data) {
        shown = data;
        ObservableList<String> names = FXCollections.observableArrayList();
        for (Column c : data.columns()) {
            if (FeatureMatrixBuilder.isUsable(c)) {
                names.add(c.name());
            }
        }
        features.getCheckModel().clearChecks();
        features.setItems(names);
        for (String name : defaultFeatures(data)) {
            features.getCheckModel().check(name);
        }
        customers = data.rowCount();
        k.maxProperty().set(Math.max(2, Math.min(MAX_K, customers)));
        updateReady();
    }

    /** The features a file starts with: {@link FeatureGuess}, the same as the command line's. */
    public static List<String> defaultFeatures(Dataset data) {
        return FeatureGuess.of(data);
    }

    public List<String> selectedFeatures() {
        List<String> out = new ArrayList<>();
        for (String name : features.getItems()) {
            if (features.getCheckModel().isChecked(name)) {
                out.add(name);
            }
        }
        return out;
    }

    public void selectFeatures(List<String> names) {
        features.getCheckModel().clearChecks();
        names.forEach(features.getCheckModel()::check);
    }

    public int k() {
        return k.getValue();
    }

    /** Sets K, within the range these customers allow. */
    public void setK(int value) {
        int v = Math.max(k.minProperty().get(), Math.min(k.maxProperty().get(), value));
        k.getValueFactory().setValue(v);
        k.getEditor().setText(Integer.toString(v)); // also over text that was not a K (the value did not change)
    }


    public Scaling scaling() {
        return scaling.getValue();
    }

    public void setScaling(Scaling s) {
        scaling.setValue(s);
    }

    public MissingPolicy missingPolicy() {
        return missing.getValue();
    }

    public void setMissingPolicy(MissingPolicy policy) {
        missing.setValue(policy);
    }

    /** Shows an enum constant by its message key, {@code prefix + name()}. */
    /** A feature's row: its name, and for an identifier a mark and a tooltip that says what it is. */
    private final class FeatureCell extends javafx.scene.control.cell.CheckBoxListCell<String> {
        FeatureCell() {
            super(features::getItemBooleanProperty);
        }

        @Override
        public void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            boolean identifier = !empty && item != null && shown != null
                    && shown.column(item).map(c -> c.kind() == ColumnKind.IDENTIFIER).orElse(false);
            boolean out = !empty && item != null && shown != null && shown.isLeftOut(item);
            getStyleClass().removeAll("identifier", "left-out");
            if (out) {
                getStyleClass().add("left-out");
                setText(Messages.tr("picker.leftOut", item));
                org.segmentstudio.ui.Tips.set(this, Messages.tr("picker.leftOut.tip", item));
            } else if (identifier) {
                getStyleClass().add("identifier");
                setText(Messages.tr("picker.identifier", item));
                org.segmentstudio.ui.Tips.set(this, Messages.tr("picker.identifier.tip", item));
            } else {
                org.segmentstudio.ui.Tips.set(this, null);
            }
        }
    }

    private static final class EnumCell<E extends Enum<E>> extends ListCell<E> {
        private final String prefix;

        EnumCell(String prefix) {
            this.prefix = prefix;
        }

        @Override
        protected void updateItem(E item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : Messages.tr(prefix + item.name()));
        }
    }
}
