package org.segmentstudio.engine;

/**
 * How the assignment step finds each customer's nearest centroid. Both give the same labels,
 * centroids and inertia from the same start; they differ only in speed.
 */
public enum Algorithm {
    /** Plain Lloyd: every customer is compared with every centroid, every iteration. */
    LLOYD,
    /**
     * Hamerly's bounds: a customer is compared with all centroids only when the distance to its own
     * centroid may exceed a lower bound on the distance to any other one.
     */
    HAMERLY
}
