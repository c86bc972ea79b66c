package org.segmentstudio.ui.scatter;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/** Centroids as large haloed markers in their segment's shape, each with the trail of its path. */
final class CentroidPainter {
    private static final double RADIUS = 10;
    private static final double HALO = 22;

    private CentroidPainter() {
    }

    static void paint(GraphicsContext g, Viewport v, Projection p, PlaybackModel model) {
        int from = model.fromIndex();
        int to = model.positionProperty().get();
        double t = model.easedProgress();
        ScatterFrame target = model.frame(to);
        int k = target.k();
        double[] px = new double[k];
        double[] py = new double[k];
        for (int c = 0; c < k; c++) {
            double[] a = model.frame(from).centroids()[c];
            double[] b = target.centroids()[c];
            double ax = p.x(a);
            double ay = p.y(a);
            px[c] = v.screenX(ax + (p.x(b) - ax) * t);
            py[c] = v.screenY(ay + (p.y(b) - ay) * t);
        }
        for (int c = 0; c < k; c++) {
            trail(g, v, p, model, c, from, px[c], py[c]);
        }
        for (int c = 0; c < k; c++) {
            g.setFill(Palette.of(c).deriveColor(0, 1, 1, 0.2));
            g.fillOval(px[c] - HALO, py[c] - HALO, 2 * HALO, 2 * HALO);
        }
        for (int c = 0; c < k; c++) {
            Marker m = Palette.marker(c);
            g.setStroke(Color.WHITE);
            g.setLineWidth(5);
            m.stroke(g, px[c], py[c], RADIUS);
            g.setFill(Palette.of(c));
            m.fill(g, px[c], py[c], RADIUS);
            g.setStroke(Color.gray(0.1));
            g.setLineWidth(1.2);
            m.stroke(g, px[c], py[c], RADIUS);
        }
    }

    private static void trail(GraphicsContext g, Viewport v, Projection p, PlaybackModel model, int c, int upTo,
                              double headX, double headY) {
        if (upTo < 0) {
            return;
        }
        g.setStroke(Palette.of(c).deriveColor(0, 1, 0.8, 0.75));
        g.setLineWidth(2);
        g.beginPath();
        for (int f = 0; f <= upTo; f++) {
            double[] cen = model.frame(f).centroids()[c];
            double x = v.screenX(p.x(cen));
            double y = v.screenY(p.y(cen));
            if (f == 0) {
                g.moveTo(x, y);
            } else {
                g.lineTo(x, y);
            }
        }
        g.lineTo(headX, headY);
        g.stroke();
        g.setFill(Palette.of(c).deriveColor(0, 1, 0.8, 0.9));
        for (int f = 0; f <= upTo; f++) {
            double[] cen = model.frame(f).centroids()[c];
            g.fillOval(v.screenX(p.x(cen)) - 2.5, v.screenY(p.y(cen)) - 2.5, 5, 5);
        }
    }
}
