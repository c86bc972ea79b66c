package org.segmentstudio.engine;

/**
 * One iteration of a run, frozen: the arrays are copies that nobody mutates afterwards, so the
 * snapshot can be handed to another thread. (Except the labels given to a listener that
 * {@linkplain KMeansListener#readsLabelsInPlace() reads them in place}: those are the engine's own
 * and valid only during the call.)
 *
 * @param restart    0-based restart this iteration belongs to
 * @param iteration  1-based iteration within the restart; 0 is the seeding
 * @param centroids  k rows in the data's own units
 * @param labels     0-based segment of each point
 * @param inertia    sum of squared distances to the assigned centroid, in the clustered (scaled) space;
 *                   {@code NaN} before the last iteration for a listener that does not
 *                   {@linkplain KMeansListener#readsInertia() read it}
 * @param changed    how many points changed segment in this iteration
 * @param converged  whether the run stopped here because it converged
 */
public record IterationSnapshot(int restart, int iteration, double[][] centroids, int[] labels, double inertia,
                                int changed, boolean converged) {

    public int k() {
        return centroids.length;
    }
}
