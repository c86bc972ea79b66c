package org.segmentstudio.engine;

/** How features are put on a common scale before distances are taken. */
public enum Scaling {
    NONE, ZSCORE, MINMAX;

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
        if (this == NONE || n == 0) {
            return new Scaler(offset, factor, constant);
        }
        double[] v = data.values();
        for (int j = 0; j < d; j++) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            double mean = 0;
            for (int i = 0; i < n; i++) {
                double x = v[i * d + j];
                mean += (x - mean) / (i + 1);
                min = Math.min(min, x);
                max = Math.max(max, x);
            }
            if (this == ZSCORE) {
                double ss = 0;
                for (int i = 0; i < n; i++) {
                    double dx = v[i * d + j] - mean;
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
        return new Scaler(offset, factor, constant);
    }
}
