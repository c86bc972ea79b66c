package org.segmentstudio.data;

/**
 * What the importer learns of a numeric column's values as it reads them, so that building the
 * column needs no further pass over a million values: the smallest and largest value present,
 * whether all present values are whole, whether any is missing, and whether the values rise
 * strictly from row to row (as customer numbers usually do). In a fresh process each such pass was
 * a loop of its own for the JIT to warm up: 60–90 ms of a cold import of 1,000,000 rows.
 */
final class ValueStats {
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;
    private boolean whole = true;
    private boolean missing;
    private boolean rising = true;
    private double last = Double.NEGATIVE_INFINITY;

    /** The same figures found from scratch over a column's values. */
    static ValueStats of(double[] values) {
        ValueStats s = new ValueStats();
        for (double v : values) {
            s.note(v);
        }
        return s;
    }

    /** One more value, NaN for a missing cell. */
    void note(double v) {
        if (v != v) {
            missing = true;
            rising = false;
            return;
        }
        whole &= v == Math.rint(v);
        min = Math.min(min, v); // -0 below 0, as a pass over the values with Math.min finds it
        max = Math.max(max, v);
        rising &= v > last;
        last = v;
    }

    /**
     * One more value known to be a present whole number (read from its digits, never -0): plain
     * comparisons then give what {@link Math#min} and {@link Math#max} would (a 0 after a -0 makes
     * the largest 0, as Math.max does, hence {@code >=}).
     */
    void noteWhole(double v) {
        if (v < min) {
            min = v;
        }
        if (v >= max) {
            max = v;
        }
        rising &= v > last;
        last = v;
    }

    /** The smallest value present; NaN when none is. */
    double min() {
        return min <= max ? min : Double.NaN;
    }

    /** The largest value present; NaN when none is. */
    double max() {
        return min <= max ? max : Double.NaN;
    }

    /** Whether every present value is a whole number (true when none is present). */
    boolean whole() {
        return whole;
    }

    /** Whether some value is missing (NaN). */
    boolean missing() {
        return missing;
    }

    /** Whether each value is greater than the one before it (so none repeats and none is missing). */
    boolean rising() {
        return rising;
    }
}
