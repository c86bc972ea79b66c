package org.segmentstudio.engine;

import java.util.Arrays;
import java.util.function.BooleanSupplier;

/**
 * One restart of k-means: Lloyd iterations from given seeds, with Hamerly's bounds when asked.
 *
 * <p><b>Exact sums.</b> Each segment's sum is kept in 128-bit whole numbers: every value is read,
 * always the same way, as a multiple of a fixed power of two per feature, so fine (2^-126 of the
 * feature's largest magnitude, times the customers) that any double a file holds reads exactly
 * unless its feature spans more than about 70 binary orders of magnitude, and the sums of those
 * whole numbers are exact. Each centroid is then the mean of its customers' values rounded once,
 * correctly. So a sum does not depend on the order of its terms,
 * and the engine keeps the sums up to date by moving only the customers that changed segment
 * from one sum to another, instead of adding every customer again each iteration. The result is
 * the same, to the bit, on one thread or many and with or without bounds.
 *
 * <p><b>Exact bounds.</b> With Hamerly's bounds, each customer keeps an upper bound on the
 * distance to its own centroid and a lower bound on the distance to every other centroid. A
 * customer whose upper bound is below, with a safety margin for rounding, the larger of its lower
 * bound and half the distance from its centroid to the nearest other, cannot change segment, and
 * costs neither a distance nor a read of its values. Only when that fails is its own distance
 * found (which tightens the upper bound), and only when that fails too is it compared with every
 * centroid. Plain Lloyd would then keep it too (ties included, since the margin makes the test
 * strict), so both algorithms give the same labels and centroids. Each iteration raises the upper
 * bound by its centroid's move and lowers the lower bound by the largest move of any other
 * centroid (Hamerly's rules); rather than writing every bound, the engine keeps per segment the
 * running totals of those moves ({@link #grow}, {@link #drift}) and stores each bound as a float,
 * rounded outward, relative to the totals at the time it was found. A customer that keeps its
 * segment costs no write.
 *
 * <p><b>Inertia.</b> The sum of squared distances is added up customer by customer, in customer
 * order within fixed chunks and the chunks in order, after the last iteration, and after every
 * iteration only while someone watches the run (the bounds make it unnecessary otherwise).
 */
final class Iterations {
    /** Rows per chunk of work. A constant, never derived from the thread count. */
    static final int CHUNK = 8192;
    /** Relative safety margin on the bounds, far above the rounding they accumulate. */
    private static final double MARGIN = 1e-9;
    private static final double SHRINK = 1 - 0x1p-22;
    /** The exact sums' headroom: |whole number| × customers stays below 2^126. */
    private static final int SUM_BITS = 126;
    private static final java.math.BigInteger LOW_64 = java.math.BigInteger.ONE.shiftLeft(64).subtract(java.math.BigInteger.ONE);

    private final double[] x;
    private final int n;
    private final int d;
    private final int k;
    /** Whether this restart keeps Hamerly's bounds (arrays for them exist when {@link #boundable}). */
    private boolean bounded;
    private final boolean boundable;
    /**
     * Bounds are floats: data or centres beyond this magnitude could make a distance overflow a
     * float to infinity, a bound that would never fail again. Such runs use plain Lloyd, the same
     * result without bounds.
     */
    private static final double BOUNDS_UP_TO = 1e30;
    private final Workers workers;
    private final BooleanSupplier cancelled;
    private final int chunks;

    private final int[] labels;
    /** Per customer: a lower bound on the distance to any other centroid, plus its segment's {@link #drift}. */
    private final float[] lower;
    /** Per customer: an upper bound on the distance to its own centroid, minus its segment's {@link #grow}. */
    private final float[] upper;
    /** Per feature: a value v is read as the whole number round(v × 2^scale). */
    private final int[] scale2;
    /**
     * Per segment j and feature f, the exact sum of its customers' whole numbers, a 128-bit two's
     * complement number: the high word at {@code 2 (j d + f)}, the low word after it; and its size.
     */
    private final long[] sums;
    private final int[] counts;
    /** What each chunk's last pass moved between the sums. */
    private final long[][] chunkSums;
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
    private double slack;

