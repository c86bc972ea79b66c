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

    /** A segment with fewer than this share of the customers is named for being few and far. */
    public static final double FEW = 0.02;

    /**
     * One name per profile, in the same order. Segments that would share a name are told apart by
     * the feature whose mean differs most between them ("… · more age", "… · less age"); only if
     * that is not enough does a number follow.
     */
    public static List<SegmentName> name(List<SegmentProfile> profiles) {
        List<String> bases = new ArrayList<>(profiles.size());
        for (SegmentProfile p : profiles) {
            bases.add(isFew(p) ? p.size() + (p.size() == 1 ? " customer far from the rest" : " customers far from the rest")
                    : describe(p));
        }
        List<String> told = tellApart(profiles, bases);
        List<SegmentName> names = new ArrayList<>(profiles.size());
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < profiles.size(); i++) {
            String base = told.get(i);
            int n = seen.merge(base, 1, Integer::sum);
            names.add(new SegmentName(n == 1 ? base : base + " (" + n + ")", Persona.of(profiles.get(i))));
        }
        return List.copyOf(names);
    }

    /** Whether a segment holds so few customers that they may be outliers rather than a group. */
    public static boolean isFew(SegmentProfile p) {
        return p.size() > 0 && p.share() < FEW;
    }

    private static List<String> tellApart(List<SegmentProfile> profiles, List<String> bases) {
        List<String> out = new ArrayList<>(bases);
        Map<String, List<Integer>> groups = new HashMap<>();
        for (int i = 0; i < bases.size(); i++) {
            groups.computeIfAbsent(bases.get(i), b -> new ArrayList<>()).add(i);
        }
        for (List<Integer> group : groups.values()) {
            if (group.size() < 2 || profiles.get(group.get(0)).features().isEmpty()) {
                continue;
            }
            // The feature whose means lie furthest apart across the group, for its spread in the population.
            int features = profiles.get(group.get(0)).features().size();
            int best = -1;
            double widest = 0;
            for (int j = 0; j < features; j++) {
                double lo = Double.POSITIVE_INFINITY;
                double hi = Double.NEGATIVE_INFINITY;
                for (int i : group) {
                    double m = profiles.get(i).features().get(j).mean();
                    lo = Math.min(lo, m);
                    hi = Math.max(hi, m);
                }
                FeatureStat any = profiles.get(group.get(0)).features().get(j);
                double scale = Math.abs(any.populationMean()) > 0 ? Math.abs(any.populationMean()) : 1;
                double gap = (hi - lo) / scale;
                if (gap > widest) {
                    widest = gap;
                    best = j;
                }
            }
            if (best < 0) {
                continue;
            }
            int j = best;
            List<Integer> byMean = new ArrayList<>(group);
            byMean.sort(Comparator.comparingDouble(i -> profiles.get(i).features().get(j).mean()));
            FeatureStat told = profiles.get(group.get(0)).features().get(j);
            for (int r = 0; r < byMean.size(); r++) {
                String degree = r == byMean.size() - 1 ? "more" : r == 0 ? "less" : "mid";
                String base = bases.get(byMean.get(r));
                out.set(byMean.get(r), base + " \u00b7 " + apartWord(told, degree, base));
            }
        }
        return out;
    }

    /**
     * "· more frequent", "· higher spend", "· bigger orders"; else "· more income", or "· the higher
     * income of them" where the name already says the income's level. Comparisons among
     * the segments that share a name ({@code base}), never a level: "bigger spenders" on a segment
     * that spends 55 % less than everyone read as the Champions' "big spenders" (seen on the CDNOW
     * customers).
     */
    private static String apartWord(FeatureStat told, String degree, String base) {
        String word = told.word();
        boolean more = degree.equals("more");
        boolean less = degree.equals("less");
        if (RfmGroup.isRecency(told)) {
            // Fewer days since the last purchase is more recent: "· more recent", never "· less recency".
            return less ? "more recent" : more ? "less recent" : "mid recency";
        }
        if (word.equals("age") && (base.contains("Younger") || base.contains("Older"))) {
            // Among namesakes that are all younger, "Younger · Low income · older" read as a contradiction.
            return more ? "the older of them" : less ? "the younger of them" : "mid age";
        }
        if (word.startsWith("frequency")) {
            return more ? "more frequent" : less ? "less frequent" : "mid frequency";
        }
        if (word.startsWith("monetary")) {
            return more ? "higher spend" : less ? "lower spend" : "mid spend";
        }
        if (word.equals("order")) {
            return more ? "bigger orders" : less ? "smaller orders" : "mid orders";
        }
        if (word.equals("age")) {
            return more ? "older" : less ? "younger" : "mid age";
        }
        if (java.util.Arrays.stream(base.split(" \u00b7 "))
                .anyMatch(part -> part.toLowerCase(java.util.Locale.ROOT).endsWith(" " + word))) {
            // "High income · High spending · less income" beside income +30 % (seen in the real window).
            return (more ? "the higher " : less ? "the lower " : "the middle ") + word + " of them";
        }
        return degree + " " + word;
    }

    /**
     * "High income · Low spending": every feature, or, when there are many, the ones furthest from the
     * average that are not mid.
     */
    static String describe(SegmentProfile p) {
        java.util.Optional<RfmGroup> rfm = RfmGroup.of(p);
        if (rfm.isPresent()) {
            return rfm.get().title();
        }
        List<FeatureStat> features = new ArrayList<>(p.features());
        if (features.size() > MAX_WORDS && p.mixes().stream().noneMatch(CategoryMix::clustered)) {
            for (Level l : List.of(Level.LOW, Level.HIGH)) {
                if (features.stream().allMatch(f -> f.level() == l)) {
                    return l.word() + " on every feature";
                }
            }
        }
        if (features.size() > MAX_WORDS) {
            List<FeatureStat> byDistance = new ArrayList<>(features);
            byDistance.sort(Comparator.comparingDouble(SegmentNamer::distance).reversed());
            List<FeatureStat> top = new ArrayList<>(byDistance.subList(0, MAX_WORDS));
            // Among many features, "Mid" says nothing: the name keeps the ones that stand out.
            if (top.get(0).level() != Level.MID) {
                top.removeIf(f -> f.level() == Level.MID);
            }
            features.removeIf(f -> !top.contains(f));
        }
        List<String> parts = new ArrayList<>();
        for (FeatureStat f : features) {
            parts.add(phrase(f));
        }
        for (CategoryMix m : p.mixes()) {
            if (m.clustered() && p.size() > 0 && m.top().share() >= MOSTLY) {
                // "Mostly Female" beside "Gender: 100 % Female" (seen in the real window) undersold it.
                parts.add((m.top().share() >= 1 ? "All " : "Mostly ") + categoryLabel(m));
            }
        }
        return parts.isEmpty() ? "Mixed" : String.join(" \u00b7 ", parts);
    }

    /**
     * A category as a name says it: "Female"; a code such as Channel's 2 or a store number with its
     * column's name, "Channel 2" ("All 2" told nobody what was meant; real-window walk).
     */
    static String categoryLabel(CategoryMix m) {
        String label = m.top().label();
        return label.codePoints().anyMatch(Character::isLetter) ? label : m.column() + " " + label;
    }

    /**
     * "High income"; for the days since the last purchase, "Recent" or "Lapsed", never "Low
     * recency", which a reader takes the wrong way round.
     */
    static String phrase(FeatureStat f) {
        if (RfmGroup.isRecency(f) && f.level() != Level.MID) {
            return f.level() == Level.LOW ? "Recent" : "Lapsed";
        }
        if (f.word().equals("age") && f.level() != Level.MID) {
            return f.level() == Level.LOW ? "Younger" : "Older"; // people, not a "Low age"
        }
        return f.level().word() + " " + f.word();
    }

    /** How far a feature stands out: a level away from MID first, then the size of the index. */
    private static double distance(FeatureStat f) {
        double index = Double.isNaN(f.index()) ? 0 : Math.abs(f.index());
        return (f.level() == Level.MID ? 0 : 10) + Math.min(index, 9.99);
    }
}
