package org.segmentstudio.segments;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One segment as the command line reports it.
 *
 * @param segment    1-based, as in the labeled export
 * @param name       the segment's name
 * @param size       customers
 * @param share      size over all segmented customers, 0 to 1
 * @param target     true for the segment to start marketing with
 * @param winBack    true for the at-risk segment of customers built from purchases to win back first
 * @param reason     its place in the ranking, in one sentence
 * @param levels     every numeric feature's level in this segment ("low", "mid", "high"), in feature
 *                   order: the judgement its name is built from
 * @param strategies the suggested actions
 * @param stability  how well the segment comes back when the clustering is refit with other seeds
 *                   (mean best Jaccard match, 0 to 1); null when not assessed
 * @param borderline its customers who land with other neighbours in refits; null when not assessed
 */
public record SegmentEntry(int segment, String name, int size, double share, boolean target, boolean winBack,
                           String reason,
                           Map<String, String> levels, List<String> strategies, Double stability, Integer borderline) {

    public SegmentEntry(int segment, String name, int size, double share, boolean target, boolean winBack, String reason,
                        Map<String, String> levels, List<String> strategies) {
        this(segment, name, size, share, target, winBack, reason, levels, strategies, null, null);
    }

    /** The same entry with its stability assessed. */
    public SegmentEntry withStability(double match, int borderlineCustomers) {
        return new SegmentEntry(segment, name, size, share, target, winBack, reason, levels, strategies, match,
                borderlineCustomers);
    }

    public SegmentEntry {
        levels = Collections.unmodifiableMap(new LinkedHashMap<>(levels));
        strategies = List.copyOf(strategies);
    }
}
