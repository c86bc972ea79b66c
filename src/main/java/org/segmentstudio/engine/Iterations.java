package org.segmentstudio.engine;

import java.util.Arrays;
import java.util.function.BooleanSupplier;

/**
 * One restart of k-means: Lloyd iterations from given seeds, with Hamerly's bounds when asked.
 *
 * <p>Each pass assigns every customer to its nearest centroid and, in the same sweep, adds it to
 * its segment's running sums, so the next centroids cost no second pass over the data. Customers
 * are taken in fixed chunks of {@link #CHUNK} rows; each chunk keeps its own sums, and the sums are
 * added up in chunk order. The result is therefore bit-identical on one thread or many.
 *
 * <p>Hamerly's bounds are exact: a customer skips the full comparison only when the distance to
 * its own centroid is below, with a safety margin for rounding, a lower bound on the distance to
 * every other centroid. Then plain Lloyd would keep it too (ties included, since the margin makes
 * the test strict), so both algorithms give the same labels, centroids and inertia.
 */
final class Iterations {
    /** Rows per chunk of work. A constant, never derived from the thread count. */
    static final int CHUNK = 8192;
    /** Relative safety margin on the bounds, far above the rounding they accumulate. */
    private static final double MARGIN = 1e-9;

    private final double[] x;
    private final int n;
    private final int d;
    private final int k;
    private final boolean bounded;
    private final Workers workers;
    private final BooleanSupplier cancelled;
    private final int chunks;

    private final int[] labels;
    private final double[] lower;
    private final double[][] chunkSums;
    private final int[][] chunkCounts;
    private final double[] chunkInertia;
    private final int[] chunkChanged;
    private final double scale;
    private double slack;

    private double[] centroids;
    private double[] half;
    private double[] drop;

    Iterations(Matrix data, int k, Algorithm algorithm, Workers workers, BooleanSupplier cancelled) {
        this.x = data.values();
        this.n = data.rows();
        this.d = data.cols();
        this.k = k;
        this.bounded = algorithm == Algorithm.HAMERLY && k > 1;
        this.workers = workers;
        this.cancelled = cancelled;
        this.chunks = chunkCount(n);
        this.labels = new int[n];
        this.lower = bounded ? new double[n] : null;
        this.chunkSums = new double[chunks][k * d];
        this.chunkCounts = new int[chunks][k];
        this.chunkInertia = new double[chunks];
        this.chunkChanged = new int[chunks];
        this.scale = maxAbs(x);
    }

    static int chunkCount(int n) {
        return Math.max(1, (n + CHUNK - 1) / CHUNK);
    }

    /** The outcome of one restart; {@code centroids} flat, in the clustered space. */
    record Run(double[] centroids, int[] labels, double inertia, int iterations, boolean converged, int restart) {
    }

    /** Hears each finished pass; the arrays are live and must be copied to be kept. */
    interface PassListener {
        void onPass(int iteration, double[] centroids, int[] labels, double inertia, int changed, boolean converged);
    }

    Run run(double[] seeds, int maxIterations, double tolerance, int restart, PassListener listener) {
        slack = MARGIN * Math.max(scale, maxAbs(seeds)) * Math.sqrt(d);
        centroids = seeds.clone();
        Arrays.fill(labels, -1);
        double inertia = pass(true);
        listener.onPass(0, centroids, labels, inertia, n, false);
        boolean converged = false;
        int iteration = 0;
        while (iteration < maxIterations) {
            checkCancelled();
            iteration++;
            double[] next = means();
            double shift = moveTo(next);
            inertia = pass(false);
            int changed = sum(chunkChanged);
            converged = changed == 0 || shift <= tolerance;
            listener.onPass(iteration, centroids, labels, inertia, changed, converged);
            if (converged) {
                break;
            }
        }
        return new Run(centroids.clone(), labels.clone(), inertia, iteration, converged, restart);
    }

    private void checkCancelled() {
        if (cancelled.getAsBoolean()) {
            throw new CancelledException();
        }
    }

    /** One sweep: nearest centroid, inertia, changes and per-chunk sums. */
    private double pass(boolean full) {
        if (bounded) {
            half = halfDistances(centroids);
        }
        boolean scanAll = full || !bounded;
        workers.forEachChunk(chunks, c -> {
            if (cancelled.getAsBoolean()) {
                throw new CancelledException();
            }
            assignChunk(c, scanAll);
        });
        double inertia = 0;
        for (int c = 0; c < chunks; c++) {
            inertia += chunkInertia[c];
        }
        return inertia;
    }

