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
        order.sort(Comparator.<Integer>comparingDouble(s -> -scores.get(s))
                .thenComparing(s -> -profiles.get(s).size())
                .thenComparing(s -> s));
        int target = order.isEmpty() || profiles.get(order.get(0)).size() == 0 ? -1 : order.get(0);
        List<String> reasons = new ArrayList<>();
        for (SegmentProfile p : profiles) {
            reasons.add(reason(p, order.indexOf(p.segment()) + 1, p.segment() == target, measure, profiles));
        }
        return new Ranking(measure, order, scores, target, reasons);
    }

    private static String reason(SegmentProfile p, int rank, boolean target, ValueMeasure measure,
                                 List<SegmentProfile> all) {
        if (p.size() == 0) {
            return "No customers.";
        }
        String place = target ? "" : "Rank " + rank + " of " + all.size() + " by " + measure.label() + ": ";
        String who = place + Formats.count(p.size()) + " customers (" + Formats.percent(p.share()) + " of all)";
        if (measure.isSize()) {
            return who + (target ? ", the largest segment, so a campaign here reaches the most customers." : ".");
        }
        FeatureStat s = p.stat(measure.column()).orElseThrow();
        double total = 0;
        for (SegmentProfile q : all) {
            FeatureStat t = q.stat(measure.column()).orElseThrow();
            if (!Double.isNaN(t.mean())) {
                total += t.mean() * q.size();
            }
        }
        String shareOfValue = total > 0
                ? ", who bring " + Formats.percent(s.mean() * p.size() / total) + " of all " + measure.word() : "";
        return who + shareOfValue + ", with " + measure.word() + " " + s.indexText() + " against the average"
                + (target ? ": together the most " + measure.word() + " above average of any segment." : ".");
    }
}
