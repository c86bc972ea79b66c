package org.segmentstudio.segments.report;

import org.segmentstudio.segments.FeatureMatrix;

/**
 * Customers on two features, for a report drawn without a screen.
 *
 * @param x      first feature, one value per customer
 * @param y      second feature (the first again for a single feature)
 * @param labels 0-based segment per customer
 * @param xName  first feature's column name
 * @param yName  second feature's column name
 */
public record ScatterData(double[] x, double[] y, int[] labels, String xName, String yName) {

    public ScatterData {
        if (x.length != y.length || x.length != labels.length) {
            throw new IllegalArgumentException("x, y and labels need one value per customer");
        }
        x = x.clone();
        y = y.clone();
        labels = labels.clone();
    }

    /** The first two features of the clustered customers (the first twice when there is one). */
    public static ScatterData of(FeatureMatrix features, int[] labels) {
        int n = features.rowsUsed();
        int d = features.matrix().cols();
        int yCol = d > 1 ? 1 : 0;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = features.matrix().get(i, 0);
            y[i] = features.matrix().get(i, yCol);
        }
        return new ScatterData(x, y, labels, features.features().get(0), features.features().get(yCol));
    }
}
