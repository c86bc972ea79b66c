package org.segmentstudio.app;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.concurrent.Task;
import org.segmentstudio.engine.CancelledException;
import org.segmentstudio.engine.IterationSnapshot;
import org.segmentstudio.engine.KMeans;
import org.segmentstudio.engine.KMeansListener;
import org.segmentstudio.engine.KMeansParams;
import org.segmentstudio.engine.KMeansResult;
import org.segmentstudio.segments.FeatureMatrix;

/**
 * Runs k-means off the FX thread. Each iteration's snapshot reaches the FX thread through a
 * {@link FxDispatcher}, batched, so a fast engine cannot flood the event queue.
 */
public final class ClusteringService extends BackgroundService<KMeansResult> {
    private final Supplier<KMeansListener> listeners;
    private final Runnable flush;
    private FeatureMatrix features;
    private KMeansParams params;

    /** @param onSnapshots receives every iteration, in order, on the FX thread */
    public ClusteringService(Consumer<List<IterationSnapshot>> onSnapshots) {
        FxDispatcher<IterationSnapshot> dispatcher = new FxDispatcher<>(onSnapshots);
        this.listeners = () -> dispatcher::offer;
        this.flush = dispatcher::drain;
    }

    private ClusteringService(Supplier<KMeansListener> listeners, Runnable flush) {
        this.listeners = listeners;
        this.flush = flush;
    }

    /**
     * A service whose snapshots are packed on the engine's thread before they reach the FX thread:
     * a view can keep a compact record of a million-customer run without the FX thread ever
     * copying its labels.
     *
     * @param packers  called on the FX thread as each run starts, for that run's packer; the packer
     *                 then sees every snapshot of the run, in order, on the engine's thread, and
     *                 must not keep the snapshot's labels array (it is the engine's own)
     * @param onFrames receives the packed frames, in order, on the FX thread
     */
    public static <F> ClusteringService packing(Supplier<? extends Function<IterationSnapshot, F>> packers,
                                                Consumer<List<F>> onFrames) {
        FxDispatcher<F> dispatcher = new FxDispatcher<>(onFrames);
        return new ClusteringService(() -> {
            Function<IterationSnapshot, F> packer = packers.get();
            return new KMeansListener() {
                @Override
                public void onIteration(IterationSnapshot s) {
                    dispatcher.offer(packer.apply(s));
                }

                /** The packer reads the labels there and then; only its packed frame travels on. */
                @Override
                public boolean readsLabelsInPlace() {
                    return true;
                }
            };
        }, dispatcher::drain);
    }

    /** Sets what the next {@link #restart()} clusters. FX thread only. */
    public void configure(FeatureMatrix features, KMeansParams params) {
        this.features = features;
        this.params = params;
    }

    /** Hands over the snapshots still queued; call on the FX thread before reading the result. */
    public void flushSnapshots() {
        flush.run();
    }

    @Override
    protected Task<KMeansResult> createTask() {
        FeatureMatrix f = features;
        KMeansParams p = params;
        KMeansListener listener = listeners.get();
        return new Task<>() {
            @Override
            protected KMeansResult call() {
                try {
                    return KMeans.fit(f.matrix(), p, listener, this::isCancelled);
                } catch (CancelledException e) {
                    return null;
                }
            }
        };
    }
}
