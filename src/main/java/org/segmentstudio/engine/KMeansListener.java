package org.segmentstudio.engine;

/** Hears each iteration of a k-means run, on the engine's thread. */
@FunctionalInterface
public interface KMeansListener {
    void onIteration(IterationSnapshot snapshot);

    KMeansListener NONE = s -> { };
}
