package org.segmentstudio.ui.scatter;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * A small line of the inertia (total squared distance to the centroids) per iteration of the
 * shown run, with a dot on the iteration on screen: the run's progress at a glance. Clicking or
 * dragging on it scrubs.
 */
public final class InertiaSparkline extends Region {
    private final Canvas canvas = new Canvas();
    private final PlaybackModel model;

    public InertiaSparkline(PlaybackModel model) {
        this.model = model;
        getStyleClass().add("inertia-sparkline");
        getChildren().add(canvas);
        setPrefHeight(34);
        setMinHeight(34);
        model.positionProperty().addListener(o -> draw());
        model.frameCountProperty().addListener(o -> draw());
        canvas.setOnMousePressed(e -> scrub(e.getX()));
        canvas.setOnMouseDragged(e -> scrub(e.getX()));
    }

    private void scrub(double x) {
        int n = model.frameCountProperty().get();
        if (n > 0) {
            model.scrubTo((int) Math.round(x / Math.max(1, canvas.getWidth() - 1) * (n - 1)));
        }
    }

    @Override
    protected void layoutChildren() {
        if (Canvases.fit(snapSizeX(getWidth()), snapSizeY(getHeight()), canvas)) {
            draw();
        }
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.clearRect(0, 0, w, h);
        int n = model.frameCountProperty().get();
        if (n == 0 || w < 10) {
            return;
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            min = Math.min(min, model.inertiaAt(i));
            max = Math.max(max, model.inertiaAt(i));
        }
        double span = max > min ? max - min : 1;
        double pad = 5;
        g.setStroke(Color.web("#0072B2"));
        g.setLineWidth(1.6);
        g.beginPath();
        for (int i = 0; i < n; i++) {
            double x = n == 1 ? w / 2 : pad + i * (w - 2 * pad) / (n - 1);
            double y = pad + (max - model.inertiaAt(i)) / span * (h - 2 * pad);
            if (i == 0) {
                g.moveTo(x, y);
            } else {
                g.lineTo(x, y);
            }
        }
        g.stroke();
        int at = model.positionProperty().get();
        if (at >= 0 && at < n) {
            double x = n == 1 ? w / 2 : pad + at * (w - 2 * pad) / (n - 1);
            double y = pad + (max - model.inertiaAt(at)) / span * (h - 2 * pad);
            g.setFill(Color.web("#D55E00"));
            g.fillOval(x - 4, y - 4, 8, 8);
        }
    }
}
