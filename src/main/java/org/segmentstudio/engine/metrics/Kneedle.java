package org.segmentstudio.engine.metrics;

import java.util.OptionalInt;

/**
 * Finds the knee ("elbow") of a decreasing, convex curve such as inertia against K, after Satopää
 * et al.'s Kneedle: both axes are normalised to [0, 1] and the knee is the point that lies
 * farthest below the straight line from the first point to the last.
 */
public final class Kneedle {
    private static final double FLAT = 1e-9;

    private Kneedle() {
    }

    /**
     * @param xs increasing x values (such as K)
     * @param ys the curve at those x values
     * @return the index of the knee, or empty when the curve has no bend below its chord
     */
    public static OptionalInt knee(int[] xs, double[] ys) {
        int m = xs.length;
        if (m != ys.length) {
            throw new IllegalArgumentException("one y per x is needed");
        }
        if (m < 3) {
            return OptionalInt.empty();
        }
        double yFirst = ys[0];
        double yLast = ys[m - 1];
        double xSpan = xs[m - 1] - xs[0];
        double ySpan = yFirst - yLast;
        if (!(xSpan > 0) || !(ySpan > 0)) {
            return OptionalInt.empty();
        }
        int best = -1;
        double bestGap = FLAT; // a straight line's rounding noise is no knee
        for (int i = 1; i < m - 1; i++) {
            double xn = (xs[i] - xs[0]) / xSpan;
            double yn = (ys[i] - yLast) / ySpan;
            double gap = (1 - xn) - yn;
            if (gap > bestGap) {
                bestGap = gap;
                best = i;
            }
        }
        return best < 0 ? OptionalInt.empty() : OptionalInt.of(best);
    }
}
