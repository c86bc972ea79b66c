package org.segmentstudio.segments;

/**
 * One value of a categorical column in one segment.
 *
 * @param value           the value as written in the file; empty for a missing cell
 * @param count           customers of the segment with this value
 * @param share           count over the segment's size
 * @param populationShare the value's share of the whole population
 */
public record CategoryShare(String value, int count, double share, double populationShare) {

    /** The value as shown to a person. */
    public String label() {
        return value.isEmpty() ? "not given" : value;
    }
}
