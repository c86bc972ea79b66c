package org.segmentstudio.segments.model;

import org.segmentstudio.data.Dataset;
import org.segmentstudio.engine.Distances;
import org.segmentstudio.engine.Matrix;
import org.segmentstudio.segments.FeatureMatrix;
import org.segmentstudio.segments.FeatureMatrixBuilder;

/**
 * Customers put into a saved analysis's segments: each into the nearest saved centre in the saved
 * scaling, never refitting. Ties go to the lower segment, as in the run, so the model's own
 * training file gets exactly the run's labels.
 *
 * @param features  the customers' matrix, encoded as saved (rows used)
 * @param labels    0-based segment per matrix row
 * @param distances per matrix row, the distance to its centre in the clustered space
 */
public record Assignment(FeatureMatrix features, int[] labels, double[] distances) {

    public static Assignment of(SegmentModel model, Dataset data) {
        FeatureMatrix fm = FeatureMatrixBuilder.build(data, model.encodings());
        Matrix x = "NONE".equals(model.scaling()) ? fm.matrix() : model.scaler().transform(fm.matrix());
        int k = model.k();
        int d = x.cols();
        double[] c = new double[k * d];
        for (int s = 0; s < k; s++) {
            System.arraycopy(model.centroids()[s], 0, c, s * d, d);
        }
        double[] v = x.values();
        int n = x.rows();
        int[] labels = new int[n];
        double[] distances = new double[n];
        for (int i = 0; i < n; i++) {
            int best = 0;
            double bestD = Double.POSITIVE_INFINITY;
            for (int s = 0; s < k; s++) {
                double dist = Distances.squared(v, i * d, c, s * d, d);
                if (dist < bestD) {
                    bestD = dist;
                    best = s;
                }
            }
            labels[i] = best;
            distances[i] = Math.sqrt(bestD);
        }
        return new Assignment(fm, labels, distances);
    }

    public int k() {
        return sizes().length;
    }

    /** Customers per segment. */
    public int[] sizes() {
        int k = 0;
        for (int l : labels) {
            k = Math.max(k, l + 1);
        }
        return sizesFor(Math.max(k, 1));
    }

    public int[] sizesFor(int k) {
        int[] sizes = new int[k];
        for (int l : labels) {
            sizes[l]++;
        }
        return sizes;
    }

    /** Per segment, its customers' mean distance to the centre (NaN for an empty one). */
    public double[] meanDistances(int k) {
        double[] sum = new double[k];
        int[] n = sizesFor(k);
        for (int i = 0; i < labels.length; i++) {
            sum[labels[i]] += distances[i];
        }
        for (int s = 0; s < k; s++) {
            sum[s] = n[s] == 0 ? Double.NaN : sum[s] / n[s];
        }
        return sum;
    }
}
