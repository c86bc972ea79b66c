package org.segmentstudio.segments;

/**
 * Where a segment's mean falls among the whole population's values: below the lower tertile, between
 * the tertiles, or above the upper one.
 */
public enum Level {
    LOW("Low"), MID("Mid"), HIGH("High");

    private final String word;

    Level(String word) {
        this.word = word;
    }

    /** The capitalised word used in segment names ("High income"). */
    public String word() {
        return word;
    }

    /** The level of {@code value} against the population's tertile cuts. */
    public static Level of(double value, double lowerTertile, double upperTertile) {
        if (value < lowerTertile) {
            return LOW;
        }
        return value > upperTertile ? HIGH : MID;
    }
}
