package org.segmentstudio.cli;

import java.util.List;

/** What {@code suggest-k} prints. */
record SuggestKReport(int recommended, String reason, List<Score> scores, Integer elbow, int silhouetteRows,
                      boolean silhouetteSampled) {

    /** One K's scores, in the clustered space; a measure that does not exist is null. */
    record Score(int k, double inertia, Double silhouette, Double calinskiHarabasz, Double daviesBouldin) {
    }
}
