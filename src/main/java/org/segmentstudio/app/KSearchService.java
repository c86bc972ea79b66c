package org.segmentstudio.app;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javafx.concurrent.Task;
import org.segmentstudio.engine.CancelledException;
import org.segmentstudio.engine.KMeansParams;
import org.segmentstudio.segments.FeatureMatrix;
import org.segmentstudio.segments.report.KChartData;

/** Runs a {@link KSearch} off the FX thread, with progress in K values done, and Cancel. */
public final class KSearchService extends BackgroundService<KChartData> {
    private final KSearch search;
    private Supplier<FeatureMatrix> features;
    private KMeansParams base;
    private int kMin;
    private int kMax;

    public KSearchService(KSearch search) {
        this.search = search;
    }

    /**
     * Sets what the next {@link #restart()} searches. FX thread only.
     *
     * @param features read on the background thread, before the search (a million customers take a while)
     */
    public void configure(Supplier<FeatureMatrix> features, KMeansParams base, int kMin, int kMax) {
        if (kMin < 2 || kMax < kMin) {
            throw new IllegalArgumentException("The K range must start at 2 or more and not end before it starts ("
                    + kMin + " to " + kMax + ").");
        }
        this.features = features;
        this.base = base;
        this.kMin = kMin;
        this.kMax = kMax;
    }

    @Override
    protected Task<KChartData> createTask() {
        Supplier<FeatureMatrix> f = features;
        KMeansParams p = base;
        int lo = kMin;
        int hi = kMax;
        return new Task<>() {
            @Override
            protected KChartData call() {
                AtomicInteger done = new AtomicInteger();
                int total = hi - lo + 1;
                updateProgress(0, total);
                try {
                    return search.run(f.get(), p, lo, hi, k -> updateProgress(done.incrementAndGet(), total),
                            this::isCancelled);
                } catch (CancelledException e) {
                    return null;
                }
            }
        };
    }
}
