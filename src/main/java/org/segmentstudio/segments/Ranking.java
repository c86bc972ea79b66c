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
 * @param reason  one sentence on why
 */
public record Ranking(ValueMeasure measure, List<Integer> order, List<Double> scores, int target, String reason) {

    public Ranking {
        order = List.copyOf(order);
        scores = List.copyOf(scores);
    }

    /** 1-based rank of a segment. */
    public int rankOf(int segment) {
        return order.indexOf(segment) + 1;
    }

    public boolean isTarget(int segment) {
        return segment == target;
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
        if (order.isEmpty() || profiles.get(order.get(0)).size() == 0) {
            return new Ranking(measure, order, scores, -1, "There are no customers to rank.");
        }
        int target = order.get(0);
        return new Ranking(measure, order, scores, target,
                reason(profiles.get(target), measure, profiles));
    }

    /** Says why, without the segment's name, which the user may change. */
    private static String reason(SegmentProfile p, ValueMeasure measure, List<SegmentProfile> all) {
        String who = p.size() + " customers (" + Formats.percent(p.share()) + " of all)";
        if (measure.isSize()) {
            return who + ", the largest segment, so a campaign here reaches the most customers.";
        }
        FeatureStat s = p.stat(measure.column()).orElseThrow();
        double total = 0;
        for (SegmentProfile q : all) {
            FeatureStat t = q.stat(measure.column()).orElseThrow();
            if (!Double.isNaN(t.mean())) {
                total += t.mean() * q.size();
            }
        }
        double mine = s.mean() * p.size();
        String shareOfValue = total > 0 ? ", who bring " + Formats.percent(mine / total) + " of all " + measure.word() : "";
        return who + shareOfValue + ", with " + measure.word() + " " + s.indexText()
                + " against the average: together the most " + measure.word() + " above average of any segment.";
    }
}
