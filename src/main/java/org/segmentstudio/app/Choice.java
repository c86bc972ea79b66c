package org.segmentstudio.app;

import java.util.List;
import org.segmentstudio.engine.KMeansParams;
import org.segmentstudio.engine.Scaling;
import org.segmentstudio.segments.MissingPolicy;

/**
 * What the user chose to cluster, as the picker shows it: the features, K, the scaling and what to
 * do with missing values. {@code ready} is false while the picker shows something that cannot be
 * run (no feature ticked, a K out of range in the field); the session then runs nothing.
 */
public record Choice(List<String> features, int k, Scaling scaling, MissingPolicy missing, boolean ready) {
    public Choice {
        features = List.copyOf(features);
        if (scaling == null || missing == null) {
            throw new IllegalArgumentException("a choice needs a scaling and a missing-value policy");
        }
    }

    /** The parameters Run uses for this choice (k-means++, the default restarts). */
    public KMeansParams params() {
        return KMeansParams.defaults(k).withScaling(scaling);
    }
}