    private double[] centroids;
    private double[] half;
    /** Per segment a: the sum, over iterations so far, of the largest shift of a centroid other than a's. */
    private double[] drift;
    /** Per segment a: the sum, over iterations so far, of a's own shifts. */
    private double[] grow;

    Iterations(Matrix data, int k, Algorithm algorithm, Workers workers, BooleanSupplier cancelled) {
        this.x = data.values();
        this.n = data.rows();
        this.d = data.cols();
        this.k = k;
        this.boundable = algorithm == Algorithm.HAMERLY && k > 1 && maxAbs(x) < BOUNDS_UP_TO;
        this.workers = workers;
        this.cancelled = cancelled;
        this.chunks = chunkCount(n);
        this.labels = new int[n];
        this.lower = boundable ? new float[n] : null;
        this.upper = boundable && d != 2 ? new float[n] : null;
        this.sums = new long[2 * k * d];
        this.counts = new int[k];
        this.chunkSums = new long[chunks][2 * k * d];
        this.chunkCounts = new int[chunks][k];
        this.chunkInertia = new double[chunks];
        this.chunkChanged = new int[chunks];
        this.scale = maxAbs(x);
        this.scale2 = new int[d];
        wholeNumberScale();
    }

    static int chunkCount(int n) {
        return Math.max(1, (n + CHUNK - 1) / CHUNK);
    }

    /**
     * Per feature, the finest power of two that keeps every sum of whole numbers below 2^126 in
     * magnitude: |value| < 2^top, so |whole number| < 2^(top + scale) and a sum of n of them below
     * 2^(top + scale + bits of n).
     */
    private void wholeNumberScale() {
        double[] largest = new double[d];
        for (int i = 0; i < n; i++) {
            for (int f = 0; f < d; f++) {
                largest[f] = Math.max(largest[f], Math.abs(x[i * d + f]));
            }
        }
        int rowBits = 64 - Long.numberOfLeadingZeros(n);
        for (int f = 0; f < d; f++) {
            int top = largest[f] > 0 ? Math.getExponent(largest[f]) + 1 : 0;
            scale2[f] = largest[f] > 0 ? SUM_BITS - rowBits - top : 0;
        }
    }

    /** The outcome of one restart; {@code centroids} flat, in the clustered space. */
    record Run(double[] centroids, int[] labels, double inertia, int iterations, boolean converged, int restart) {
    }

    /** Hears each finished pass; the arrays are live and must be copied to be kept. */
    interface PassListener {
        void onPass(int iteration, double[] centroids, int[] labels, double inertia, int changed, boolean converged);
    }

