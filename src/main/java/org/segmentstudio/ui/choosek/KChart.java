package org.segmentstudio.ui.choosek;

import java.util.List;
import java.util.function.IntConsumer;
import javafx.geometry.Point2D;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import org.segmentstudio.segments.Formats;

/**
 * One score over K as a line, the recommended K marked. A click anywhere on the chart chooses the
 * nearest K, so nobody has to hit a small dot.
 */
final class KChart extends LineChart<Number, Number> {
    private final NumberAxis kAxis;
    private final String valueName;
    private List<Integer> ks = List.of();

    KChart(String title, String kLabel, String valueName, IntConsumer onChoose) {
        super(new NumberAxis(), new NumberAxis());
        this.valueName = valueName;
        kAxis = (NumberAxis) getXAxis();
        kAxis.setLabel(kLabel);
        kAxis.setAutoRanging(false);
        kAxis.setTickUnit(1);
        emptyRange();
        kAxis.setMinorTickVisible(false);
        kAxis.setTickLabelFormatter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Number n) {
                double v = n.doubleValue();
                return v == Math.rint(v) ? Integer.toString((int) v) : "";
            }

            @Override
            public Number fromString(String s) {
                return Integer.valueOf(s);
            }
        });
        NumberAxis valueAxis = (NumberAxis) getYAxis();
        valueAxis.setForceZeroInRange(false);
        setTitle(title);
        setLegendVisible(false);
        setAnimated(false);
        getStyleClass().add("k-chart");
        setOnMouseClicked(e -> {
            if (ks.isEmpty()) {
                return;
            }
            Point2D p = kAxis.sceneToLocal(e.getSceneX(), e.getSceneY());
            double k = kAxis.getValueForDisplay(p.getX()).doubleValue();
            int nearest = ks.get(0);
            for (int candidate : ks) {
                if (Math.abs(candidate - k) < Math.abs(nearest - k)) {
                    nearest = candidate;
                }
            }
            onChoose.accept(nearest);
        });
    }

    /** Shows the scores; {@code recommended} gets the large marker. */
    void show(List<Integer> ks, List<Double> values, int recommended) {
        this.ks = List.copyOf(ks);
        kAxis.setLowerBound(ks.get(0) - 0.5);
        kAxis.setUpperBound(ks.get(ks.size() - 1) + 0.5);
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        for (int i = 0; i < ks.size(); i++) {
            if (Double.isFinite(values.get(i))) {
                series.getData().add(new XYChart.Data<>(ks.get(i), values.get(i)));
            }
        }
        getData().setAll(List.of(series));
        for (XYChart.Data<Number, Number> d : series.getData()) {
            int k = d.getXValue().intValue();
            if (k == recommended) {
                d.getNode().getStyleClass().add("recommended");
            }
            Tooltip.install(d.getNode(), new Tooltip("K = " + k + ": " + valueName + " "
                    + Formats.number(d.getYValue().doubleValue())));
        }
    }

    void clear() {
        ks = List.of();
        getData().clear();
        emptyRange();
    }

    /** Before any scores: the K a search starts with (2 to 10), not the axis's own 0 to 100 with a line at each. */
    private void emptyRange() {
        kAxis.setLowerBound(1.5);
        kAxis.setUpperBound(10.5);
    }
}
