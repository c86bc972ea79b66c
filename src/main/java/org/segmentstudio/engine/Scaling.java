package org.segmentstudio.engine;

/**
 * How features are put on a common scale before distances are taken. {@link #AUTO} (the default)
 * takes strongly right-skewed non-negative features — money, mostly: a few big spenders beside
 * many small ones — as log(1 + x) before the z-score, and z-scores the others; {@link #LOG} does
 * so for every non-negative feature.
 */
public enum Scaling {
    NONE, ZSCORE, MINMAX, LOG, AUTO;

    /** A feature whose skewness is above this (and whose values are never negative) is logged under AUTO. */
    public static final double SKEWED = 1.0;

    /** Whether {@code x}'s column {@code j} gets log(1 + x) under this scaling. */
    boolean logs(Matrix x, int j) {
        if (this != LOG && this != AUTO) {
            return false;
        }
        int n = x.rows();
        int d = x.cols();
        double[] v = x.values();
        double mean = 0;
        double min = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double a = v[i * d + j];
            mean += (a - mean) / (i + 1);
            min = Math.min(min, a);
        }
        if (!(min >= 0)) {
            return false;
        }
        if (this == LOG) {
            return true;
        }
        double m2 = 0;
        double m3 = 0;
        for (int i = 0; i < n; i++) {
            double dx = v[i * d + j] - mean;
            m2 += dx * dx;
            m3 += dx * dx * dx;
        }
        m2 /= n;
        m3 /= n;
        return m2 > 0 && m3 / Math.pow(m2, 1.5) > SKEWED;
    }

    /**
     * The data as k-means clusters it: fitted and transformed by this scaling, or the data itself
     * (not a copy) for {@link #NONE}. The one place that says what "the clustered space" is.
     */
    public Matrix apply(Matrix data) {
        return this == NONE ? data : fit(data).transform(data);
    }

    /**
     * Fits this scaling to the data: per feature, {@code scaled = (x - offset) / factor}.
     * A constant feature gets factor 1, so it scales to 0 and stays finite.
     */
    public Scaler fit(Matrix data) {
        int n = data.rows();
        int d = data.cols();
        double[] offset = new double[d];
        double[] factor = new double[d];
        java.util.Arrays.fill(factor, 1.0);
        boolean[] constant = new boolean[d];
        boolean[] log = new boolean[d];
        if (this == NONE || n == 0) {
            return new Scaler(offset, factor, constant);
        }
        double[] v = data.values();
        for (int j = 0; j < d; j++) {
            log[j] = logs(data, j);
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            double mean = 0;
            for (int i = 0; i < n; i++) {
                double x = log[j] ? Scaler.log1p(v[i * d + j]) : v[i * d + j];
                mean += (x - mean) / (i + 1);
                min = Math.min(min, x);
                max = Math.max(max, x);
            }
            if (this != MINMAX) {
                double ss = 0;
                for (int i = 0; i < n; i++) {
                    double dx = (log[j] ? Scaler.log1p(v[i * d + j]) : v[i * d + j]) - mean;
                    ss += dx * dx;
                }
                double sd = Math.sqrt(ss / n);
                offset[j] = mean;
                constant[j] = !(sd > 0);
                factor[j] = constant[j] ? 1.0 : sd;
            } else {
                offset[j] = min;
                constant[j] = !(max > min);
                factor[j] = constant[j] ? 1.0 : max - min;
            }
        }
        return new Scaler(offset, factor, constant, log);
    }
}
