package org.segmentstudio.ui.scatter;

import javafx.scene.canvas.GraphicsContext;

/** The shape that marks a segment's points, so segments differ by more than colour. */
public enum Marker {
    CIRCLE, SQUARE, TRIANGLE, DIAMOND, TRIANGLE_DOWN, PLUS, RING, CROSS;

    private static final int MAX_MASK_RADIUS = 8;
    private final boolean[][] masks = new boolean[MAX_MASK_RADIUS + 1][];

    /** Whether offset (dx, dy), in units of the marker's radius, lies inside the shape. */
    boolean inside(double dx, double dy) {
        double ax = Math.abs(dx);
        double ay = Math.abs(dy);
        return switch (this) {
            case CIRCLE -> dx * dx + dy * dy <= 1;
            case SQUARE -> ax <= 0.82 && ay <= 0.82;
            case DIAMOND -> ax + ay <= 1.1;
            case TRIANGLE -> dy >= -1 && dy <= 0.8 && ax <= (dy + 1) * 0.62;
            case TRIANGLE_DOWN -> dy <= 1 && dy >= -0.8 && ax <= (1 - dy) * 0.62;
            case PLUS -> ax <= 1 && ay <= 1 && (ax <= 0.34 || ay <= 0.34);
            case RING -> dx * dx + dy * dy <= 1 && dx * dx + dy * dy >= 0.3;
            case CROSS -> ax <= 1 && ay <= 1 && Math.abs(ax - ay) <= 0.42;
        };
    }

    /**
     * The shape as pixels of a (2r+1)² square, row by row, for splatting many points into an image.
     * Cached; do not modify.
     */
    boolean[] mask(int r) {
        int radius = Math.max(1, Math.min(MAX_MASK_RADIUS, r));
        synchronized (masks) {
            if (masks[radius] == null) {
                int size = 2 * radius + 1;
                boolean[] m = new boolean[size * size];
                double scale = radius + 0.5;
                for (int y = 0; y < size; y++) {
                    for (int x = 0; x < size; x++) {
                        m[y * size + x] = inside((x - radius) / scale, (y - radius) / scale);
                    }
                }
                masks[radius] = m;
            }
            return masks[radius];
        }
    }

    /** Fills the shape of radius {@code r} centred on (x, y) with the current fill. */
    public void fill(GraphicsContext g, double x, double y, double r) {
        trace(g, x, y, r);
        g.setFillRule(this == RING ? javafx.scene.shape.FillRule.EVEN_ODD : javafx.scene.shape.FillRule.NON_ZERO);
        g.fill();
    }

    /** Strokes the outline of the shape with the current stroke. */
    public void stroke(GraphicsContext g, double x, double y, double r) {
        trace(g, x, y, r);
        g.stroke();
    }

    private void trace(GraphicsContext g, double x, double y, double r) {
        g.beginPath();
        switch (this) {
            case CIRCLE -> g.arc(x, y, r, r, 0, 360);
            case SQUARE -> poly(g, x, y, r, -0.82, -0.82, 0.82, -0.82, 0.82, 0.82, -0.82, 0.82);
            case DIAMOND -> poly(g, x, y, r, 0, -1.1, 1.1, 0, 0, 1.1, -1.1, 0);
            case TRIANGLE -> poly(g, x, y, r, 0, -1.05, 1.15, 0.85, -1.15, 0.85);
            case TRIANGLE_DOWN -> poly(g, x, y, r, 0, 1.05, 1.15, -0.85, -1.15, -0.85);
            case PLUS -> poly(g, x, y, r, -0.34, -1, 0.34, -1, 0.34, -0.34, 1, -0.34, 1, 0.34, 0.34, 0.34,
                    0.34, 1, -0.34, 1, -0.34, 0.34, -1, 0.34, -1, -0.34, -0.34, -0.34);
            case RING -> {
                g.arc(x, y, r, r, 0, 360);
                g.closePath();
                g.moveTo(x + r * 0.5, y);
                g.arc(x, y, r * 0.5, r * 0.5, 0, -360);
            }
            case CROSS -> {
                double a = 0.3;
                poly(g, x, y, r, -1, -1 + a, -1 + a, -1, 0, -a, 1 - a, -1, 1, -1 + a, a, 0, 1, 1 - a, 1 - a, 1,
                        0, a, -1 + a, 1, -1, 1 - a, -a, 0);
            }
        }
        g.closePath();
    }

    private static void poly(GraphicsContext g, double x, double y, double r, double... xy) {
        g.moveTo(x + xy[0] * r, y + xy[1] * r);
        for (int i = 2; i < xy.length; i += 2) {
            g.lineTo(x + xy[i] * r, y + xy[i + 1] * r);
        }
    }
}
