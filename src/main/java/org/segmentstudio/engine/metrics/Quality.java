package org.segmentstudio.engine.metrics;

import org.segmentstudio.engine.Distances;
import org.segmentstudio.engine.Matrix;

/**
 * How good a clustering is, measured in the clustered (scaled) space.
 *
 * @param inertia           sum of squared distances to the segment means; lower is tighter
 * @param silhouette        mean silhouette (exact or sampled, as it says); higher is better
 * @param calinskiHarabasz  between- over within-segment dispersion, scaled for K and n; higher is better
 * @param daviesBouldin     mean worst-case overlap of a segment with another; lower is better
 */
public record Quality(double inertia, Silhouette silhouette, double calinskiHarabasz, double daviesBouldin) {

    /**
     * @param x      the customers in the clustered space
     * @param labels 0-based segment of each customer, below {@code k}
     * @param seed   seeds the silhouette's sample when there are many customers
     */
    public static Quality of(Matrix x, int[] labels, int k, long seed) {
        Means means = Means.of(x, labels, k);
        return new Quality(means.inertia(), Silhouette.of(x, labels, k, seed), calinskiHarabasz(x, means),
                daviesBouldin(x, labels, means));
    }

    /** Segment sizes and means of a labelling, and the within-segment sum of squares. */
    record Means(int k, int[] sizes, double[] centres, double inertia) {
        static Means of(Matrix x, int[] labels, int k) {
            int n = x.rows();
            int d = x.cols();
            double[] v = x.values();
            if (labels.length != n) {
                throw new IllegalArgumentException("one label per customer is needed");
            }
            int[] sizes = new int[k];
            double[] centres = new double[k * d];
            for (int i = 0; i < n; i++) {
                int l = labels[i];
                sizes[l]++;
                for (int f = 0; f < d; f++) {
                    centres[l * d + f] += v[i * d + f];
                }
            }
            for (int c = 0; c < k; c++) {
                for (int f = 0; f < d; f++) {
                    centres[c * d + f] = sizes[c] == 0 ? 0 : centres[c * d + f] / sizes[c];
                }
            }
            double inertia = 0;
            for (int i = 0; i < n; i++) {
                inertia += Distances.squared(v, i * d, centres, labels[i] * d, d);
            }
            return new Means(k, sizes, centres, inertia);
        }

        int nonEmpty() {
            int c = 0;
            for (int s : sizes) {
                c += s > 0 ? 1 : 0;
            }
            return c;
        }
    }

    /** Calinski–Harabasz index; NaN with fewer than two non-empty segments, 1 when every segment is a point. */
    static double calinskiHarabasz(Matrix x, Means means) {
        int n = x.rows();
        int d = x.cols();
        int used = means.nonEmpty();
        if (used < 2 || used >= n) {
            return Double.NaN;
        }
        double[] overall = new double[d];
        double[] v = x.values();
        for (int i = 0; i < n; i++) {
            for (int f = 0; f < d; f++) {
                overall[f] += v[i * d + f];
            }
        }
        for (int f = 0; f < d; f++) {
            overall[f] /= n;
        }
        double between = 0;
        for (int c = 0; c < means.k(); c++) {
            between += means.sizes()[c] * Distances.squared(means.centres(), c * d, overall, 0, d);
        }
        double within = means.inertia();
        return within == 0 ? 1.0 : between * (n - used) / (within * (used - 1));
    }

    /** Davies–Bouldin index; NaN with fewer than two non-empty segments. */
    static double daviesBouldin(Matrix x, int[] labels, Means means) {
        int k = means.k();
        int d = x.cols();
        if (means.nonEmpty() < 2) {
            return Double.NaN;
        }
        double[] v = x.values();
        double[] spread = new double[k];
        for (int i = 0; i < x.rows(); i++) {
            spread[labels[i]] += Math.sqrt(Distances.squared(v, i * d, means.centres(), labels[i] * d, d));
        }
        for (int c = 0; c < k; c++) {
            spread[c] = means.sizes()[c] == 0 ? 0 : spread[c] / means.sizes()[c];
        }
        double total = 0;
        int used = 0;
        for (int a = 0; a < k; a++) {
            if (means.sizes()[a] == 0) {
                continue;
            }
            double worst = 0;
            for (int b = 0; b < k; b++) {
                if (b == a || means.sizes()[b] == 0) {
                    continue;
                }
                double apart = Math.sqrt(Distances.squared(means.centres(), a * d, means.centres(), b * d, d));
                double ratio = apart == 0 ? (spread[a] + spread[b] == 0 ? 0 : Double.POSITIVE_INFINITY)
                        : (spread[a] + spread[b]) / apart;
                worst = Math.max(worst, ratio);
            }
            total += worst;
            used++;
        }
        return total / used;
    }

}
