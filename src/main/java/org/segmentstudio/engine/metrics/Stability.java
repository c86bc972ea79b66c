package org.segmentstudio.engine.metrics;

import java.util.Arrays;
import java.util.function.BooleanSupplier;
import org.segmentstudio.engine.CancelledException;
import org.segmentstudio.engine.KMeans;
import org.segmentstudio.engine.KMeansListener;
import org.segmentstudio.engine.KMeansParams;
import org.segmentstudio.engine.KMeansResult;
import org.segmentstudio.engine.Matrix;

/**
 * How firmly each customer belongs to its segment: the clustering is rerun with other seeds, and
 * for each customer we measure which share of the customers it was grouped with in the reference
 * run (the given seed) it is still grouped with, averaged over the reruns. A customer whose share
 * falls below the threshold is "borderline": which segment it lands in depends on chance.
 *
 * @param shares    per customer, the mean co-assignment share, 0 to 1
 * @param threshold below this share a customer is borderline
 * @param reruns    runs compared with the reference run
 */
public record Stability(double[] shares, double threshold, int reruns, double[] segments) {
    public static final double DEFAULT_THRESHOLD = 0.8;
    public static final int DEFAULT_RERUNS = 5;
    /** Above this many customers firmness is not assessed unless asked: five more fits of a million hold both cores. */
    public static final int ASSESSED_UP_TO = 200_000;

    public Stability {
        shares = shares.clone();
        segments = segments == null ? new double[0] : segments.clone();
    }

    public Stability(double[] shares, double threshold, int reruns) {
        this(shares, threshold, reruns, null);
    }

    /**
     * Per reference segment, how well it comes back: the mean over the reruns of its best Jaccard
     * match (customers in both / customers in either) with a segment of the rerun; 1 is the same
     * customers every time.
     */
    @Override
    public double[] segments() {
        return segments.clone();
    }

    /** Borderline customers per reference segment. */
    public int[] borderlinePerSegment(int[] reference, int k) {
        int[] out = new int[k];
        for (int i = 0; i < reference.length; i++) {
            if (isBorderline(i)) {
                out[reference[i]]++;
            }
        }
        return out;
    }

    @Override
    public double[] shares() {
        return shares.clone();
    }

    public double share(int customer) {
        return shares[customer];
    }

    public boolean isBorderline(int customer) {
        return shares[customer] < threshold;
    }

    /** Customers below the threshold, in row order. */
    public int[] borderline() {
        return java.util.stream.IntStream.range(0, shares.length).filter(this::isBorderline).toArray();
    }

    /**
     * @param params the reference run's settings; rerun r uses seed {@code params.seed() + r}
     * @param reruns runs to compare with the reference, at least 1
     */
    public static Stability assess(Matrix data, KMeansParams params, int reruns, double threshold,
                                   BooleanSupplier cancelled) {
        if (reruns < 1) {
            throw new IllegalArgumentException("At least one rerun is needed, got " + reruns + ".");
        }
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("The threshold is a share from 0 to 1, got " + threshold + ".");
        }
        return assess(data, params, KMeans.fit(data, params, KMeansListener.NONE, cancelled).labels(), reruns, threshold,
                cancelled);
    }

    /**
     * The same against a reference given (the run on screen's labels): rerun r uses seed
     * {@code params.seed() + r} and the rest of {@code params}.
     */
    public static Stability assess(Matrix data, KMeansParams params, int[] reference, int reruns, double threshold,
                                   BooleanSupplier cancelled) {
        if (reruns < 1) {
            throw new IllegalArgumentException("At least one rerun is needed, got " + reruns + ".");
        }
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("The threshold is a share from 0 to 1, got " + threshold + ".");
        }
        int k = params.k();
        int n = data.rows();
        double[] segmentMatch = new double[k];
        int[] refSize = new int[k];
        for (int l : reference) {
            refSize[l]++;
        }
        double[] shares = new double[n];
        for (int r = 1; r <= reruns; r++) {
            if (cancelled.getAsBoolean()) {
                throw new CancelledException();
            }
            KMeansResult run = KMeans.fit(data, params.withSeed(params.seed() + r), KMeansListener.NONE, cancelled);
            int[] labels = run.labels();
            // together[a * k + b]: customers in reference segment a and rerun segment b.
            int[] together = new int[k * k];
            for (int i = 0; i < n; i++) {
                together[reference[i] * k + labels[i]]++;
            }
            for (int i = 0; i < n; i++) {
                shares[i] += (double) together[reference[i] * k + labels[i]] / refSize[reference[i]];
            }
            int[] runSize = new int[k];
            for (int l : labels) {
                runSize[l]++;
            }
            for (int a = 0; a < k; a++) {
                double best = 0;
                for (int b = 0; b < k; b++) {
                    int both = together[a * k + b];
                    int either = refSize[a] + runSize[b] - both;
                    best = Math.max(best, either == 0 ? 0 : (double) both / either);
                }
                segmentMatch[a] += best;
            }
        }
        for (int i = 0; i < n; i++) {
            shares[i] /= reruns;
        }
        for (int a = 0; a < k; a++) {
            segmentMatch[a] /= reruns;
        }
        return new Stability(shares, threshold, reruns, segmentMatch);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Stability s && Arrays.equals(shares, s.shares) && threshold == s.threshold
                && reruns == s.reruns && Arrays.equals(segments, s.segments);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(shares) + Double.hashCode(threshold) + reruns;
    }

    @Override
    public String toString() {
        return "Stability[customers=" + shares.length + ", borderline=" + borderline().length + ", threshold="
                + threshold + ", reruns=" + reruns + "]";
    }
}
