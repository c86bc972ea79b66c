package org.segmentstudio.segments;

/**
 * Where a segment's mean falls among the whole population's values: below the lower tertile, between
 * the tertiles, or above the upper one.
 */
public enum Level {
    LOW("Low"), MID("Mid"), HIGH("High");

    /** A mean this fraction of everyone's, or less (30 % below), is low whatever the tertiles say. */
    static final double FAR_BELOW = 0.7;
    /** A mean this multiple of everyone's, or more (30 % above), is high whatever the tertiles say. */
    static final double FAR_ABOVE = 1.3;

    /**
     * A mean within this fraction of everyone's is mid whatever the tertiles say: beside "+2 %" a
     * reader would not call it high (a skewed column's upper tertile can lie just under its mean).
     */
    static final double NEAR = 0.10;

    private final String word;

    Level(String word) {
        this.word = word;
    }

    /** The capitalised word used in segment names ("High income"). */
    public String word() {
        return word;
    }

    /**
     * The level a reader would agree with: the tertiles place the segment's mean, but "High" only
     * where the mean is above everyone's and the median not below everyone's, "Low" only where both
     * are below, whatever the tertiles say (a skewed column's upper tertile can lie below its mean).
     * Codes with few values tie at the tertiles: a mean at the very bottom of the range, below
     * average, is low; at the very top, above average, high. A mean 30 % or more below everyone's
     * (median below too) is low, one 30 % or more above (median above too) high, even where a
     * skewed column's wide middle tertile holds it: beside "−39 %" a reader would not call it mid.
     * And a mean within {@link #NEAR} of everyone's (a positive column) is mid: "+2 %" is not high.
     */
    public static Level judge(double mean, double median, double popMean, double popMedian, double lowerTertile,
                              double upperTertile, double min, double max) {
        if (Double.isNaN(mean) || popMean > 0 && Math.abs(mean / popMean - 1) < NEAR) {
            return MID;
        }
        Level byTertile = of(mean, lowerTertile, upperTertile);
        boolean above = mean > popMean && !(median < popMedian);
        boolean below = mean < popMean && !(median > popMedian);
        // Far from everyone's mean whichever tertile holds it: in a column of mostly zeros both tertiles
        // are 0 and a mean of 0.5 against 0.9 stood "above the upper tertile", hence mid beside −44 %.
        if (popMean > 0 && mean <= FAR_BELOW * popMean && below) {
            return LOW;
        }
        if (popMean > 0 && mean >= FAR_ABOVE * popMean && above) {
            return HIGH;
        }
        double eps = 1e-9 * Math.max(1, Math.abs(max - min));
        return switch (byTertile) {
            case HIGH -> above ? HIGH : MID;
            case LOW -> below ? LOW : MID;
            case MID -> mean <= min + eps && below ? LOW : mean >= max - eps && above ? HIGH : MID;
        };
    }

    /** The level of {@code value} against the population's tertile cuts. */
    public static Level of(double value, double lowerTertile, double upperTertile) {
        if (value < lowerTertile) {
            return LOW;
        }
        return value > upperTertile ? HIGH : MID;
    }
}
