package org.segmentstudio.segments;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Segments ordered by a {@link ValueMeasure}, best first, and the one to start marketing with.
 *
 * @param measure the measure used
 * @param order   0-based segments, best first
 * @param scores  each segment's score, indexed by segment
 * @param target  the segment to start with (the first of {@code order}), or -1 when there are no customers
 * @param reasons one sentence per segment on its place, indexed by segment; the target's says why to start there
 */
public record Ranking(ValueMeasure measure, List<Integer> order, List<Double> scores, int target,
                      List<String> reasons) {

    public Ranking {
        order = List.copyOf(order);
        scores = List.copyOf(scores);
        reasons = List.copyOf(reasons);
    }

    /** 1-based rank of a segment. */
    public int rankOf(int segment) {
        return order.indexOf(segment) + 1;
    }

    public boolean isTarget(int segment) {
        return segment == target;
    }

    /** Why to start with the target, without its name (which the user may change). */
    public String reason() {
        return target < 0 ? "There are no customers to rank." : reasons.get(target);
    }

    /** Ranks non-empty segments by the measure; ties go to the larger segment, then the lower label. */
    public static Ranking rank(List<SegmentProfile> profiles, ValueMeasure measure) {
        List<Double> scores = new ArrayList<>();
        for (SegmentProfile p : profiles) {
            scores.add(p.size() == 0 ? Double.NEGATIVE_INFINITY : measure.score(p));
        }
        List<Integer> order = new ArrayList<>();
        for (SegmentProfile p : profiles) {
            order.add(p.segment());
        }
        // Above everyone's average first, by how much they bring beyond it; then the segments below
        // average by the value they bring in all (a small group far below average is not "better" than a
        // big one a little below); a handful of outliers last, never the place to start.
        order.sort(Comparator.<Integer>comparingInt(s -> band(profiles.get(s), scores.get(s)))
                .thenComparingDouble(s -> scores.get(s) > 0 || measure.isSize() ? -scores.get(s)
                        : -brought(profiles.get(s), measure))
                .thenComparing(s -> -profiles.get(s).size())
                .thenComparing(s -> s));
        int target = order.isEmpty() || profiles.get(order.get(0)).size() == 0 ? -1 : order.get(0);
        List<String> reasons = new ArrayList<>();
        for (SegmentProfile p : profiles) {
            reasons.add(reason(p, order.indexOf(p.segment()) + 1, p.segment() == target, measure, profiles,
                    scores.get(p.segment())));
        }
        return new Ranking(measure, order, scores, target, reasons);
    }

    private static int band(SegmentProfile p, double score) {
        if (p.size() == 0) {
            return 3;
        }
        if (SegmentNamer.isFew(p)) {
            return 2;
        }
        return score > 0 ? 0 : 1;
    }

    /** What a segment brings in all: its mean of the measure × its customers. */
    private static double brought(SegmentProfile p, ValueMeasure measure) {
        double m = measure.mean(p);
        return Double.isNaN(m) ? Double.NEGATIVE_INFINITY : m * p.size();
    }

    /** "+20 %", as a feature's index reads. */
    private static String index(double mean, double population) {
        if (!(population > 0)) {
            return Formats.signed(mean - population);
        }
        long pct = Math.round((mean / population - 1) * 100);
        return (pct > 0 ? "+" : pct < 0 ? "\u2212" : "\u00b1") + Math.abs(pct) + " %";
    }

    private static String reason(SegmentProfile p, int rank, boolean target, ValueMeasure measure,
                                 List<SegmentProfile> all, double score) {
        if (p.size() == 0) {
            return "No customers.";
        }
        String place = target ? "" : "Rank " + rank + " of " + all.size() + " by " + measure.label() + ": ";
        String who = place + Formats.count(p.size()) + " customers (" + Formats.percent(p.share()) + " of all)";
        if (measure.isSize()) {
            return who + (target ? ", the largest group — only the biggest: nothing among the features measures"
                    + " what customers bring (no spending, income or amount), so it is not said to be the most"
                    + " valuable." : ".");
        }
        double mean = measure.mean(p);
        double total = 0;
        for (SegmentProfile q : all) {
            double m = measure.mean(q);
            if (!Double.isNaN(m)) {
                total += m * q.size();
            }
        }
        String what = measure.spokenWord(); // "50.6 % of all spend", not "of all monetary" (seen on CDNOW's cards)
        String shareOfValue = total > 0
                ? ", who bring " + Formats.percent(mean * p.size() / total) + " of all " + what : "";
        return who + shareOfValue + ", with " + what + " " + index(mean, measure.populationMean(p))
                + " against the average"
                + (!target ? "." : score > 0 ? ": together the most " + what + " above average of any segment."
                : ": the most " + what + " in all; the segments above average are only a handful of"
                        + " customers far from the rest.");
    }
}
