package org.segmentstudio.segments;

import java.util.List;

/**
 * One segment as the command line reports it.
 *
 * @param segment    1-based, as in the labeled export
 * @param name       the segment's name
 * @param size       customers
 * @param share      size over all segmented customers, 0 to 1
 * @param target     true for the segment to start marketing with
 * @param reason     its place in the ranking, in one sentence
 * @param strategies the suggested actions
 */
public record SegmentEntry(int segment, String name, int size, double share, boolean target, String reason,
                           List<String> strategies) {

    public SegmentEntry {
        strategies = List.copyOf(strategies);
    }
}
