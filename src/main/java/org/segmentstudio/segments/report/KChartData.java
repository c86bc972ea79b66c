package org.segmentstudio.segments.report;

import java.util.List;
import org.segmentstudio.engine.metrics.KAdvice;
import org.segmentstudio.engine.metrics.KScore;

/**
 * The scores of a K search, for the elbow and silhouette charts.
 *
 * @param ks          the K values tried, ascending
 * @param inertia     inertia at each K
 * @param silhouette  mean silhouette at each K (NaN where undefined)
 * @param recommended the recommended K
 * @param reason      one line on why, starting with the K ("K = 5: …")
 */
public record KChartData(List<Integer> ks, List<Double> inertia, List<Double> silhouette, int recommended,
                         String reason) {

    public KChartData {
        ks = List.copyOf(ks);
        inertia = List.copyOf(inertia);
        silhouette = List.copyOf(silhouette);
        if (ks.size() != inertia.size() || ks.size() != silhouette.size() || ks.isEmpty()) {
            throw new IllegalArgumentException("one inertia and one silhouette per K are needed");
        }
    }

    /** The charts' view of the engine's K advice. */
    public static KChartData of(KAdvice advice) {
        return new KChartData(advice.scores().stream().map(KScore::k).toList(),
                advice.scores().stream().map(KScore::inertia).toList(),
                advice.scores().stream().map(KScore::silhouette).toList(), advice.recommended(), advice.reason());
    }
}
