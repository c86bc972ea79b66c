package org.segmentstudio.segments;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How segments are ranked for marketing. Either by size alone, or by a measure × size: the
 * customers times how far the segment's mean of the measure lies above the population's mean — the
 * spending a segment brings beyond what as many average customers would. (Plain mean × size would
 * crown whichever segment is largest, even an average one, which no campaign needs to be told about.)
 *
 * @param column the measure's column, or null to rank by size alone
 * @param word   the measure's short word ("spending"), or null for size
 */
public record ValueMeasure(String column, String word) {

    public static final ValueMeasure SIZE = new ValueMeasure(null, null);
    /** A total's column names start so: the measure is their sum. */
    private static final String TOTAL = "\u03a3";
    private static final String SEPARATOR = "\u001f";
    /** A feature is an amount (money spent on something) when its mean sits this far above its median. */
    static final double SKEWED_MEAN = 1.1;

    public static ValueMeasure of(FeatureStat stat) {
        return new ValueMeasure(stat.column(), stat.word());
    }

    public boolean isSize() {
        return column == null;
    }

    /** The sum of several amounts, "total spend × size" (a wholesaler's Fresh, Milk, Grocery…). */
    public static ValueMeasure total(List<String> columns) {
        return new ValueMeasure(TOTAL + String.join(SEPARATOR, columns), "total spend");
    }

    public boolean isTotal() {
        return column != null && column.startsWith(TOTAL);
    }

    /** The columns this measure adds up: one, several for a total, none for size. */
    public List<String> columns() {
        return isSize() ? List.of() : isTotal() ? List.of(column.substring(TOTAL.length()).split(SEPARATOR))
                : List.of(column);
    }

    /** The segment's mean of the measure (a total: the sum of its columns' means); NaN for size. */
    public double mean(SegmentProfile p) {
        return sum(p, false);
    }

    /** Everyone's mean of the measure; NaN for size. */
    public double populationMean(SegmentProfile p) {
        return sum(p, true);
    }

    private double sum(SegmentProfile p, boolean population) {
        if (isSize()) {
            return Double.NaN;
        }
        double t = 0;
        for (String c : columns()) {
            FeatureStat s = p.stat(c).orElseThrow(() ->
                    new IllegalArgumentException("There is no numeric column named '" + c + "'."));
            t += population ? s.populationMean() : s.mean();
        }
        return t;
    }

    /**
     * The clustered features that are amounts: never negative on average, with a mean well above the
     * median (a few large buyers beside many small ones) — what a wholesaler's spend columns are.
     */
    static List<String> amounts(List<SegmentProfile> profiles) {
        List<String> out = new ArrayList<>();
        if (!profiles.isEmpty()) {
            for (FeatureStat s : profiles.get(0).stats()) {
                if (s.clustered() && s.populationMedian() > 0 && s.populationMean() >= SKEWED_MEAN * s.populationMedian()) {
                    out.add(s.column());
                }
            }
        }
        return out;
    }

    /** "spending × size", or "size". */
    public String label() {
        return isSize() ? "size" : spokenWord() + " \u00d7 size";
    }

    /** The measure's word in a sentence ({@link FeatureWords#spoken}): "spend" for RFM's Monetary. */
    public String spokenWord() {
        return FeatureWords.spoken(word);
    }

    /** The segment's value under this measure; higher is better. */
    public double score(SegmentProfile p) {
        if (isSize()) {
            return p.size();
        }
        double mean = mean(p);
        return Double.isNaN(mean) ? Double.NEGATIVE_INFINITY : p.size() * (mean - populationMean(p));
    }

    /** Every measure the profiles allow: each numeric column × size, the total of several amounts, then size. */
    public static List<ValueMeasure> choices(List<SegmentProfile> profiles) {
        List<ValueMeasure> out = new ArrayList<>();
        if (!profiles.isEmpty()) {
            profiles.get(0).stats().forEach(s -> out.add(of(s)));
        }
        List<String> amounts = amounts(profiles);
        if (amounts.size() >= 2) {
            out.add(total(amounts));
        }
        out.add(SIZE);
        return List.copyOf(out);
    }

    /**
     * Spending × size when a column sounds like spending, else income × size, else the total of
     * the amounts among the features (several spend columns), else size.
     */
    public static ValueMeasure defaultFor(List<SegmentProfile> profiles) {
        for (FeatureRole role : List.of(FeatureRole.SPENDING, FeatureRole.INCOME)) {
            for (ValueMeasure m : choices(profiles)) {
                if (!m.isSize() && !m.isTotal() && FeatureRole.of(m.word) == role) {
                    return m;
                }
            }
        }
        return choices(profiles).stream().filter(ValueMeasure::isTotal).findFirst().orElse(SIZE);
    }

    @Override
    public String toString() {
        return label();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ValueMeasure m && Objects.equals(column, m.column);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(column);
    }
}