    /**
     * @param watched whether the listener wants each pass's inertia; when false it is handed
     *                {@code NaN} except for the last pass
     */
    Run run(double[] seeds, int maxIterations, double tolerance, int restart, PassListener listener, boolean watched) {
        slack = MARGIN * Math.max(scale, maxAbs(seeds)) * Math.sqrt(d);
        bounded = boundable && maxAbs(seeds) < BOUNDS_UP_TO;
        centroids = seeds.clone();
        drift = new double[k];
        grow = new double[k];
        Arrays.fill(labels, -1);
        Arrays.fill(sums, 0);
        Arrays.fill(counts, 0);
        pass(true);
        boolean last = maxIterations == 0;
        double inertia = watched || last ? inertia() : Double.NaN;
        listener.onPass(0, centroids, labels, inertia, n, false);
        boolean converged = false;
        int iteration = 0;
        while (iteration < maxIterations) {
            checkCancelled();
            iteration++;
            double[] next = means();
            double shift = moveTo(next);
            pass(false);
            int changed = sum(chunkChanged);
            converged = changed == 0 || shift <= tolerance;
            last = converged || iteration == maxIterations;
            inertia = watched || last ? inertia() : Double.NaN;
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

    /** One sweep: nearest centroid, changes, and the customers moved between the sums. */
    private void pass(boolean full) {
        if (bounded) {
            half = halfDistances(centroids);
        }
        boolean scanAll = full || !bounded;
        workers.forEachChunk(chunks, c -> {
            checkCancelled();
            assignChunk(c, scanAll);
        });
        for (int c = 0; c < chunks; c++) {
            if (chunkChanged[c] > 0) {
                long[] s = chunkSums[c];
                int[] cnt = chunkCounts[c];
                for (int j = 0; j < k * d; j++) {
                    add(sums, 2 * j, s[2 * j], s[2 * j + 1]);
                }
                for (int j = 0; j < k; j++) {
                    counts[j] += cnt[j];
                }
            }
        }
    }

    /** The sum of squared distances of every customer to its centroid, in a fixed order. */
    private double inertia() {
        workers.forEachChunk(chunks, c -> {
            checkCancelled();
            chunkInertia[c] = chunkInertia(c * CHUNK, Math.min(n, c * CHUNK + CHUNK));
        });
        double inertia = 0;
        for (int c = 0; c < chunks; c++) {
            inertia += chunkInertia[c];
        }
        return inertia;
    }

    private double chunkInertia(int from, int to) {
        final double[] px = x;
        final double[] c = centroids;
        final int[] lab = labels;
        final int dd = d;
        double s = 0;
        for (int i = from; i < to; i++) {
            s += Distances.squared(px, i * dd, c, lab[i] * dd, dd);
        }
        return s;
    }

    private void assignChunk(int chunk, boolean scanAll) {
        int from = chunk * CHUNK;
        int to = Math.min(n, from + CHUNK);
        int[] todo = toScan.get();
        int m;
        if (scanAll) {
            m = to - from;
            for (int t = 0; t < m; t++) {
                todo[t] = from + t;
            }
        } else {
            // Each sweep is a method of its own, so the JIT compiles and profiles each loop apart.
            if (upper == null) {
                m = listPlane(from, to, todo);
            } else {
                m = listSweep(from, to, todo);
                if (m > 0) {
                    m = tightenSweep(todo, m);
                }
            }
        }
        int changed = 0;
        if (m > 0) {
            // Fresh arrays in this thread's own allocation buffer, copied out once per chunk: the
            // per-chunk arrays lie side by side in memory, and two threads work on neighbouring
            // chunks at the same time, so writing to them point by point made both cores fight
            // for the same cache lines (false sharing).
            long[] moved = new long[2 * k * d];
            int[] sizes = new int[k];
            changed = d == 2 ? scanPlane(todo, m, moved, sizes) : scanSweep(todo, m, moved, sizes);
            if (changed > 0) {
                System.arraycopy(moved, 0, chunkSums[chunk], 0, 2 * k * d);
                System.arraycopy(sizes, 0, chunkCounts[chunk], 0, k);
            }
        }
        chunkChanged[chunk] = changed;
    }

    /**
     * Lists in {@code todo}, without a branch (which customers fail is unpredictable, so a branch
     * per customer mispredicted often), the customers whose upper bound fails; reads no value.
     */
    private int listSweep(int from, int to, int[] todo) {
        final int[] lab = labels;
        final float[] low = lower;
        final float[] up = upper;
        final double[] down = drift;
        final double[] rise = grow;
        final double[] h = half;
        final double sl = slack;
        int m = 0;
        for (int i = from; i < to; i++) {
            int own = lab[i];
            double safe = Math.max(h[own], low[i] - down[own]) - sl;
            // keep = up < safe, read from the sign bit
            long keep = Double.doubleToRawLongBits((up[i] + rise[own]) - safe) >>> 63;
            todo[m] = i;
            m += 1 - (int) keep;
        }
        return m;
    }

    /**
     * Two features: lists the customers whose bounds fail, from their distance to their own
     * centroid, found for every customer. Four customers share a cache line, so when a quarter or
     * more fail (as often with two features) an upper bound would save no read of memory, and its
     * bookkeeping costs more than the distance.
     */
    private int listPlane(int from, int to, int[] todo) {
        final double[] px = x;
        final double[] c = centroids;
        final int[] lab = labels;
        final float[] low = lower;
        final double[] down = drift;
        final double[] h = half;
        final double sl = slack;
        int m = 0;
        for (int i = from; i < to; i++) {
            int own = lab[i];
            double dx = px[2 * i] - c[2 * own];
            double dy = px[2 * i + 1] - c[2 * own + 1];
            double dist = dx * dx + dy * dy;
            double safe = Math.max(h[own], low[i] - down[own]) - sl;
            long keep = (Double.doubleToRawLongBits(0.0 - safe)
                    & Double.doubleToRawLongBits(dist - safe * safe)) >>> 63;
            todo[m] = i;
            m += 1 - (int) keep;
        }
        return m;
    }

    /**
     * Finds each listed customer's distance to its own centroid, which tightens its upper bound,
     * and keeps in {@code todo} those whose bounds still fail.
     */
    private int tightenSweep(int[] todo, int m) {
        final double[] px = x;
        final double[] c = centroids;
        final int[] lab = labels;
        final float[] low = lower;
        final float[] up = upper;
        final double[] down = drift;
        final double[] rise = grow;
        final double[] h = half;
        final double sl = slack;
        final int dd = d;
        int left = 0;
        for (int t = 0; t < m; t++) {
            int i = todo[t];
            int own = lab[i];
            double dist = Distances.squared(px, i * dd, c, own * dd, dd);
            up[i] = roundUp(Math.sqrt(dist) - rise[own]);
            double safe = Math.max(h[own], low[i] - down[own]) - sl;
            // keep = safe > 0 && dist < safe²
            long keep = (Double.doubleToRawLongBits(0.0 - safe)
                    & Double.doubleToRawLongBits(dist - safe * safe)) >>> 63;
            todo[left] = i;
            left += 1 - (int) keep;
        }
        return left;
    }

    /**
     * The nearest centroid of each listed customer; a customer that changes segment is moved
     * between the sums in {@code moved} and {@code sizes}. The distances to all k centroids are
     * summed feature by feature over centroids laid out feature-major, so the inner loop runs
     * along the centroids (which the JIT vectorises), and each distance is still summed in feature
     * order, as {@link Distances#squared} sums it: the same bits.
     */
    private int scanSweep(int[] todo, int m, long[] moved, int[] sizes) {
        final double[] px = x;
        final int[] lab = labels;
        final float[] low = lower;
        final float[] up = upper;
        final double[] down = drift;
        final double[] rise = grow;
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
            // Squared distances are >= 0, so their bit patterns order as the values do. Comparing
            // them as longs with masks (no branch, no conditional move) keeps the search fast on
            // customers whose nearest centroid is unpredictable. Ties keep the lower index, as a
            // plain "<" does.
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
                low[i] = roundDown(Math.sqrt(Double.longBitsToDouble(second)) + down[bestC]);
                up[i] = roundUp(Math.sqrt(Double.longBitsToDouble(bestBits)) - rise[bestC]);
            }
            int old = lab[i];
            if (old != bestC) {
                changed++;
                lab[i] = bestC;
                move(off, old, bestC, moved, sizes);
            }
        }
        return changed;
    }

