package org.segmentstudio.app;

import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import org.segmentstudio.engine.KMeansParams;
import org.segmentstudio.engine.metrics.KAdvisor;
import org.segmentstudio.segments.FeatureMatrix;
import org.segmentstudio.segments.report.KChartData;

/** Suggest K as the engine's {@link KAdvisor} does it: every K fitted and scored, one recommended. */
public final class KAdvisorSearch implements KSearch {
    @Override
    public KChartData run(FeatureMatrix features, KMeansParams base, int kMin, int kMax, IntConsumer kDone,
                          BooleanSupplier cancelled) {
        int upTo = Math.min(kMax, features.rowsUsed());
        return KChartData.of(KAdvisor.advise(features.matrix(), base, kMin, upTo,
                (score, done, total) -> kDone.accept(score.k()), cancelled));
    }
}
