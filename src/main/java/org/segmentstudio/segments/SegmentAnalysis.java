package org.segmentstudio.segments;

import java.util.ArrayList;
import java.util.List;
import org.segmentstudio.data.Dataset;

/**
 * Everything the manager is told about a result: per segment its profile, names and strategies,
 * and the value ranking with the segment to start with. Lists are indexed by 0-based segment.
 */
public record SegmentAnalysis(List<String> features, List<SegmentProfile> profiles, List<SegmentName> names,
                              List<List<Strategy>> strategies, Ranking ranking) {

    public SegmentAnalysis {
        features = List.copyOf(features);
        profiles = List.copyOf(profiles);
        names = List.copyOf(names);
        strategies = strategies.stream().map(List::copyOf).toList();
    }

    /** Analyses a result, ranked by the default measure (spending × size when there is spending). */
    public static SegmentAnalysis of(Dataset data, FeatureMatrix features, int[] labels, int k) {
        List<SegmentProfile> profiles = Profiler.profile(data, features, labels, k);
        return of(features.features(), profiles, ValueMeasure.defaultFor(profiles));
    }

    public static SegmentAnalysis of(List<String> features, List<SegmentProfile> profiles, ValueMeasure measure) {
        List<SegmentName> names = SegmentNamer.name(profiles);
        List<List<Strategy>> strategies = new ArrayList<>();
        for (SegmentProfile p : profiles) {
            strategies.add(StrategyRules.suggest(p));
        }
        return new SegmentAnalysis(features, profiles, names, strategies, Ranking.rank(profiles, measure));
    }

    /** The same segments ranked by another measure. */
    public SegmentAnalysis rankedBy(ValueMeasure measure) {
        return new SegmentAnalysis(features, profiles, names, strategies, Ranking.rank(profiles, measure));
    }

    public int k() {
        return profiles.size();
    }
}
