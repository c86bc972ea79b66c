package org.segmentstudio.ui.profiles;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.geometry.Pos;
import org.segmentstudio.segments.FeatureStat;
import org.segmentstudio.segments.Formats;
import org.segmentstudio.ui.Messages;

/**
 * One measure of a segment as a row of a card's grid: its word, a small bar whose middle mark is the
 * whole population's average, the index against that average, and the segment's mean.
 */
final class FeatureRow {
    static final double BAR_WIDTH = 72;

    private FeatureRow() {
    }

    /** Adds the row's cells to {@code grid} at {@code row}. */
    static void addTo(GridPane grid, int row, FeatureStat s) {
        Label word = new Label(s.word());
        word.getStyleClass().add("feature-word");
        Label index = new Label(s.indexText());
        // Coloured by what it means for the shop: fewer days since the last purchase is good news.
        index.getStyleClass().addAll("feature-index", s.mean() >= s.populationMean() ? "above" : "below", s.tone());
        // A share (Returns share 0.0198) reads as a percentage: 2 %.
        boolean share = s.column().toLowerCase(java.util.Locale.ROOT).contains("share") && s.mean() >= 0 && s.mean() <= 1
                && s.populationMean() >= 0 && s.populationMean() <= 1;
        Label value = new Label(Messages.tr("profiles.mean", share ? Formats.percent(s.mean()) : Formats.number(s.mean()),
                share ? Formats.percent(s.populationMean()) : Formats.number(s.populationMean())));
        value.getStyleClass().add("feature-value");
        Region bar = bar(s);
        Tooltip tip = new Tooltip(Messages.tr("profiles.stat.tip", s.column(), Formats.number(s.mean()),
                Formats.number(s.median()), Formats.number(s.populationMean()), Formats.number(s.populationMedian()),
                s.level().word().toLowerCase(java.util.Locale.ROOT)));
        for (Region cell : new Region[] {word, bar, index, value}) {
            Tooltip.install(cell, tip);
            if (!s.clustered()) {
                cell.getStyleClass().add("not-a-feature");
            }
        }
        grid.addRow(row, word, bar, index, value);
    }

    /** The track is twice the population's mean wide, so the average sits in the middle. */
    private static Region bar(FeatureStat s) {
        double ratio = s.populationMean() > 0 && s.mean() >= 0 ? s.mean() / (2 * s.populationMean()) : 0.5;
        Region fill = new Region();
        fill.getStyleClass().add("bar-fill");
        fill.setMaxWidth(BAR_WIDTH * Math.max(0.02, Math.min(1, ratio)));
        fill.setPrefWidth(fill.getMaxWidth());
        fill.setMaxHeight(8);
        Region average = new Region();
        average.getStyleClass().add("bar-average");
        average.setMaxWidth(2);
        average.setMaxHeight(14);
        average.setTranslateX(BAR_WIDTH / 2 - 1);
        StackPane track = new StackPane(fill, average);
        track.getStyleClass().add("bar-track");
        StackPane.setAlignment(fill, Pos.CENTER_LEFT);
        StackPane.setAlignment(average, Pos.CENTER_LEFT);
        track.setMinWidth(BAR_WIDTH);
        track.setPrefWidth(BAR_WIDTH);
        track.setMaxWidth(BAR_WIDTH);
        return track;
    }
}
