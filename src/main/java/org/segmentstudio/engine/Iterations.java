package org.segmentstudio.engine;

import java.util.Arrays;
import java.util.function.BooleanSupplier;

/**
 * One restart of k-means: Lloyd iterations from given seeds, with Hamerly's bounds when asked.
 *
 * <p>Each pass assigns every customer to its nearest centroid and, while its chunk is still in the
 * core's cache, adds it to its segment's running sums, so the next centroids cost no second pass
 * over the data in memory. Customers are taken in fixed chunks of {@link #CHUNK} rows; each chunk
 * keeps its own sums, and the sums are added up in chunk order. The result is therefore
 * bit-identical on one thread or many.
 *
 * <p>Hamerly's bounds are exact: a customer skips the full comparison only when the distance to
 * its own centroid is below, with a safety margin for rounding, a lower bound on the distance to
 * every other centroid. Then plain Lloyd would keep it too (ties included, since the margin makes
 * the test strict), so both algorithms give the same labels, centroids and inertia. Each
 * iteration lowers the bound of a customer in segment a by the largest move of any other centroid
 * (Hamerly's rule); rather than writing every bound, the engine keeps, per segment, the running
 * total of those decrements ({@link #drift}) and stores each bound, as a float rounded down, plus
 * the total at the time it was computed. A customer that keeps its segment costs no write.
 */
final class Iterations {
    /** Rows per chunk of work. A constant, never derived from the thread count. */
    static final int CHUNK = 8192;
    /** Relative safety margin on the bounds, far above the rounding they accumulate. */
    private static final double MARGIN = 1e-9;
    private static final double SHRINK = 1 - 0x1p-22;

    private final double[] x;
    private final int n;
    private final int d;
    private final int k;
    private final boolean bounded;
    private final Workers workers;
    private final BooleanSupplier cancelled;
    private final int chunks;

    private final int[] labels;
    /** Per customer: a lower bound on the distance to any other centroid, plus its segment's {@link #drift}. */
    private final float[] lower;
    private final double[][] chunkSums;
    private final int[][] chunkCounts;
    private final double[] chunkInertia;
    private final int[] chunkChanged;
    private final double scale;
    /**
     * Per thread, the customers of its current chunk that failed their bounds; reused from chunk
     * to chunk (a fresh array per chunk meant allocating and zeroing 4 MB per pass at a million
     * customers). The helpers end with the fit; the calling thread's entry is weakly keyed by
     * this object, so it is released after the fit as ThreadLocal releases stale entries.
     */
    private final ThreadLocal<int[]> toScan = ThreadLocal.withInitial(() -> new int[CHUNK]);
    /** Per thread, each customer of its current chunk's squared distance to its centroid, found once. */
    private final ThreadLocal<double[]> nearest = ThreadLocal.withInitial(() -> new double[CHUNK]);
    private double slack;

