package org.segmentstudio.ui.scatter;

import java.util.Arrays;
import org.segmentstudio.engine.Matrix;
import org.segmentstudio.segments.FeatureMatrix;

/**
 * The customers on screen: all of them up to {@link #MAX_POINTS}, else an evenly spread sample of
 * that many, with each point's place on the plane under the current projection.
 */
public final class PointCloud {
    /** The most points drawn; beyond this a sample stands for the rest. */
    public static final int MAX_POINTS = 100_000;

    private final FeatureMatrix features;
    /** Matrix rows shown, ascending; null when every row is shown. */
    private final int[] sample;
    private final Matrix sampleMatrix;
    private final Projection projection;
    private final double[] xs;
    private final double[] ys;

    private PointCloud(FeatureMatrix features, int[] sample, Matrix sampleMatrix, Projection projection) {
        this.features = features;
        this.sample = sample;
        this.sampleMatrix = sampleMatrix;
        this.projection = projection;
        int m = sampleMatrix.rows();
        int d = sampleMatrix.cols();
        xs = new double[m];
        ys = new double[m];
        double[] row = new double[d];
        double[] v = sampleMatrix.values();
        for (int i = 0; i < m; i++) {
            System.arraycopy(v, i * d, row, 0, d);
            xs[i] = projection.x(row);
            ys[i] = projection.y(row);
        }
    }

    /** The first two features as axes (or the one feature on both). */
    public static PointCloud of(FeatureMatrix fm) {
        int[] sample = sampleRows(fm.rowsUsed(), MAX_POINTS);
        Matrix sm = sampleMatrix(fm.matrix(), sample);
        int d = fm.matrix().cols();
        return new PointCloud(fm, sample, sm, Projection.axes(fm.features(), 0, d > 1 ? 1 : 0, sm));
    }

    /** The same customers under two chosen features as axes. */
    public PointCloud withAxes(int xFeature, int yFeature) {
        return new PointCloud(features, sample, sampleMatrix,
                Projection.axes(features.features(), xFeature, yFeature, sampleMatrix));
    }

    /** The same customers on their first two principal components. */
    public PointCloud withPrincipalComponents() {
        return new PointCloud(features, sample, sampleMatrix, Projection.principal(sampleMatrix));
    }

    /** Evenly spread ascending rows, or null when all {@code n} fit. */
    static int[] sampleRows(int n, int max) {
        if (n <= max) {
            return null;
        }
        int[] rows = new int[max];
        for (int j = 0; j < max; j++) {
            rows[j] = (int) ((long) j * n / max);
        }
        return rows;
    }

    private static Matrix sampleMatrix(Matrix m, int[] sample) {
        if (sample == null) {
            return m;
        }
        int d = m.cols();
        double[] v = new double[sample.length * d];
        for (int j = 0; j < sample.length; j++) {
            System.arraycopy(m.values(), sample[j] * d, v, j * d, d);
        }
        return new Matrix(v, sample.length, d);
    }

    public int size() {
        return xs.length;
    }

    public boolean isSampled() {
        return sample != null;
    }

    /** Customers clustered in all, shown or not. */
    public int totalPoints() {
        return features.rowsUsed();
    }

    /** Matrix rows of the shown points, for a {@link FramePacker}; null when all are shown. */
    public int[] sampleRows() {
        return sample == null ? null : sample.clone();
    }

    /** Dataset row of shown point {@code i}. */
    public int datasetRow(int i) {
        return features.rowIndex()[sample == null ? i : sample[i]];
    }

    /** Shown point of dataset row {@code row}, or -1 when that customer is not shown. */
    public int pointOfDatasetRow(int row) {
        int m = Arrays.binarySearch(features.rowIndex(), row);
        if (m < 0) {
            return -1;
        }
        if (sample == null) {
            return m;
        }
        int j = Arrays.binarySearch(sample, m);
        return j < 0 ? -1 : j;
    }

    public double x(int i) {
        return xs[i];
    }

    public double y(int i) {
        return ys[i];
    }

    double[] xs() {
        return xs;
    }

    double[] ys() {
        return ys;
    }

    public Projection projection() {
        return projection;
    }

    public FeatureMatrix features() {
        return features;
    }

    /** Each feature's range (max − min) over the drawn customers; 0 for a constant one. */
    double[] spread() {
        Matrix m = sampleMatrix();
        int d = m.cols();
        double[] lo = new double[d];
        double[] hi = new double[d];
        java.util.Arrays.fill(lo, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(hi, Double.NEGATIVE_INFINITY);
        for (int i = 0; i < m.rows(); i++) {
            for (int j = 0; j < d; j++) {
                double v = m.get(i, j);
                lo[j] = Math.min(lo[j], v);
                hi[j] = Math.max(hi[j], v);
            }
        }
        double[] out = new double[d];
        for (int j = 0; j < d; j++) {
            out[j] = hi[j] > lo[j] ? hi[j] - lo[j] : 0;
        }
        return out;
    }

    Matrix sampleMatrix() {
        return sampleMatrix;
    }

    /** The point drawn nearest pixel (px, py) under {@code view}, within {@code radius} pixels, or -1. */
    public int nearest(Viewport view, double px, double py, double radius) {
        double best = radius * radius;
        int found = -1;
        for (int i = 0; i < xs.length; i++) {
            double dx = view.screenX(xs[i]) - px;
            double dy = view.screenY(ys[i]) - py;
            double d = dx * dx + dy * dy;
            if (d < best) {
                best = d;
                found = i;
            }
        }
        return found;
    }

    /** [xMin, xMax, yMin, yMax] of the points, padded by 5 %. */
    public double[] bounds() {
        double[] xr = range(xs);
        double[] yr = range(ys);
        return new double[] {xr[0], xr[1], yr[0], yr[1]};
    }

    private static double[] range(double[] v) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double d : v) {
            min = Math.min(min, d);
            max = Math.max(max, d);
        }
        if (v.length == 0) {
            return new double[] {0, 1};
        }
        if (!(max > min)) {
            return new double[] {min - 1, max + 1};
        }
        double pad = (max - min) * 0.05;
        return new double[] {min - pad, max + pad};
    }
}
