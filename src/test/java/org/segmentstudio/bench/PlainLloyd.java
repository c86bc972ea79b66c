package org.segmentstudio.bench;

/**
 * The textbook Lloyd loop the engine is measured against: one thread, flat arrays, every customer
 * compared with every centroid, then the means. It runs the same number of iterations from the
 * same start, so its inertia is the reference the engine must match.
 */
final class PlainLloyd {
    private PlainLloyd() {
    }

    /** Initial assignment, then {@code iterations} × (means, assignment); returns the final inertia. */
    static double run(double[] x, int n, int d, double[] seeds, int k, int iterations) {
        double[] c = seeds.clone();
        int[] labels = new int[n];
        double inertia = assign(x, n, d, c, k, labels);
        for (int it = 0; it < iterations; it++) {
            double[] sum = new double[k * d];
            int[] count = new int[k];
            for (int i = 0; i < n; i++) {
                int l = labels[i];
                count[l]++;
                for (int f = 0; f < d; f++) {
                    sum[l * d + f] += x[i * d + f];
                }
            }
            for (int j = 0; j < k; j++) {
                if (count[j] > 0) {
                    for (int f = 0; f < d; f++) {
                        c[j * d + f] = sum[j * d + f] / count[j];
                    }
                }
            }
            inertia = assign(x, n, d, c, k, labels);
        }
        return inertia;
    }

    private static double assign(double[] x, int n, int d, double[] c, int k, int[] labels) {
        double inertia = 0;
        for (int i = 0; i < n; i++) {
            double best = Double.POSITIVE_INFINITY;
            int bestC = 0;
            for (int j = 0; j < k; j++) {
                double s = 0;
                for (int f = 0; f < d; f++) {
                    double t = x[i * d + f] - c[j * d + f];
                    s += t * t;
                }
                if (s < best) {
                    best = s;
                    bestC = j;
                }
            }
            labels[i] = bestC;
            inertia += best;
        }
        return inertia;
    }
}
