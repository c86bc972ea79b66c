package org.segmentstudio.ui.scatter;

/**
 * The region of the plane nearest to each centroid (its Voronoi cell), as a coarse raster of
 * faint segment colours. Pure computation, meant for a background thread.
 *
 * @param pixels premultiplied ARGB, row by row from the top
 * @param cols   raster width in cells
 * @param rows   raster height in cells
 * @param xMin   data coordinates the raster covers
 */
public record RegionShading(int[] pixels, int cols, int rows, double xMin, double xMax, double yMin, double yMax) {
    /** Opacity of the shading: a hint of colour under the points. */
    static final double ALPHA = 0.11;

    /**
     * @param cx      centroid x per segment, in plane coordinates
     * @param cy      centroid y per segment
     * @param weights squared-distance weight of x and y, so cells follow the clustering's distances
     */
    public static RegionShading compute(double[] cx, double[] cy, double[] weights, int cols, int rows, double xMin,
                                        double xMax, double yMin, double yMax) {
        return compute(cx, cy, weights, null, cols, rows, xMin, xMax, yMin, yMax);
    }

    /** @param shape the axes' shape (x feature 0, y feature 1) when one is logged, else null */
    public static RegionShading compute(double[] cx, double[] cy, double[] weights,
                                        org.segmentstudio.engine.Scaler shape, int cols, int rows, double xMin,
                                        double xMax, double yMin, double yMax) {
        if (shape != null) {
            cx = cx.clone();
            cy = cy.clone();
            for (int c = 0; c < cx.length; c++) {
                cx[c] = shape.shape(0, cx[c]);
                cy[c] = shape.shape(1, cy[c]);
            }
        }
        int k = cx.length;
        int[] tint = new int[k];
        for (int c = 0; c < k; c++) {
            int argb = Palette.argb(c);
            int a = (int) Math.round(ALPHA * 255);
            int r = (argb >> 16 & 0xFF) * a / 255;
            int g = (argb >> 8 & 0xFF) * a / 255;
            int b = (argb & 0xFF) * a / 255;
            tint[c] = a << 24 | r << 16 | g << 8 | b;
        }
        int[] px = new int[cols * rows];
        double wx = weights[0];
        double wy = weights[1];
        for (int j = 0; j < rows; j++) {
            double y = yMax - (j + 0.5) / rows * (yMax - yMin);
            double sy = shape == null ? y : shape.shape(1, y);
            for (int i = 0; i < cols; i++) {
                double x = xMin + (i + 0.5) / cols * (xMax - xMin);
                double sx = shape == null ? x : shape.shape(0, x);
                int best = 0;
                double bestD = Double.POSITIVE_INFINITY;
                for (int c = 0; c < k; c++) {
                    double dx = sx - cx[c];
                    double dy = sy - cy[c];
                    double d = wx * dx * dx + wy * dy * dy;
                    if (d < bestD) {
                        bestD = d;
                        best = c;
                    }
                }
                px[j * cols + i] = k == 0 ? 0 : tint[best];
            }
        }
        return new RegionShading(px, cols, rows, xMin, xMax, yMin, yMax);
    }
}
