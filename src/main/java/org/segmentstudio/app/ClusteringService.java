package org.segmentstudio.app;

import java.util.List;
import java.util.function.Consumer;
import javafx.concurrent.Service;
import javafx.concurrent.Task;
import org.segmentstudio.engine.CancelledException;
import org.segmentstudio.engine.IterationSnapshot;
import org.segmentstudio.engine.KMeans;
import org.segmentstudio.engine.KMeansParams;
import org.segmentstudio.engine.KMeansResult;
import org.segmentstudio.segments.FeatureMatrix;

/**
 * Runs k-means off the FX thread. Each iteration's snapshot reaches the FX thread through a
 * {@link FxDispatcher}, batched, so a fast engine cannot flood the event queue.
 */
public final class ClusteringService extends Service<KMeansResult> {
    private final FxDispatcher<IterationSnapshot> dispatcher;
    private FeatureMatrix features;
    private KMeansParams params;

    /** @param onSnapshots receives every iteration, in order, on the FX thread */
    public ClusteringService(Consumer<List<IterationSnapshot>> onSnapshots) {
        this.dispatcher = new FxDispatcher<>(onSnapshots);
        setExecutor(Background.executor());
    }

    /** Sets what the next {@link #restart()} clusters. FX thread only. */
    public void configure(FeatureMatrix features, KMeansParams params) {
        this.features = features;
        this.params = params;
    }

    /** Hands over the snapshots still queued; call on the FX thread before reading the result. */
    public void flushSnapshots() {
        dispatcher.drain();
    }

    @Override
    protected Task<KMeansResult> createTask() {
        FeatureMatrix f = features;
        KMeansParams p = params;
        return new Task<>() {
            @Override
            protected KMeansResult call() {
                try {
                    return KMeans.fit(f.matrix(), p, dispatcher::offer, this::isCancelled);
                } catch (CancelledException e) {
                    return null;
                }
            }
        };
    }
}
