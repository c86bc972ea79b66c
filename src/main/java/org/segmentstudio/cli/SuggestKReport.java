package org.segmentstudio.cli;

import java.util.List;

/**
 * What {@code suggest-k} prints. {@code searchedRows}: the customers the K search ran on, when a
 * seeded sample of a big file (null when it ran on everyone); the scores are then the sample's.
 */
record SuggestKReport(int recommended, String reason, List<Score> scores, Integer elbow, int silhouetteRows,
                      boolean silhouetteSampled, Integer searchedRows) {

    /** One K's scores, in the clustered space; a measure that does not exist is null. */
    record Score(int k, double inertia, Double silhouette, Double calinskiHarabasz, Double daviesBouldin) {
    }
}