    /**
     * {@link #scanSweep} for two features, the app's usual case: each centroid's two coordinates
     * side by side in registers, the same distances to the bit.
     */
    private int scanPlane(int[] todo, int m, long[] moved, int[] sizes) {
        final double[] px = x;
        final int[] lab = labels;
        final float[] low = lower;
        final double[] down = drift;
        final int kk = k;
        final double[] cx = new double[kk];
        final double[] cy = new double[kk];
        for (int j = 0; j < kk; j++) {
            cx[j] = centroids[2 * j];
            cy[j] = centroids[2 * j + 1];
        }
        int changed = 0;
        for (int t = 0; t < m; t++) {
            int i = todo[t];
            double xi = px[2 * i];
            double yi = px[2 * i + 1];
            long bestBits = Long.MAX_VALUE;
            long second = Long.MAX_VALUE;
            int bestC = 0;
            for (int j = 0; j < kk; j++) {
                double dx = xi - cx[j];
                double dy = yi - cy[j];
                long s = Double.doubleToRawLongBits(0.0 + dx * dx + dy * dy);
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
                low[i] = roundDown(Math.sqrt(Double.longBitsToDouble(second)) + down[bestC]);
            }
            int old = lab[i];
            if (old != bestC) {
                changed++;
                lab[i] = bestC;
                move(2 * i, old, bestC, moved, sizes);
            }
        }
        return changed;
    }

