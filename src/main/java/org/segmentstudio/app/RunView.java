package org.segmentstudio.app;

import java.util.List;
import java.util.function.Function;
import org.segmentstudio.engine.IterationSnapshot;
import org.segmentstudio.engine.KMeansParams;
import org.segmentstudio.engine.KMeansResult;
import org.segmentstudio.segments.FeatureMatrix;

/**
 * The view that watches a run as it goes (the scatter). The session tells it what to show and
 * when; the view never starts anything. Everything is called on the FX thread except what is said.
 *
 * @param <P> what the view prepares from a feature matrix off the FX thread (the scatter's points)
 * @param <F> what each iteration is packed into on the engine's thread (the scatter's frames)
 */
public interface RunView<P, F> {
    /**
     * How this view prepares customers for display, capturing what it shows now (its axes); the
     * function runs on a background thread and must read no control.
     */
    Function<FeatureMatrix, P> preparer();

    /** Shows these customers, forgetting any recorded run. */
    void show(FeatureMatrix features, P prepared);

    /** Forgets the recorded run; the customers stay drawn. */
    void clear();

    /** The starting centroids the user placed for {@code k} segments, in the data's units, or null. */
    double[][] placedStarts(int k);

    /**
     * A run is about to start with these parameters: record it from its first frame.
     *
     * @return the packer for this run; it sees every snapshot, in order, on the engine's thread, and
     *         must not keep the snapshot's labels array
     */
    Function<IterationSnapshot, F> begin(KMeansParams params);

    /** Frames of the run in progress, in order. */
    void frames(List<F> batch);

    /** The run ended; {@code result} is null when it was stopped. */
    void finish(KMeansResult result);
}
