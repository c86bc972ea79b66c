package org.segmentstudio.app;

import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import org.segmentstudio.engine.KMeansParams;
import org.segmentstudio.segments.FeatureMatrix;
import org.segmentstudio.segments.report.KChartData;

/**
 * What "Suggest K" runs: k-means for every K in a range, scored, with a recommended K and its reason.
 * The engine's K advisor does the work; this is the shape the app needs from it.
 */
@FunctionalInterface
public interface KSearch {
    /**
     * @param base      the user's parameters; only K varies
     * @param kDone     told each K as it finishes, from the worker thread
     * @param cancelled checked between and within runs; thread-safe
     * @throws org.segmentstudio.engine.CancelledException when cancelled
     */
    KChartData run(FeatureMatrix features, KMeansParams base, int kMin, int kMax, IntConsumer kDone,
                   BooleanSupplier cancelled);
}