    /** Moves the customer whose values start at {@code off} from segment {@code from} (or none) to {@code to}. */
    private void move(int off, int from, int to, long[] moved, int[] sizes) {
        sizes[to]++;
        if (from >= 0) {
            sizes[from]--;
        }
        for (int f = 0; f < d; f++) {
            // The whole number round(v × 2^scale) of the value, as 128 bits (hi, lo), from the
            // double's own bits: v = ±m × 2^(e − 1075).
            long bits = Double.doubleToRawLongBits(x[off + f]);
            int e = (int) ((bits >>> 52) & 0x7FF);
            long m = bits & 0xFFFFFFFFFFFFFL;
            if (e == 0) {
                e = 1; // subnormal
            } else {
                m |= 1L << 52;
            }
            int t = e - 1075 + scale2[f];
            long hi;
            long lo;
            if (t >= 64) {
                hi = m << (t - 64);
                lo = 0;
            } else if (t > 0) {
                hi = m >>> (64 - t);
                lo = m << t;
            } else if (t == 0) {
                hi = 0;
                lo = m;
            } else if (t > -54) {
                hi = 0;
                lo = (m + (1L << (-t - 1))) >>> -t; // half away from zero, as the sign is applied after
            } else {
                hi = 0;
                lo = 0; // below half a unit
            }
            if (bits < 0) {
                lo = -lo;
                hi = ~hi + (lo == 0 ? 1 : 0);
            }
            add(moved, 2 * (to * d + f), hi, lo);
            if (from >= 0) {
                add(moved, 2 * (from * d + f), ~hi + (lo == 0 ? 1 : 0), -lo);
            }
        }
    }

    /** Adds the 128-bit number (hi, lo) to the one at {@code a[at]} (high word) and {@code a[at + 1]}. */
    private static void add(long[] a, int at, long hi, long lo) {
        long low = a[at + 1] + lo;
        a[at] += hi + (Long.compareUnsigned(low, lo) < 0 ? 1 : 0);
        a[at + 1] = low;
    }

    /** A 128-bit sum of whole numbers divided by {@code count}, times 2^-scale: rounded once, correctly. */
    private static double mean(long hi, long lo, int count, int scale) {
        java.math.BigInteger sum = java.math.BigInteger.valueOf(hi).shiftLeft(64)
                .add(java.math.BigInteger.valueOf(lo).and(LOW_64));
        int sign = sum.signum();
        // 64 more bits than the sum has, and the lowest bit set when the division is not exact, so
        // that rounding the quotient to a double rounds the exact mean.
        java.math.BigInteger[] qr = sum.abs().shiftLeft(64).divideAndRemainder(java.math.BigInteger.valueOf(count));
        java.math.BigInteger q = qr[1].signum() == 0 ? qr[0] : qr[0].setBit(0);
        return sign * Math.scalb(q.doubleValue(), -scale - 64);
    }

    /** The next centroids: the mean of each segment; an empty one takes the farthest customer. */
    private double[] means() {
        double[] next = new double[k * d];
        boolean anyEmpty = false;
        for (int j = 0; j < k; j++) {
            if (counts[j] == 0) {
                anyEmpty = true;
            } else {
                for (int f = 0; f < d; f++) {
                    int at = 2 * (j * d + f);
                    next[j * d + f] = mean(sums[at], sums[at + 1], counts[j], scale2[f]);
                }
            }
        }
        if (anyEmpty) {
            reseedEmpty(next);
        }
        return next;
    }

    /** Puts each empty segment's centroid on the customer farthest from its own centroid. */
    private void reseedEmpty(double[] next) {
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
                grow[j] += shift[j];
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

    /** A float at or above {@code v}, so that a stored upper bound stays an upper bound. */
    private static float roundUp(double v) {
        return Math.nextUp((float) v);
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