    private void assignChunk(int chunk, boolean scanAll) {
        int from = chunk * CHUNK;
        int to = Math.min(n, from + CHUNK);
        double[] sums = chunkSums[chunk];
        int[] counts = chunkCounts[chunk];
        Arrays.fill(sums, 0);
        Arrays.fill(counts, 0);
        double[] c = centroids;
        double inertia = 0;
        int changed = 0;
        for (int i = from; i < to; i++) {
            int off = i * d;
            int own = labels[i];
            double best;
            int bestC;
            boolean keep = false;
            double bound = 0;
            if (!scanAll) {
                best = sq(x, off, c, own * d, d);
                bound = Math.max(half[own], lower[i] - drop[own]) - slack;
                keep = bound > 0 && best < bound * bound;
            } else {
                best = 0;
            }
            if (keep) {
                // Still a valid lower bound: either term of the max bounds the other distances.
                bestC = own;
                lower[i] = bound + slack;
            } else {
                best = Double.POSITIVE_INFINITY;
                double second = Double.POSITIVE_INFINITY;
                bestC = 0;
                for (int j = 0; j < k; j++) {
                    double s = sq(x, off, c, j * d, d);
                    if (s < best) {
                        second = best;
                        best = s;
                        bestC = j;
                    } else if (s < second) {
                        second = s;
                    }
                }
                if (bounded) {
                    lower[i] = Math.sqrt(second);
                }
                if (bestC != own) {
                    labels[i] = bestC;
                    changed++;
                }
            }
            inertia += best;
            counts[bestC]++;
            int co = bestC * d;
            for (int f = 0; f < d; f++) {
                sums[co + f] += x[off + f];
            }
        }
        chunkInertia[chunk] = inertia;
        chunkChanged[chunk] = changed;
    }

    /** The next centroids: the mean of each segment; an empty one takes the farthest customer. */
    private double[] means() {
        double[] sums = new double[k * d];
        int[] counts = new int[k];
        for (int c = 0; c < chunks; c++) {
            double[] s = chunkSums[c];
            int[] cnt = chunkCounts[c];
            for (int j = 0; j < k * d; j++) {
                sums[j] += s[j];
            }
            for (int j = 0; j < k; j++) {
                counts[j] += cnt[j];
            }
        }
        boolean anyEmpty = false;
        for (int j = 0; j < k; j++) {
            if (counts[j] == 0) {
                anyEmpty = true;
            } else {
                for (int f = 0; f < d; f++) {
                    sums[j * d + f] /= counts[j];
                }
            }
        }
        if (anyEmpty) {
            reseedEmpty(sums, counts);
        }
        return sums;
    }

    /** Puts each empty segment's centroid on the customer farthest from its own centroid. */
    private void reseedEmpty(double[] next, int[] counts) {
        double[] dist = new double[n];
        for (int i = 0; i < n; i++) {
            dist[i] = sq(x, i * d, centroids, labels[i] * d, d);
        }
        for (int j = 0; j < k; j++) {
            if (counts[j] == 0) {
                int far = 0;
                for (int i = 1; i < n; i++) {
                    if (dist[i] > dist[far]) {
                        far = i;
                    }
                }
                dist[far] = Double.NEGATIVE_INFINITY;
                System.arraycopy(x, far * d, next, j * d, d);
            }
        }
    }

    /** Moves the centroids; returns the total squared shift and prepares the bound updates. */
    private double moveTo(double[] next) {
        double total = 0;
        double[] shift = new double[k];
        for (int j = 0; j < k; j++) {
            double s = sq(next, j * d, centroids, j * d, d);
            total += s;
            shift[j] = Math.sqrt(s);
        }
        centroids = next;
        if (bounded) {
            int maxAt = 0;
            for (int j = 1; j < k; j++) {
                if (shift[j] > shift[maxAt]) {
                    maxAt = j;
                }
            }
            double secondMax = 0;
            for (int j = 0; j < k; j++) {
                if (j != maxAt) {
                    secondMax = Math.max(secondMax, shift[j]);
                }
            }
            drop = new double[k];
            for (int j = 0; j < k; j++) {
                drop[j] = j == maxAt ? secondMax : shift[maxAt];
            }
        }
        return total;
    }

    /** Half the distance from each centroid to its nearest other centroid. */
    private double[] halfDistances(double[] c) {
        double[] h = new double[k];
        Arrays.fill(h, Double.POSITIVE_INFINITY);
        for (int a = 0; a < k; a++) {
            for (int b = a + 1; b < k; b++) {
                double dist = 0.5 * Math.sqrt(sq(c, a * d, c, b * d, d));
                h[a] = Math.min(h[a], dist);
                h[b] = Math.min(h[b], dist);
            }
        }
        return h;
    }

    static double sq(double[] a, int ao, double[] b, int bo, int d) {
        double s = 0;
        for (int f = 0; f < d; f++) {
            double t = a[ao + f] - b[bo + f];
            s += t * t;
        }
        return s;
    }

    private static int sum(int[] a) {
        int s = 0;
        for (int v : a) {
            s += v;
        }
        return s;
    }

    private static double maxAbs(double[] v) {
        double m = 0;
        for (double a : v) {
            m = Math.max(m, Math.abs(a));
        }
        return m;
    }
}
