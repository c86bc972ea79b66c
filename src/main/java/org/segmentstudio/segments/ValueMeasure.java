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

    public static ValueMeasure of(FeatureStat stat) {
        return new ValueMeasure(stat.column(), stat.word());
    }

    public boolean isSize() {
        return column == null;
    }

    /** "spending × size", or "size". */
    public String label() {
        return isSize() ? "size" : word + " \u00d7 size";
    }

    /** The segment's value under this measure; higher is better. */
    public double score(SegmentProfile p) {
        if (isSize()) {
            return p.size();
        }
        FeatureStat s = p.stat(column).orElseThrow(() ->
                new IllegalArgumentException("There is no numeric column named '" + column + "'."));
        return Double.isNaN(s.mean()) ? Double.NEGATIVE_INFINITY : p.size() * (s.mean() - s.populationMean());
    }

    /** Every measure the profiles allow: each numeric column × size, then size. */
    public static List<ValueMeasure> choices(List<SegmentProfile> profiles) {
        List<ValueMeasure> out = new ArrayList<>();
        if (!profiles.isEmpty()) {
            profiles.get(0).stats().forEach(s -> out.add(of(s)));
        }
        out.add(SIZE);
        return List.copyOf(out);
    }

    /** Spending × size when a column sounds like spending, else income × size, else size. */
    public static ValueMeasure defaultFor(List<SegmentProfile> profiles) {
        for (FeatureRole role : List.of(FeatureRole.SPENDING, FeatureRole.INCOME)) {
            for (ValueMeasure m : choices(profiles)) {
                if (!m.isSize() && FeatureRole.of(m.word) == role) {
                    return m;
                }
            }
        }
        return SIZE;
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
