package org.segmentstudio.segments;

/**
 * One numeric column in one segment, against the whole population of segmented customers.
 *
 * @param column          the column's name as in the file
 * @param word            its short readable word ("income")
 * @param clustered       whether the column was a feature of the clustering
 * @param mean            the segment's mean (NaN when it has no value)
 * @param median          the segment's median
 * @param populationMean  the whole population's mean
 * @param populationMedian the whole population's median
 * @param level           the segment's mean against the population's tertiles
 */
public record FeatureStat(String column, String word, boolean clustered, double mean, double median,
                          double populationMean, double populationMedian, Level level) {

    /**
     * Whether less is better for the shop, so that a figure below everyone's is good news: days
     * since the last purchase, returns.
     */
    private boolean lowerIsBetter() {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        return w.startsWith("recency") || w.startsWith("returns");
    }

    /** The role the strategy rules give this column. */
    public FeatureRole role() {
        return FeatureRole.of(word);
    }

    /**
     * The segment's mean against the population's as a fraction: 0.62 means 62 % above. NaN when
     * the population mean is not positive, where a ratio would mislead.
     */
    public double index() {
        return populationMean > 0 ? mean / populationMean - 1 : Double.NaN;
    }

    /**
     * Whether the segment is at or above everyone where more is better, at or below where less is
     * ({@link #lowerIsBetter}): good news for the shop, as the card and the report colour it.
     */
    private boolean better() {
        return lowerIsBetter() ? mean <= populationMean : mean >= populationMean;
    }

    /** Whether more or less is neither good nor bad news for the shop: age. */
    private boolean neutral() {
        return word.equalsIgnoreCase("age");
    }

    /**
     * How the card and the report colour the index: "even" (±0 %), "neutral" (age: younger is not
     * worse), else "better" or "worse" for the shop.
     */
    public String tone() {
        return even() ? "even" : neutral() ? "neutral" : better() ? "better" : "worse";
    }

    /** Whether the index reads "±0 %": neither better nor worse than everyone. */
    private boolean even() {
        double i = index();
        return !Double.isNaN(i) && Math.round(i * 100) == 0;
    }

    /** The index as people write it: "+62 %", "−18 %", "±0 %"; or the difference when there is no index. */
    public String indexText() {
        double i = index();
        if (Double.isNaN(i)) {
            return Formats.signed(mean - populationMean);
        }
        long pct = Math.round(i * 100);
        return (pct > 0 ? "+" : pct < 0 ? "\u2212" : "\u00b1") + Math.abs(pct) + " %";
    }
}
