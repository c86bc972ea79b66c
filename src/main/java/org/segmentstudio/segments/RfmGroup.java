package org.segmentstudio.segments;

import java.util.Locale;
import java.util.Optional;

/**
 * The classic RFM groups of customers built from purchases, decided by the segment's levels of
 * Recency (days since the last purchase: low is recent), Frequency and Monetary against everyone.
 */
public enum RfmGroup {
    CHAMPIONS("Champions", "bought recently, buy often and spend the most"),
    AT_RISK("At risk", "were frequent or big spenders, but have not bought for a long time"),
    HIBERNATING("Hibernating or lost", "bought little, and long ago"),
    NEW("New or promising", "bought recently, but only once or twice so far"),
    LOYAL("Loyal", "buy often or spend well, and are still coming"),
    NEEDS_ATTENTION("Needs attention", "are about average: neither recent nor lapsed, frequent nor rare");

    private final String title;
    private final String meaning;

    RfmGroup(String title, String meaning) {
        this.title = title;
        this.meaning = meaning;
    }

    public String title() {
        return title;
    }

    /** What the group's customers do, as a phrase after "they". */
    public String meaning() {
        return meaning;
    }

    /** Whether a column is the days since the last purchase ("Recency (days)"). */
    static boolean isRecency(FeatureStat f) {
        return f.word().startsWith("recency");
    }

    static boolean isFrequency(FeatureStat f) {
        return f.word().startsWith("frequency");
    }

    static boolean isMonetary(FeatureStat f) {
        return f.word().toLowerCase(Locale.ROOT).startsWith("monetary");
    }

    /** The group of a segment clustered on Recency and Frequency or Monetary; empty otherwise. */
    public static Optional<RfmGroup> of(SegmentProfile p) {
        FeatureStat r = null;
        FeatureStat f = null;
        FeatureStat m = null;
        for (FeatureStat s : p.features()) {
            if (isRecency(s)) {
                r = s;
            } else if (isFrequency(s)) {
                f = s;
            } else if (isMonetary(s)) {
                m = s;
            }
        }
        if (r == null || f == null && m == null) {
            return Optional.empty();
        }
        boolean recent = r.level() == Level.LOW;
        boolean lapsed = r.level() == Level.HIGH;
        boolean frequent = f != null && f.level() == Level.HIGH;
        boolean rare = f != null && f.level() == Level.LOW;
        boolean big = m != null && m.level() == Level.HIGH;
        boolean small = m != null && m.level() == Level.LOW;
        if (recent && (frequent || f == null) && (big || m == null)) {
            return Optional.of(CHAMPIONS);
        }
        if (lapsed && (frequent || big)) {
            return Optional.of(AT_RISK);
        }
        if (lapsed) {
            return Optional.of(HIBERNATING);
        }
        if (recent && (rare || small)) {
            return Optional.of(NEW);
        }
        if (frequent || big) {
            return Optional.of(LOYAL);
        }
        return Optional.of(NEEDS_ATTENTION);
    }
}
