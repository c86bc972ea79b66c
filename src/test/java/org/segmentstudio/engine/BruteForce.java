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
}
