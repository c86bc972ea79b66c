package org.segmentstudio.engine;

/** How the first centroids are chosen. */
public enum Seeding {
    /** Greedy k-means++: 2 + ln k candidates per step, the one that lowers inertia most wins. */
    KMEANS_PLUS_PLUS,
    /** k distinct points drawn at random. */
    RANDOM,
    /** The centroids given in {@link KMeansParams#initialCentroids()}. */
    GIVEN
}
