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
 */
public record KMeansResult(double[][] centroids, int[] labels, double inertia, int iterations, boolean converged,
                           int bestRestart, List<String> warnings) {

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
