package org.segmentstudio.ui.scatter;

/**
 * One recorded iteration of a run, kept compact for the screen: centroids in full, and the
 * segments of the displayed sample of customers (at most {@link PointCloud#MAX_POINTS}) as one
 * byte each, stored whole only now and then ({@code keyLabels}) and otherwise as the points that
 * changed. A million-customer run of 300 iterations thus costs a few megabytes, not gigabytes.
 * Immutable once built: nobody writes into the arrays.
 *
 * @param run           which run this belongs to; frames of an abandoned run are ignored
 * @param restart       0-based restart of the run
 * @param iteration     0 for the seeding, then 1, 2, …
 * @param centroids     k rows in the data's own units
 * @param inertia       sum of squared distances to the assigned centroid, in the clustered space
 * @param changed       how many customers (of all, not only the sample) changed segment
 * @param converged     whether the run stopped here because it converged
 * @param keyLabels     every sample point's segment, or null when only the changes are stored
 * @param changedPoints sample indices that changed segment in this iteration, ascending
 * @param before        their segment before this iteration
 * @param after         their segment after it
 */
public record ScatterFrame(long run, int restart, int iteration, double[][] centroids, double inertia, int changed,
                           boolean converged, byte[] keyLabels, int[] changedPoints, byte[] before, byte[] after) {

    public int k() {
        return centroids.length;
    }

    public boolean isKey() {
        return keyLabels != null;
    }

    /** A segment number stored as a byte: segments go up to 255. */
    static int segment(byte b) {
        return b & 0xFF;
    }
}
