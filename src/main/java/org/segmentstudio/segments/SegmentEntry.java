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
 */
public record SegmentEntry(int segment, String name, int size, double share, boolean target, boolean winBack,
                           String reason,
                           Map<String, String> levels, List<String> strategies) {

    public SegmentEntry {
        levels = Collections.unmodifiableMap(new LinkedHashMap<>(levels));
        strategies = List.copyOf(strategies);
    }
}
