package org.segmentstudio.segments;

import java.util.List;

/**
 * The mix of one categorical column within a segment, most common value first.
 *
 * @param column    the column's name as in the file
 * @param clustered always false today (categorical columns are not features), kept for symmetry with {@link FeatureStat}
 * @param shares    every value that occurs in the population, most common in the segment first
 */
public record CategoryMix(String column, boolean clustered, List<CategoryShare> shares) {

    public CategoryMix {
        shares = List.copyOf(shares);
    }

    /** The most common value in the segment. */
    public CategoryShare top() {
        return shares.get(0);
    }
}