    private double[] centroids;
    private double[] half;
    /** Per segment a: the sum, over iterations so far, of the largest shift of a centroid other than a's. */
    private double[] drift;

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
        this.lower = bounded ? new float[n] : null;
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
        drift = new double[k];
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
        // Fresh arrays in this thread's own allocation buffer, copied out once per chunk: the
        // per-chunk arrays lie side by side in memory, and two threads work on neighbouring chunks
        // at the same time, so adding to them point by point made both cores fight for the
        // same cache lines (false sharing).
        double[] sums = new double[k * d];
        int[] counts = new int[k];
        if (d == 2) {
            assignPlane(chunk, from, to, scanAll, sums, counts);
        } else {
            assignSweeps(chunk, from, to, scanAll, sums, counts);
        }
        System.arraycopy(sums, 0, chunkSums[chunk], 0, k * d);
        System.arraycopy(counts, 0, chunkCounts[chunk], 0, k);
    }

    /**
     * One feature, or three and more, in the same three sweeps as {@link #assignPlane}: list the
     * customers whose bounds fail without a branch, find their nearest centroid, then add every
     * customer to its segment in customer order. Every distance is summed feature by feature as
     * {@link Distances#squared} sums it, and compared strictly in centroid order, so Lloyd and
     * Hamerly, on any thread count, give the same labels, centroids and inertia to the bit.
     */
    private void assignSweeps(int chunk, int from, int to, boolean scanAll, double[] sums, int[] counts) {
        int[] todo = toScan.get();
        double[] near = nearest.get();
        int m;
        if (scanAll) {
            m = 0;
            for (int i = from; i < to; i++) {
                todo[m++] = i;
            }
        } else {
            m = listSweep(from, to, todo, near);
        }
        chunkChanged[chunk] = scanSweep(todo, m, from, near);
        chunkInertia[chunk] = addSweep(from, to, sums, counts, near);
    }

    private int listSweep(int from, int to, int[] todo, double[] near) {
        final double[] px = x;
        final double[] c = centroids;
        final int[] lab = labels;
        final float[] low = lower;
        final double[] moved = drift;
        final double[] h = half;
        final double sl = slack;
        final int dd = d;
        int m = 0;
        for (int i = from; i < to; i++) {
            int own = lab[i];
            double dist = Distances.squared(px, i * dd, c, own * dd, dd);
            near[i - from] = dist;
            double safe = Math.max(h[own], low[i] - moved[own]) - sl;
            long keep = (Double.doubleToRawLongBits(0.0 - safe)
                    & Double.doubleToRawLongBits(dist - safe * safe)) >>> 63;
            todo[m] = i;
            m += 1 - (int) keep;
        }
        return m;
    }

    /**
     * The nearest centroid of each listed customer. The distances to all k centroids are summed
     * feature by feature over centroids laid out feature-major, so the inner loop runs along the
     * centroids (which the JIT vectorises), and each distance is still summed in feature order, as
     * {@link Distances#squared} sums it: the same bits.
     */
    private int scanSweep(int[] todo, int m, int from, double[] near) {
        final double[] px = x;
        final int[] lab = labels;
        final float[] low = bounded ? lower : null;
        final double[] moved = drift;
        final int kk = k;
        final int dd = d;
        final double[] ct = new double[dd * kk];
        for (int j = 0; j < kk; j++) {
            for (int f = 0; f < dd; f++) {
                ct[f * kk + j] = centroids[j * dd + f];
            }
        }
        final double[] dist = new double[kk];
        int changed = 0;
        for (int t = 0; t < m; t++) {
            int i = todo[t];
            int off = i * dd;
            double p0 = px[off];
            for (int j = 0; j < kk; j++) {
                double u = p0 - ct[j];
                dist[j] = 0.0 + u * u;
            }
            for (int f = 1; f < dd; f++) {
                double pf = px[off + f];
                int cf = f * kk;
                for (int j = 0; j < kk; j++) {
                    double u = pf - ct[cf + j];
                    dist[j] += u * u;
                }
            }
            long bestBits = Long.MAX_VALUE;
            long second = Long.MAX_VALUE;
            int bestC = 0;
            for (int j = 0; j < kk; j++) {
                long s = Double.doubleToRawLongBits(dist[j]);
                long diff = s - bestBits;
                long closer = diff >> 63;
                long take = diff & closer;
                bestBits += take;
                long loser = s - take;
                long gap = loser - second;
                second += gap & (gap >> 63);
                bestC += (j - bestC) & (int) closer;
            }
            if (low != null) {
                low[i] = roundDown(Math.sqrt(Double.longBitsToDouble(second)) + moved[bestC]);
            }
            near[i - from] = Double.longBitsToDouble(bestBits);
            changed += lab[i] != bestC ? 1 : 0;
            lab[i] = bestC;
        }
        return changed;
    }

    /** Adds each customer to its segment's sums, in customer order; returns their inertia. */
    private double addSweep(int from, int to, double[] sums, int[] counts, double[] near) {
        final double[] px = x;
        final double[] c = centroids;
        final int[] lab = labels;
        final int dd = d;
        double inertia = 0;
        for (int i = from; i < to; i++) {
            int b = lab[i];
            int off = i * dd;
            int co = b * dd;
            inertia += near[i - from];
            counts[b]++;
            for (int f = 0; f < dd; f++) {
                sums[co + f] += px[off + f];
            }
        }
        return inertia;
    }

    /**
     * Two features, the app's usual case: the same arithmetic as {@link #assignSweeps}, in three
     * sweeps over the chunk, which stays in the core's cache between them. The first sweep only
     * tests the bounds and lists the customers that fail them, without a branch (which customers
     * fail is unpredictable, so a branch per customer mispredicted often). The second compares the
     * listed customers with every centroid. The third adds every customer to its segment's sums
     * and the inertia, in customer order, with the distance recomputed by the same formula, so
     * the result is bit for bit what a single sweep gave.
     */
    private void assignPlane(int chunk, int from, int to, boolean scanAll, double[] sums, int[] counts) {
        double[] cx = new double[k];
        double[] cy = new double[k];
        for (int j = 0; j < k; j++) {
            cx[j] = centroids[2 * j];
            cy[j] = centroids[2 * j + 1];
        }
        // Each sweep is a method of its own, so the JIT compiles and profiles each loop apart.
        int[] todo = toScan.get();
        int m;
        if (scanAll) {
            m = 0;
            for (int i = from; i < to; i++) {
                todo[m++] = i;
            }
        } else {
            m = listPlane(from, to, cx, cy, todo);
        }
        chunkChanged[chunk] = scanPlane(todo, m, cx, cy);
        chunkInertia[chunk] = addPlane(from, to, cx, cy, sums, counts);
    }

    /** Lists in {@code todo} the customers whose bounds fail; returns how many. */
    private int listPlane(int from, int to, double[] cx, double[] cy, int[] todo) {
        final double[] px = x;
        final int[] lab = labels;
        final float[] low = lower;
        final double[] moved = drift;
        final double[] h = half;
        final double sl = slack;
        int m = 0;
        for (int i = from; i < to; i++) {
            int own = lab[i];
            double dx = px[2 * i] - cx[own];
            double dy = px[2 * i + 1] - cy[own];
            double dist = dx * dx + dy * dy;
            double safe = Math.max(h[own], low[i] - moved[own]) - sl;
            // keep = safe > 0 && dist < safe², read from sign bits so that no branch is left
            long keep = (Double.doubleToRawLongBits(0.0 - safe)
                    & Double.doubleToRawLongBits(dist - safe * safe)) >>> 63;
            todo[m] = i;
            m += 1 - (int) keep;
        }
        return m;
    }

    /** Finds the nearest centroid of each listed customer; returns how many changed segment. */
    private int scanPlane(int[] todo, int m, double[] cx, double[] cy) {
        final double[] px = x;
        final int[] lab = labels;
        final float[] low = lower;
        final double[] moved = drift;
        final int kk = k;
        int changed = 0;
        for (int t = 0; t < m; t++) {
            int i = todo[t];
            int own = lab[i];
            nearestPlane(px[2 * i], px[2 * i + 1], cx, cy, kk, i, lab, low, moved);
            changed += lab[i] != own ? 1 : 0;
        }
        return changed;
    }

    /** Adds each customer to its segment's sums, in customer order; returns their inertia. */
    private double addPlane(int from, int to, double[] cx, double[] cy, double[] sums, int[] counts) {
        final double[] px = x;
        final int[] lab = labels;
        double inertia = 0;
        for (int i = from; i < to; i++) {
            int b = lab[i];
            double xi = px[2 * i];
            double yi = px[2 * i + 1];
            double dx = xi - cx[b];
            double dy = yi - cy[b];
            inertia += dx * dx + dy * dy;
            counts[b]++;
            sums[2 * b] += xi;
            sums[2 * b + 1] += yi;
        }
        return inertia;
    }

    /** Compares customer i with every centroid: stores its label and, when bounds are kept, its bound. */
    private static void nearestPlane(double xi, double yi, double[] cx, double[] cy, int k, int i, int[] lab,
                                       float[] low, double[] moved) {
        // Squared distances are >= 0, so their bit patterns order as the values do. Comparing them
        // as longs with masks (no branch, no conditional move) keeps the search fast on points
        // whose nearest centroid is unpredictable. Ties keep the lower index, as a plain "<" does.
        long best = Long.MAX_VALUE;
        long second = Long.MAX_VALUE;
        int bestC = 0;
        for (int j = 0; j < k; j++) {
            double dx = xi - cx[j];
            double dy = yi - cy[j];
            long s = Double.doubleToRawLongBits(dx * dx + dy * dy);
            long diff = s - best;
            long closer = diff >> 63;
            long take = diff & closer;
            best += take;
            long loser = s - take;
            long gap = loser - second;
            second += gap & (gap >> 63);
            bestC += (j - bestC) & (int) closer;
        }
        lab[i] = bestC;
        if (low != null) {
            low[i] = roundDown(Math.sqrt(Double.longBitsToDouble(second)) + moved[bestC]);
        }
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
            dist[i] = Distances.squared(x, i * d, centroids, labels[i] * d, d);
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
            double s = Distances.squared(next, j * d, centroids, j * d, d);
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
            for (int j = 0; j < k; j++) {
                drift[j] += j == maxAt ? secondMax : shift[maxAt];
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
                double dist = 0.5 * Math.sqrt(Distances.squared(c, a * d, c, b * d, d));
                h[a] = Math.min(h[a], dist);
                h[b] = Math.min(h[b], dist);
            }
        }
        return h;
    }

    /**
     * A float at or below {@code v} (v >= 0), so that a stored lower bound stays a lower bound: the
     * shrink factor exceeds a float's relative rounding (2^-24), and the tiny offset covers floats
     * too small for relative precision.
     */
    private static float roundDown(double v) {
        return (float) (v * SHRINK - 1e-44);
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
