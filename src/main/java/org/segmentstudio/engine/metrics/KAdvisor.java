package org.segmentstudio.engine.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.function.BooleanSupplier;
import org.segmentstudio.engine.CancelledException;
import org.segmentstudio.engine.KMeans;
import org.segmentstudio.engine.KMeansListener;
import org.segmentstudio.engine.KMeansParams;
import org.segmentstudio.engine.KMeansResult;
import org.segmentstudio.engine.Matrix;
import org.segmentstudio.engine.Scaling;

/**
 * Suggests K: clusters for every K in a range and recommends one from the silhouette and the elbow
 * of the inertia curve, never one that leaves a segment with fewer than 2 % of the customers.
 *
 * <p>The rule: among the allowed K, the best silhouette wins, unless the elbow's silhouette is
 * within {@value #NEAR_TIE} of it, in which case the elbow wins (it is the simpler story for the
 * same quality).
 */
public final class KAdvisor {
    public static final int DEFAULT_K_MIN = 2;
    public static final int DEFAULT_K_MAX = 10;
    public static final double MIN_SEGMENT_SHARE = 0.02;
    static final double NEAR_TIE = 0.02;

    /** Hears each K as soon as it is scored, on the advisor's thread. */
    @FunctionalInterface
    public interface Progress {
        void scored(KScore score, int done, int total);

        Progress NONE = (s, done, total) -> { };
    }

    private KAdvisor() {
    }

    public static KAdvice advise(Matrix data, KMeansParams base) {
        return advise(data, base, DEFAULT_K_MIN, DEFAULT_K_MAX, Progress.NONE, () -> false);
    }

    /**
     * @param data      customers in the data's own units (the params' scaling is applied)
     * @param base      settings for every fit; its K is replaced by each K of the range
     * @param cancelled checked often; must be thread-safe
     * @throws CancelledException when cancelled
     * @throws IllegalArgumentException for a bad range or data k-means cannot work on
     */
    public static KAdvice advise(Matrix data, KMeansParams base, int kMin, int kMax, Progress progress,
                                 BooleanSupplier cancelled) {
        if (kMin < 1 || kMax < kMin) {
            throw new IllegalArgumentException("The K range must satisfy 1 <= from <= to; got " + kMin + " to "
                    + kMax + ".");
        }
        if (kMax > data.rows()) {
            throw new IllegalArgumentException("K up to " + kMax + " needs at least " + kMax + " customers; there are "
                    + data.rows() + ".");
        }
        if (data.rows() > SAMPLE_ABOVE) {
            return onSample(data, base, kMin, kMax, progress, cancelled);
        }
        Matrix clustered = base.scaling().apply(data);
        int n = data.rows();
        int total = kMax - kMin + 1;
        List<KScore> scores = new ArrayList<>(total);
        Silhouette lastSilhouette = null;
        for (int k = kMin; k <= kMax; k++) {
            if (cancelled.getAsBoolean()) {
                throw new CancelledException();
            }
            KMeansResult r = KMeans.fit(data, base.withK(k), KMeansListener.NONE, cancelled);
            Quality q = Quality.of(clustered, r.labels(), k, base.seed());
            int smallest = n;
            for (int s : r.sizes()) {
                smallest = Math.min(smallest, s);
            }
            KScore score = new KScore(k, r.inertia(), q.silhouette().value(), q.calinskiHarabasz(), q.daviesBouldin(),
                    (double) smallest / n);
            scores.add(score);
            lastSilhouette = q.silhouette();
            progress.scored(score, scores.size(), total);
        }
        return recommend(scores, lastSilhouette.rowsUsed(), lastSilhouette.sampled());
    }

