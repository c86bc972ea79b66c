package org.segmentstudio.engine;

import java.util.List;

/**
 * The outcome of a k-means fit.
 *
 * @param centroids   k rows in the data's own units
 * @param labels      0-based segment of each point
 * @param inertia     sum of squared distances, in the clustered (scaled) space
 * @param iterations  iterations of the winning restart
 * @param converged   whether the winning restart converged before max iterations
 * @param bestRestart 0-based index of the winning restart
 * @param warnings    plain-language notes, such as a constant feature
 * @param clusteredCentroids the same centroids in the clustered (scaled) space, exactly as the last
 *                    assignment measured them: what a saved analysis keeps to label customers again
 */
public record KMeansResult(double[][] centroids, int[] labels, double inertia, int iterations, boolean converged,
                           int bestRestart, List<String> warnings, double[][] clusteredCentroids) {

    /** A result without its clustered centroids (tests and results made by hand). */
    public KMeansResult(double[][] centroids, int[] labels, double inertia, int iterations, boolean converged,
                        int bestRestart, List<String> warnings) {
        this(centroids, labels, inertia, iterations, converged, bestRestart, warnings, null);
    }

    public int k() {
        return centroids.length;
    }

    public int[] sizes() {
        int[] s = new int[centroids.length];
        for (int l : labels) {
            s[l]++;
        }
        return s;
    }
}
