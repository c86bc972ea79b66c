package org.segmentstudio.engine;

/** Plain, obviously-correct reference computations for checking the engine. */
final class BruteForce {
    private BruteForce() {
    }

    static int nearest(Matrix x, int i, double[][] centroids) {
        int best = -1;
        double bestD = Double.POSITIVE_INFINITY;
        for (int c = 0; c < centroids.length; c++) {
            double s = 0;
            for (int f = 0; f < x.cols(); f++) {
                double t = x.get(i, f) - centroids[c][f];
                s += t * t;
            }
            if (s < bestD) {
                bestD = s;
                best = c;
            }
        }
        return best;
    }

    static double inertia(Matrix x, int[] labels, double[][] centroids) {
        double total = 0;
        for (int i = 0; i < x.rows(); i++) {
            for (int f = 0; f < x.cols(); f++) {
                double t = x.get(i, f) - centroids[labels[i]][f];
                total += t * t;
            }
        }
        return total;
    }

    record Outcome(int[] labels, double inertia, int iterations, double[][] centroids) {
    }

    /**
     * Textbook Lloyd from the given centroids, stopping when no label changes (tol 0): assign, then
     * repeat (means, assign). An empty segment takes the point farthest from its own centroid.
     */
    static Outcome lloyd(Matrix x, double[][] start, int maxIterations) {
        int n = x.rows();
        int d = x.cols();
        int k = start.length;
        double[][] c = KMeansParams.deepCopy(start);
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = nearest(x, i, c);
        }
        int it = 0;
        while (it < maxIterations) {
            it++;
            double[][] next = new double[k][d];
            int[] count = new int[k];
            for (int i = 0; i < n; i++) {
                count[labels[i]]++;
                for (int f = 0; f < d; f++) {
                    next[labels[i]][f] += x.get(i, f);
                }
            }
            boolean[] taken = new boolean[n];
            for (int j = 0; j < k; j++) {
                if (count[j] > 0) {
                    for (int f = 0; f < d; f++) {
                        next[j][f] /= count[j];
                    }
                } else {
                    int far = -1;
                    double farD = -1;
                    for (int i = 0; i < n; i++) {
                        double dist = 0;
                        for (int f = 0; f < d; f++) {
                            dist += Math.pow(x.get(i, f) - c[labels[i]][f], 2);
                        }
                        if (!taken[i] && dist > farD) {
                            farD = dist;
                            far = i;
                        }
                    }
                    taken[far] = true;
                    for (int f = 0; f < d; f++) {
                        next[j][f] = x.get(far, f);
                    }
                }
            }
            c = next;
            int changed = 0;
            for (int i = 0; i < n; i++) {
                int l = nearest(x, i, c);
                if (l != labels[i]) {
                    labels[i] = l;
                    changed++;
                }
            }
            if (changed == 0) {
                break;
            }
        }
        return new Outcome(labels, inertia(x, labels, c), it, c);
    }
}
