package org.segmentstudio.segments;

import java.util.List;

/**
 * The mix of one categorical column within a segment, most common value first.
 *
 * @param column    the column's name as in the file
 * @param clustered whether the column was a feature of the clustering (one-hot encoded)
 * @param shares    every value that occurs in the population, most common in the segment first
 */
public record CategoryMix(String column, boolean clustered, List<CategoryShare> shares) {

    public CategoryMix {
        shares = List.copyOf(shares);
    }

    /** The segment's {@code max} most common values that occur in it at all. */
    public List<CategoryShare> shown(int max) {
        List<CategoryShare> present = shares.stream().filter(s -> s.count() > 0).toList();
        return present.subList(0, Math.min(max, present.size()));
    }

    /** The share of the segment that {@link #shown(int)} leaves out; 0 when every value is shown. */
    public double otherShare(int max) {
        return shares.stream().filter(s -> s.count() > 0).skip(max).mapToDouble(CategoryShare::share).sum();
    }

    /** The most common value in the segment. */
    public CategoryShare top() {
        return shares.get(0);
    }
}
