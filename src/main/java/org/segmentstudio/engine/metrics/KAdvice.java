package org.segmentstudio.engine.metrics;

import java.util.List;
import java.util.OptionalInt;

/**
 * What {@link KAdvisor} found: a score per K, the recommended K and why, in one line.
 *
 * @param scores            one per K, in increasing K
 * @param recommended       the K to use
 * @param reason            one plain sentence explaining the choice
 * @param elbow             the K at the knee of the inertia curve, if the curve has one
 * @param minSegmentShare   the smallest share of customers a recommended K may leave in a segment
 * @param silhouetteRows    customers each silhouette was computed on
 * @param silhouetteSampled whether those were a seeded random sample
 */
public record KAdvice(List<KScore> scores, int recommended, String reason, OptionalInt elbow,
                      double minSegmentShare, int silhouetteRows, boolean silhouetteSampled, int searchedRows) {
    public KAdvice {
        scores = List.copyOf(scores);
    }

    /** The same advice, said to be searched on a sample of {@code rows} customers, with its reason. */
    KAdvice searchedOn(int rows, String newReason) {
        return new KAdvice(scores, recommended, newReason, elbow, minSegmentShare, silhouetteRows, silhouetteSampled, rows);
    }

    /** The score of the recommended K. */
    public KScore recommendedScore() {
        return scores.stream().filter(s -> s.k() == recommended).findFirst().orElseThrow();
    }
}
