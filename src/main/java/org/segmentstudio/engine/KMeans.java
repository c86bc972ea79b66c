package org.segmentstudio.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;

/**
 * k-means: seeding, restarts and scaling around {@link Iterations}. Pure computation: no I/O and
 * no UI. Every iteration is handed to a {@link KMeansListener} as an immutable snapshot, and the
 * cancel signal is checked at every chunk of customers, so a cancel is honoured within one
 * iteration. A seeded run gives bit-identical results every time and on any thread count.
 */
public final class KMeans {

    private KMeans() {
    }

    public static KMeansResult fit(Matrix data, KMeansParams params) {
        return fit(data, params, KMeansListener.NONE, () -> false);
    }

    /**
     * @param cancelled checked often, from the engine's threads; must be thread-safe
     * @throws CancelledException when {@code cancelled} turned true
     * @throws IllegalArgumentException for data k-means cannot work on, with a plain message
     */
    public static KMeansResult fit(Matrix data, KMeansParams params, KMeansListener listener,
                                   BooleanSupplier cancelled) {
        validate(data, params);
        Scaler scaler = params.scaling().fit(data);
        List<String> warnings = constantFeatureWarnings(data, params.scaling(), scaler);
        Matrix x = params.scaling() == Scaling.NONE ? data : scaler.transform(data);
        double tolerance = params.tolerance() == 0 ? 0 : params.tolerance() * meanVariance(x);
        SplittableRandom random = new SplittableRandom(params.seed());
        int k = params.k();
        int d = x.cols();

        Iterations.Run best = null;
        try (Workers workers = Workers.create(params.threads(), Iterations.chunkCount(x.rows()))) {
            Iterations iterations = new Iterations(x, k, params.algorithm(), workers, cancelled);
            for (int restart = 0; restart < params.nInit(); restart++) {
                if (cancelled.getAsBoolean()) {
                    throw new CancelledException();
                }
                double[] seeds = seed(x, params, scaler, random.split());
                int r = restart;
                boolean inPlace = listener.readsLabelsInPlace();
                Iterations.PassListener hook = listener == KMeansListener.NONE
                        ? (it, c, l, in, ch, conv) -> { }
                        : (it, c, l, in, ch, conv) -> listener.onIteration(new IterationSnapshot(r, it,
                                toRows(c, k, d, scaler), inPlace ? l : l.clone(), in, ch, conv));
                Iterations.Run run = iterations.run(seeds, params.maxIterations(), tolerance, restart, hook,
                        listener != KMeansListener.NONE && listener.readsInertia());
                if (best == null || run.inertia() < best.inertia()) {
                    best = run;
                }
            }
        }
        double[][] clustered = new double[k][];
        for (int c = 0; c < k; c++) {
            clustered[c] = Arrays.copyOfRange(best.centroids(), c * d, (c + 1) * d);
        }
        return new KMeansResult(toRows(best.centroids(), k, d, scaler), best.labels(), best.inertia(),
                best.iterations(), best.converged(), best.restart(), List.copyOf(warnings), clustered);
    }

    private static List<String> constantFeatureWarnings(Matrix data, Scaling scaling, Scaler scaler) {
        List<String> warnings = new ArrayList<>();
        if (scaling != Scaling.NONE) {
            for (int j = 0; j < data.cols(); j++) {
                if (scaler.isConstant(j)) {
                    warnings.add("Feature " + (j + 1) + " has the same value for every customer; it does not affect"
                            + " the segments.");
                }
            }
        }
        return warnings;
    }

    private static double[][] toRows(double[] flat, int k, int d, Scaler scaler) {
        double[][] rows = new double[k][];
        for (int c = 0; c < k; c++) {
            rows[c] = scaler.inverseRow(Arrays.copyOfRange(flat, c * d, (c + 1) * d));
        }
        return rows;
    }

    private static void validate(Matrix data, KMeansParams params) {
        int n = data.rows();
        int d = data.cols();
        if (n == 0) {
            throw new IllegalArgumentException("There are no customers to cluster.");
        }
        double[] v = data.values();
        for (int i = 0; i < v.length; i++) {
            if (!Double.isFinite(v[i])) {
                throw new IllegalArgumentException("Customer " + (i / d + 1) + ", feature " + (i % d + 1)
                        + " is not a finite number (" + v[i] + "). Fill or drop missing values first.");
            }
        }
        if (params.k() > n) {
            throw new IllegalArgumentException("K = " + params.k() + " is more than the " + n
                    + " customers there are. Choose a smaller K.");
        }
        if (params.seeding() == Seeding.GIVEN) {
            for (double[] c : params.initialCentroids()) {
                if (c.length != d) {
                    throw new IllegalArgumentException("Each initial centroid needs " + d + " values, one per feature;"
                            + " got " + c.length + ".");
                }
            }
        }
        int distinct = countDistinct(data, params.k());
        if (distinct < params.k()) {
            throw new TooFewDistinctException(distinct, params.k());
        }
    }

    /** Distinct rows, counted up to {@code limit} (we only need to know whether there are k). */
    private static int countDistinct(Matrix data, int limit) {
        Set<List<Double>> seen = new HashSet<>();
        int d = data.cols();
        for (int i = 0; i < data.rows() && seen.size() < limit; i++) {
            List<Double> row = new ArrayList<>(d);
            for (int j = 0; j < d; j++) {
                row.add(data.get(i, j) + 0.0);
            }
            seen.add(row);
        }
        return seen.size();
    }

    /** The mean of the per-feature variances: scikit-learn scales its tol by this. */
    static double meanVariance(Matrix x) {
        int n = x.rows();
        int d = x.cols();
        double[] v = x.values();
        double[] mean = new double[d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                mean[j] += v[i * d + j];
            }
        }
        double[] ss = new double[d];
        for (int j = 0; j < d; j++) {
            mean[j] /= n;
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                double dx = v[i * d + j] - mean[j];
                ss[j] += dx * dx;
            }
        }
        double total = 0;
        for (int j = 0; j < d; j++) {
            total += ss[j] / n;
        }
        return total / d;
    }

    private static double[] seed(Matrix x, KMeansParams params, Scaler scaler, SplittableRandom random) {
        return switch (params.seeding()) {
            case GIVEN -> {
                double[][] given = params.initialCentroids();
                double[] c = new double[params.k() * x.cols()];
                for (int i = 0; i < given.length; i++) {
                    System.arraycopy(scaler.transformRow(given[i]), 0, c, i * x.cols(), x.cols());
                }
                yield c;
            }
            case RANDOM -> Seeders.random(x, params.k(), random);
            case KMEANS_PLUS_PLUS -> Seeders.greedyKMeansPlusPlus(x, params.k(), random);
        };
    }
}
