package org.segmentstudio.segments;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Names segments from their profiles, using the population's tertiles of each feature. */
public final class SegmentNamer {
    /** More features than this and a name lists only the ones that stand out most. */
    static final int MAX_WORDS = 3;
    /** A categorical feature enters the name when one value has at least this share of the segment. */
    static final double MOSTLY = 2.0 / 3;

    private SegmentNamer() {
    }

    /** One name per profile, in the same order; equal names get " (2)", " (3)" so each stays distinct. */
    public static List<SegmentName> name(List<SegmentProfile> profiles) {
        List<SegmentName> names = new ArrayList<>(profiles.size());
        Map<String, Integer> seen = new HashMap<>();
        for (SegmentProfile p : profiles) {
            String base = describe(p);
            int n = seen.merge(base, 1, Integer::sum);
            names.add(new SegmentName(n == 1 ? base : base + " (" + n + ")", Persona.of(p)));
        }
        return List.copyOf(names);
    }

    /** "High income · Low spending": every feature, or the ones furthest from the average when there are many. */
    static String describe(SegmentProfile p) {
        List<FeatureStat> features = new ArrayList<>(p.features());
        if (features.size() > MAX_WORDS) {
            List<FeatureStat> byDistance = new ArrayList<>(features);
            byDistance.sort(Comparator.comparingDouble(SegmentNamer::distance).reversed());
            List<FeatureStat> top = byDistance.subList(0, MAX_WORDS);
            features.removeIf(f -> !top.contains(f));
        }
        List<String> parts = new ArrayList<>();
        for (FeatureStat f : features) {
            parts.add(f.level().word() + " " + f.word());
        }
        for (CategoryMix m : p.mixes()) {
            if (m.clustered() && p.size() > 0 && m.top().share() >= MOSTLY) {
                parts.add("Mostly " + m.top().label());
            }
        }
        return parts.isEmpty() ? "Mixed" : String.join(" \u00b7 ", parts);
    }

    /** How far a feature stands out: a level away from MID first, then the size of the index. */
    private static double distance(FeatureStat f) {
        double index = Double.isNaN(f.index()) ? 0 : Math.abs(f.index());
        return (f.level() == Level.MID ? 0 : 10) + Math.min(index, 9.99);
    }
}
