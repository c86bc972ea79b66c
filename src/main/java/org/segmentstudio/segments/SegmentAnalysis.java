package org.segmentstudio.segments;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
            strategies.add(StrategyRules.suggest(p, profiles));
        }
        return new SegmentAnalysis(features, profiles, names, strategies, Ranking.rank(profiles, measure));
    }

    /** The same segments ranked by another measure. */
    public SegmentAnalysis rankedBy(ValueMeasure measure) {
        return new SegmentAnalysis(features, profiles, names, strategies, Ranking.rank(profiles, measure));
    }

    /** One entry per segment, in segment order, under the names built from the profiles. */
    public List<SegmentEntry> entries() {
        return entries(initialNames());
    }

    /** The names built from the profiles, one per segment, before the user renames any. */
    public List<String> initialNames() {
        return names.stream().map(SegmentName::initial).toList();
    }

    /** One entry per segment, in segment order, under the given names. */
    public List<SegmentEntry> entries(List<String> segmentNames) {
        if (segmentNames.size() != profiles.size()) {
            throw new IllegalArgumentException("one name per segment is needed: " + segmentNames.size()
                    + " names for " + profiles.size() + " segments");
        }
        List<SegmentEntry> out = new ArrayList<>();
        for (SegmentProfile p : profiles) {
            int s = p.segment();
            Map<String, String> levels = new LinkedHashMap<>();
            for (FeatureStat f : p.features()) {
                levels.put(f.column(), f.level().name().toLowerCase(Locale.ROOT));
            }
            out.add(new SegmentEntry(s + 1, segmentNames.get(s), p.size(), p.share(), ranking.isTarget(s),
                    s == winBack(), s == winBack() ? RfmGroup.winBackReason(p) : ranking.reasons().get(s), levels, strategies.get(s).stream().map(Strategy::action).toList()));
        }
        return List.copyOf(out);
    }

    /** The at-risk segment to win back first (customers built from purchases), or -1. */
    public int winBack() {
        return RfmGroup.winBackFirst(profiles);
    }

    public int k() {
        return profiles.size();
    }
}
