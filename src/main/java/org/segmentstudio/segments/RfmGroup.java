package org.segmentstudio.segments;

import java.util.List;
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
    NEW("New customers", "bought for the first time not long ago"),
    PROMISING("Promising", "bought recently, but not yet often or much"),
    LOYAL("Loyal", "buy often or spend well, and are still coming"),
    NEEDS_ATTENTION("About average", "are neither recent nor lapsed, frequent nor rare"),
    ABOUT_TO_SLEEP("About to sleep", "are drifting away: they last bought longer ago, or buy less, than most");

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

    /**
     * High, and at least a quarter above everyone's mean: on skewed spend a segment 6 % above the
     * average can sit above the upper tertile, and is no champion for it.
     */
    private static boolean clearlyHigh(FeatureStat s) {
        return s.level() == Level.HIGH && !(s.index() < CLEARLY);
    }

    /** How far above everyone's mean a frequency or a spend must be to count as high. */
    static final double CLEARLY = 0.25;

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
        boolean frequent = f != null && clearlyHigh(f);
        boolean big = m != null && clearlyHigh(m);
        if (recent && (frequent || f == null) && (big || m == null)) {
            return Optional.of(CHAMPIONS);
        }
        if (lapsed && (frequent || big)) {
            return Optional.of(AT_RISK);
        }
        if (lapsed) {
            return Optional.of(HIBERNATING);
        }
        if (frequent || big) {
            return Optional.of(LOYAL);
        }
        if (recent) {
            // New only when the shop has known them for less time than most; else they are promising.
            Optional<FeatureStat> tenure = p.stats().stream().filter(t -> t.word().startsWith("tenure")).findFirst();
            return Optional.of(tenure.isPresent() && tenure.get().level() == Level.LOW ? NEW : PROMISING);
        }
        // In the middle by the tertiles, which on skewed counts and spend hold groups far from the
        // average: "About average" only where the figures beside the name agree (CDNOW had it beside
        // frequency −40 %, monetary −31 % and recency +26 %).
        boolean less = f != null && f.index() <= -CLEARLY || m != null && m.index() <= -CLEARLY;
        if (less) {
            return Optional.of(r.index() <= -CLEARLY ? PROMISING : ABOUT_TO_SLEEP);
        }
        return Optional.of(r.index() >= CLEARLY ? ABOUT_TO_SLEEP : NEEDS_ATTENTION);
    }

    /**
     * The segment to win back first: among the at-risk segments, the one whose customers spent the
     * most in all (Monetary × size); -1 when none is at risk.
     */
    public static int winBackFirst(List<SegmentProfile> profiles) {
        int best = -1;
        double most = Double.NEGATIVE_INFINITY;
        for (SegmentProfile p : profiles) {
            if (p.size() > 0 && of(p).filter(g -> g == AT_RISK).isPresent()) {
                double spent = p.features().stream().filter(RfmGroup::isMonetary).mapToDouble(FeatureStat::mean)
                        .findFirst().orElse(0) * p.size();
                if (spent > most) {
                    most = spent;
                    best = p.segment();
                }
            }
        }
        return best;
    }

    /** Why: "112 customers who spent +230 % against the average but last bought 210 days ago on average." */
    public static String winBackReason(SegmentProfile p) {
        FeatureStat r = p.features().stream().filter(RfmGroup::isRecency).findFirst().orElseThrow();
        FeatureStat m = p.features().stream().filter(RfmGroup::isMonetary).findFirst()
                .or(() -> p.features().stream().filter(RfmGroup::isFrequency).findFirst()).orElseThrow();
        return Formats.count(p.size()) + " customers with " + FeatureWords.spoken(m.word()) + " " + m.indexText()
                + " against the average, who last bought " + Formats.number(r.mean()) + " days ago on average (everyone: "
                + Formats.number(r.populationMean()) + "): the most value slipping away.";
    }
}
