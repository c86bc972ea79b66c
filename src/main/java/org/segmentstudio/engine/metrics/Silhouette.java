package org.segmentstudio.engine.metrics;

import java.util.SplittableRandom;
import org.segmentstudio.engine.Matrix;

/**
 * The mean silhouette of a clustering: for each customer, how much closer it is to its own segment
 * than to the next nearest one, from -1 (misplaced) to 1 (well inside its segment).
 *
 * @param value    the mean silhouette, NaN when fewer than two segments have customers
 * @param rowsUsed customers it was computed on
 * @param sampled  whether {@code rowsUsed} is a seeded random sample rather than every customer
 */
public record Silhouette(double value, int rowsUsed, boolean sampled) {

    /** Up to this many customers the silhouette is exact; above, it is taken on a random sample this big. */
    public static final int EXACT_LIMIT = 10_000;

    /** Computes it exactly up to {@link #EXACT_LIMIT} customers, else on a sample drawn with {@code seed}. */
    public static Silhouette of(Matrix x, int[] labels, int k, long seed) {
        int n = x.rows();
        if (n <= EXACT_LIMIT) {
            return new Silhouette(mean(x, labels, k, identity(n)), n, false);
        }
        int[] sample = sample(n, EXACT_LIMIT, new SplittableRandom(seed));
        return new Silhouette(mean(x, labels, k, sample), sample.length, true);
    }

    /**
     * Each customer's silhouette width, for a silhouette plot: every customer up to
     * {@link #EXACT_LIMIT}, else a sample drawn with {@code seed}; all NaN when fewer than two
     * segments have customers.
     */
    public static Widths widths(Matrix x, int[] labels, int k, long seed) {
        int n = x.rows();
        int[] rows = n <= EXACT_LIMIT ? identity(n) : sample(n, EXACT_LIMIT, new SplittableRandom(seed));
        return new Widths(rows, widths(x, labels, k, rows));
    }

    /**
     * @param rows   the customers measured (indices into the clustered matrix), increasing
     * @param widths the silhouette width of each of them, -1 to 1
     */
    public record Widths(int[] rows, double[] widths) {
        public Widths {
            rows = rows.clone();
            widths = widths.clone();
        }

        @Override
        public int[] rows() {
            return rows.clone();
        }

        @Override
        public double[] widths() {
            return widths.clone();
        }
    }

    private static int[] identity(int n) {
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) {
            rows[i] = i;
        }
        return rows;
    }

    /** {@code m} distinct rows out of {@code n}, in increasing order (a partial Fisher–Yates shuffle). */
    private static int[] sample(int n, int m, SplittableRandom random) {
        int[] perm = identity(n);
        for (int i = 0; i < m; i++) {
            int j = i + random.nextInt(n - i);
            int t = perm[i];
            perm[i] = perm[j];
            perm[j] = t;
        }
        int[] rows = java.util.Arrays.copyOf(perm, m);
        java.util.Arrays.sort(rows);
        return rows;
    }

    /** Mean silhouette over {@code rows}, with distances taken among those rows only. */
    private static double mean(Matrix x, int[] labels, int k, int[] rows) {
        double total = 0;
        for (double w : widths(x, labels, k, rows)) {
            total += w;
        }
        return total / rows.length;
    }

    /** The width of each of {@code rows}, with distances taken among those rows only; NaN without two segments. */
    private static double[] widths(Matrix x, int[] labels, int k, int[] rows) {
        int m = rows.length;
        int d = x.cols();
        double[] v = x.values();
        int[] size = new int[k];
        for (int r : rows) {
            size[labels[r]]++;
        }
        int present = 0;
        for (int s : size) {
            present += s > 0 ? 1 : 0;
        }
        double[] out = new double[m];
        if (present < 2) {
            java.util.Arrays.fill(out, Double.NaN);
            return out;
        }
        // sums[a * k + c]: total distance from the a-th sampled customer to segment c.
        double[] sums = new double[m * k];
        for (int a = 0; a < m; a++) {
            int ia = rows[a] * d;
            int la = labels[rows[a]];
            for (int b = a + 1; b < m; b++) {
                int ib = rows[b] * d;
                double s = 0;
                for (int f = 0; f < d; f++) {
                    double t = v[ia + f] - v[ib + f];
                    s += t * t;
                }
                double dist = Math.sqrt(s);
                sums[a * k + labels[rows[b]]] += dist;
                sums[b * k + la] += dist;
            }
        }
        for (int a = 0; a < m; a++) {
            int own = labels[rows[a]];
            if (size[own] < 2) {
                continue; // a customer alone in its segment counts as 0
            }
            double within = sums[a * k + own] / (size[own] - 1);
            double nearest = Double.POSITIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                if (c != own && size[c] > 0) {
                    nearest = Math.min(nearest, sums[a * k + c] / size[c]);
                }
            }
            double denominator = Math.max(within, nearest);
            out[a] = denominator > 0 ? (nearest - within) / denominator : 0;
        }
        return out;
    }
}
