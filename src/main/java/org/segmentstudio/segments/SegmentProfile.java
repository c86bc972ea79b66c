package org.segmentstudio.segments;

import java.util.List;
import java.util.Optional;

/**
 * What one segment's customers are like, against everyone segmented.
 *
 * @param segment 0-based segment (the engine's label)
 * @param size    customers in the segment
 * @param share   size over all segmented customers
 * @param stats   every numeric column: the features first, in feature order, then the other measures
 * @param mixes   every categorical column, whether or not it was a feature
 */
public record SegmentProfile(int segment, int size, double share, List<FeatureStat> stats, List<CategoryMix> mixes) {

    public SegmentProfile {
        stats = List.copyOf(stats);
        mixes = List.copyOf(mixes);
    }

    /** The stats of the clustered features, in feature order. */
    public List<FeatureStat> features() {
        return stats.stream().filter(FeatureStat::clustered).toList();
    }

    public Optional<FeatureStat> stat(String column) {
        return stats.stream().filter(s -> s.column().equals(column)).findFirst();
    }

    /** The level of the first column with this role, features before other measures. */
    public Optional<Level> level(FeatureRole role) {
        return stats.stream().filter(s -> s.role() == role && !Double.isNaN(s.mean())).findFirst()
                .map(FeatureStat::level);
    }
}