    /** Picks K from the scores; see the class comment for the rule. */
    static KAdvice recommend(List<KScore> scores, int silhouetteRows, boolean sampled) {
        int m = scores.size();
        int[] ks = new int[m];
        double[] inertia = new double[m];
        for (int i = 0; i < m; i++) {
            ks[i] = scores.get(i).k();
            inertia[i] = scores.get(i).inertia();
        }
        OptionalInt kneeAt = Kneedle.knee(ks, inertia);
        OptionalInt elbow = kneeAt.isPresent() ? OptionalInt.of(ks[kneeAt.getAsInt()]) : OptionalInt.empty();
        KScore best = null;
        for (KScore s : scores) {
            if (allowed(s) && !Double.isNaN(s.silhouette()) && (best == null || s.silhouette() > best.silhouette())) {
                best = s;
            }
        }
        KScore knee = elbow.isPresent() ? scores.get(kneeAt.getAsInt()) : null;
        int recommended;
        String reason;
        if (best == null && knee != null && allowed(knee)) {
            recommended = knee.k();
            reason = String.format(Locale.ROOT, "K = %d: the elbow of the inertia curve (no silhouette could be"
                    + " computed).", knee.k());
        } else if (best == null) {
            KScore widest = scores.get(0);
            for (KScore s : scores) {
                if (s.smallestSegmentShare() > widest.smallestSegmentShare()) {
                    widest = s;
                }
            }
            recommended = widest.k();
            reason = String.format(Locale.ROOT, "K = %d: no K from %d to %d keeps every segment at %s of the"
                    + " customers or more; this one comes closest (smallest segment %s).", widest.k(), ks[0],
                    ks[m - 1], percent(MIN_SEGMENT_SHARE), percent(widest.smallestSegmentShare()));
        } else if (knee != null && knee.k() == best.k()) {
            recommended = best.k();
            reason = String.format(Locale.ROOT, "K = %d: the elbow of the inertia curve and the highest silhouette"
                    + " (%.2f).", best.k(), best.silhouette());
        } else if (knee != null && allowed(knee) && knee.silhouette() >= best.silhouette() - NEAR_TIE) {
            recommended = knee.k();
            reason = String.format(Locale.ROOT, "K = %d: the elbow of the inertia curve, with a silhouette (%.2f)"
                    + " close to the best (%.2f at K = %d).", knee.k(), knee.silhouette(), best.silhouette(), best.k());
        } else {
            recommended = best.k();
            String why = knee == null ? "the inertia curve has no clear elbow"
                    : !allowed(knee) ? String.format(Locale.ROOT, "the elbow at K = %d leaves a segment under %s of"
                    + " the customers", knee.k(), percent(MIN_SEGMENT_SHARE))
                    : String.format(Locale.ROOT, "the elbow at K = %d has a lower silhouette (%.2f)", knee.k(),
                    knee.silhouette());
            reason = String.format(Locale.ROOT, "K = %d: the highest silhouette (%.2f); %s.", best.k(),
                    best.silhouette(), why);
        }
        return new KAdvice(scores, recommended, reason, elbow, MIN_SEGMENT_SHARE, silhouetteRows, sampled, -1);
    }

    /** Above this many customers the search runs on a seeded sample of {@link #SAMPLE} of them. */
    public static final int SAMPLE_ABOVE = 200_000;
    public static final int SAMPLE = 100_000;

    /**
     * Searches K on a seeded random sample, then fits the recommended K on everyone to confirm that
     * no segment falls under {@link #MIN_SEGMENT_SHARE}; the reason says both. A million customers
     * take the time of a tenth of them, and the K a sample of 100,000 picks is the K everyone would.
     */
    private static KAdvice onSample(Matrix data, KMeansParams base, int kMin, int kMax, Progress progress,
                                    BooleanSupplier cancelled) {
        int n = data.rows();
        int d = data.cols();
        int[] rows = sampleRows(n, SAMPLE, base.seed());
        double[] v = new double[SAMPLE * d];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(data.values(), rows[i] * d, v, i * d, d);
        }
        KAdvice onSample = advise(new Matrix(v, SAMPLE, d), base, kMin, kMax, progress, cancelled);
        int k = onSample.recommended();
        KMeansResult all = KMeans.fit(data, base.withK(k), KMeansListener.NONE, cancelled);
        int smallest = n;
        for (int s : all.sizes()) {
            smallest = Math.min(smallest, s);
        }
        double share = (double) smallest / n;
        String confirmed = share >= MIN_SEGMENT_SHARE
                ? String.format(Locale.ROOT, " Searched on a seeded sample of %,d of the %,d customers; K = %d fitted"
                        + " on everyone keeps every segment at %s or more (smallest %s).", SAMPLE, n, k,
                        percent(MIN_SEGMENT_SHARE), percent(share))
                : String.format(Locale.ROOT, " Searched on a seeded sample of %,d of the %,d customers; on everyone,"
                        + " K = %d leaves a segment of %s: try a smaller K.", SAMPLE, n, k, percent(share));
        return onSample.searchedOn(SAMPLE, onSample.reason() + confirmed);
    }

    /** {@code m} distinct rows of {@code n}, in increasing order, the same for the same seed. */
    static int[] sampleRows(int n, int m, long seed) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed ^ 0x5A4D504CL);
        // Selection sampling (Knuth's algorithm S): each row in turn is taken with the chance that is left.
        int[] out = new int[m];
        int taken = 0;
        for (int i = 0; i < n && taken < m; i++) {
            if (random.nextInt(n - i) < m - taken) {
                out[taken++] = i;
            }
        }
        return out;
    }

    private static boolean allowed(KScore s) {
        return s.smallestSegmentShare() >= MIN_SEGMENT_SHARE;
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f %%", share * 100).replace(".0 %", " %");
    }
}
