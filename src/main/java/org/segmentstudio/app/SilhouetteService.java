package org.segmentstudio.app;

import javafx.concurrent.Service;
import javafx.concurrent.Task;
import org.segmentstudio.engine.KMeansResult;
import org.segmentstudio.engine.Matrix;
import org.segmentstudio.engine.Scaling;
import org.segmentstudio.engine.metrics.Silhouette;

/**
 * Each customer's silhouette width for the current result, off the FX thread (it compares every
 * pair of customers, on a seeded sample of {@value Silhouette#EXACT_LIMIT} above that).
 */
public final class SilhouetteService extends Service<Silhouette.Widths> {
    private Matrix data;
    private KMeansResult result;
    private Scaling scaling;
    private long seed;

    public SilhouetteService() {
        setExecutor(Background.executor());
    }

    /** @param data the clustered customers in the data's own units; {@code scaling} is applied as the run did */
    public void configure(Matrix data, KMeansResult result, Scaling scaling, long seed) {
        this.data = data;
        this.result = result;
        this.scaling = scaling;
        this.seed = seed;
    }

    @Override
    protected Task<Silhouette.Widths> createTask() {
        Matrix x = data;
        KMeansResult r = result;
        Scaling s = scaling;
        long sd = seed;
        return new Task<>() {
            @Override
            protected Silhouette.Widths call() {
                Matrix clustered = s == Scaling.NONE ? x : s.fit(x).transform(x);
                return Silhouette.widths(clustered, r.labels(), r.k(), sd);
            }
        };
    }
}
