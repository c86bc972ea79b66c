package org.segmentstudio.ui.profiles;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.layout.Priority;
import org.segmentstudio.segments.SegmentAnalysis;
import org.segmentstudio.segments.ValueMeasure;
import org.segmentstudio.ui.Messages;

/**
 * The "Segments" tab: the one to start marketing with, a choice of value measure, and one card per
 * segment in order of value.
 */
public final class ProfilesView extends BorderPane {
    private final ProfilesViewModel model = new ProfilesViewModel();
    private final ComboBox<ValueMeasure> measure = new ComboBox<>();
    private final Label recommendation = new Label();
    private final Label reason = new Label();
    private final FlowPane cards = new FlowPane();
    private final Label empty = new Label(Messages.tr("profiles.empty"));
    private final BooleanProperty showing = new SimpleBooleanProperty(this, "showing", true);
    /** The cards do not show the current analysis yet: it arrived while the view was hidden. */
    private boolean stale;

    public ProfilesView() {
        getStyleClass().add("profiles-view");
        getStylesheets().add(ProfilesView.class.getResource("/org/segmentstudio/css/profiles.css").toExternalForm());
        measure.getStyleClass().add("measure-choice");
        measure.setCellFactory(v -> new MeasureCell());
        measure.setButtonCell(new MeasureCell());
        measure.valueProperty().bindBidirectional(model.measureProperty());
        recommendation.getStyleClass().add("recommendation");
        recommendation.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(recommendation, Priority.ALWAYS);
        Label rankBy = new Label(Messages.tr("profiles.rankBy"));
        HBox line = new HBox(recommendation, rankBy, measure);
        line.setAlignment(Pos.CENTER_LEFT);
        line.getStyleClass().add("recommendation-line");
        reason.getStyleClass().add("reason");
        reason.setWrapText(true);
        VBox top = new VBox(line, reason);
        top.getStyleClass().add("profiles-top");
        top.visibleProperty().bind(model.analysisProperty().isNotNull());
        top.managedProperty().bind(top.visibleProperty());
        setTop(top);
        cards.getStyleClass().add("cards");
        ScrollPane scroll = new ScrollPane(cards);
        scroll.setFitToWidth(true);
        cards.prefWrapLengthProperty().bind(scroll.widthProperty().subtract(24));
        scroll.getStyleClass().add("cards-scroll");
        empty.getStyleClass().add("profiles-empty");
        setCenter(empty);
        model.analysisProperty().addListener((o, was, now) -> {
            setCenter(now == null ? empty : scroll);
            // A new analysis starts at its first card: kept, the last scroll position opened another
            // file's cards halfway down, their names out of sight (seen in the real window). Ranked
            // anew by another measure, it is the same segments: the place stays.
            if (was == null || now == null || was.profiles() != now.profiles()) {
                scroll.setVvalue(scroll.getVmin());
            }
            if (showing.get()) {
                rebuild();
            } else {
                stale = true;
                cards.getChildren().clear();
            }
        });
        showing.addListener((o, was, now) -> {
            if (now && stale) {
                rebuild();
            }
        });
        model.segmentNamesProperty().addListener((o, was, now) -> updateRecommendation());
        model.firmnessProperty().addListener((o, was, now) -> refreshNames());
    }

    public ProfilesViewModel model() {
        return model;
    }

    /**
     * Whether the view is on screen (its tab selected). While it is not, a new analysis waits and
     * its cards are built when the view is shown: styling and laying out a few hundred new nodes
     * held up the FX thread for about 100 ms just as a big run ended, for a tab nobody was looking at.
     */
    public BooleanProperty showingProperty() {
        return showing;
    }

    /** Shows the analysis of a new result. */
    public void show(SegmentAnalysis a) {
        model.show(a);
    }

    /** Shows the names the model holds now on the cards (after they were changed from outside the cards). */
    public void refreshNames() {
        if (model.analysisProperty().get() == null) {
            return;
        }
        if (showing.get()) {
            rebuild();
        } else {
            stale = true;
        }
    }

    /** Empties the view. */
    public void clear() {
        model.clear();
    }

    private void rebuild() {
        stale = false;
        SegmentAnalysis a = model.analysisProperty().get();
        cards.getChildren().clear();
        if (a == null) {
            return;
        }
        measure.setItems(FXCollections.observableArrayList(ValueMeasure.choices(a.profiles())));
        measure.setValue(a.ranking().measure());
        List<String> names = model.segmentNamesProperty().get();
        double width = SegmentCard.widthFor(a, names);
        for (int segment : a.ranking().order()) {
            if (a.profiles().get(segment).size() > 0) {
                SegmentCard card = new SegmentCard(a, segment, names.get(segment), model::rename,
                        model.firmnessProperty().get());
                card.setMinWidth(width);
                card.setPrefWidth(width);
                card.setMaxWidth(width);
                cards.getChildren().add(card);
            }
        }
        updateRecommendation();
    }

    private void updateRecommendation() {
        SegmentAnalysis a = model.analysisProperty().get();
        List<String> names = model.segmentNamesProperty().get();
        if (a == null || a.ranking().target() < 0 || names.size() <= a.ranking().target()) {
            recommendation.setText("");
            reason.setText("");
            return;
        }
        recommendation.setText(Messages.tr("profiles.recommendation", names.get(a.ranking().target())));
        reason.setText(Messages.tr("profiles.reason", label(a.ranking().measure()), a.ranking().reason()));
    }

    /** The text on the recommendation line, for tests. */
    String recommendationText() {
        return recommendation.getText();
    }

    String reasonText() {
        return reason.getText();
    }

    /** Shows "spending × size" in the user's language. */
    private static final class MeasureCell extends ListCell<ValueMeasure> {
        @Override
        protected void updateItem(ValueMeasure item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : label(item));
        }
    }

    static String label(ValueMeasure m) {
        return m.isSize() ? Messages.tr("profiles.measure.size") : Messages.tr("profiles.measure.times", m.spokenWord());
    }
}
