package org.segmentstudio.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;

/**
 * k-means with Lloyd iterations. Pure computation: no I/O and no UI. Every iteration is handed to a
 * {@link KMeansListener} as an immutable snapshot, and the cancel signal is checked once per
 * iteration.
 */
public final class KMeans {

    private KMeans() {
    }

    public static KMeansResult fit(Matrix data, KMeansParams params) {
        return fit(data, params, KMeansListener.NONE, () -> false);
    }

    /**
     * @param cancelled checked once per iteration, from the engine's thread; must be thread-safe
     * @throws CancelledException when {@code cancelled} turned true
     * @throws IllegalArgumentException for data k-means cannot work on, with a plain message
     */
    public static KMeansResult fit(Matrix data, KMeansParams params, KMeansListener listener,
                                   BooleanSupplier cancelled) {
        validate(data, params);
        List<String> warnings = new ArrayList<>();
        Scaler scaler = params.scaling().fit(data);
        if (params.scaling() != Scaling.NONE) {
            for (int j = 0; j < data.cols(); j++) {
                if (scaler.isConstant(j)) {
                    warnings.add("Feature " + (j + 1) + " has the same value for every customer; it does not affect the segments.");
                }
            }
        }
        Matrix x = params.scaling() == Scaling.NONE ? data : scaler.transform(data);
        double tolerance = params.tolerance() * meanVariance(x);
        SplittableRandom random = new SplittableRandom(params.seed());

        Run best = null;
        for (int restart = 0; restart < params.nInit(); restart++) {
            double[] seeds = seed(x, params, scaler, random.split());
            Run run = lloyd(x, seeds, params, tolerance, restart, scaler, listener, cancelled);
            if (best == null || run.inertia < best.inertia) {
                best = run;
            }
        }
        int k = params.k();
        int d = x.cols();
        double[][] centroids = new double[k][];
        for (int c = 0; c < k; c++) {
            centroids[c] = scaler.inverseRow(Arrays.copyOfRange(best.centroids, c * d, (c + 1) * d));
        }
        return new KMeansResult(centroids, best.labels, best.inertia, best.iterations, best.converged, best.restart,
                List.copyOf(warnings));
    }

    private record Run(double[] centroids, int[] labels, double inertia, int iterations, boolean converged,
                       int restart) {
    }

    private static void validate(Matrix data, KMeansParams params) {
        int n = data.rows();
        if (n == 0) {
            throw new IllegalArgumentException("There are no customers to cluster.");
        }
        double[] v = data.values();
        for (int i = 0; i < v.length; i++) {
            if (!Double.isFinite(v[i])) {
                throw new IllegalArgumentException("Customer " + (i / data.cols() + 1) + ", feature "
                        + (i % data.cols() + 1) + " is not a finite number (" + v[i] + ").");
            }
        }
        if (params.k() > n) {
            throw new IllegalArgumentException("K = " + params.k() + " is more than the " + n + " customers there are.");
        }
        if (params.seeding() == Seeding.GIVEN) {
            for (double[] c : params.initialCentroids()) {
                if (c.length != data.cols()) {
                    throw new IllegalArgumentException("Each initial centroid needs " + data.cols() + " values.");
                }
            }
        } else if (countDistinct(data, params.k()) < params.k()) {
            throw new IllegalArgumentException("Only " + countDistinct(data, params.k())
                    + " distinct customers exist, fewer than K = " + params.k() + ". Choose a smaller K.");
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

    static double meanVariance(Matrix x) {
        int n = x.rows();
        int d = x.cols();
        double[] v = x.values();
        double total = 0;
        for (int j = 0; j < d; j++) {
            double mean = 0;
            for (int i = 0; i < n; i++) {
                mean += v[i * d + j];
            }
            mean /= n;
            double ss = 0;
            for (int i = 0; i < n; i++) {
                double dx = v[i * d + j] - mean;
                ss += dx * dx;
            }
            total += ss / n;
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

    private static Run lloyd(Matrix x, double[] centroids, KMeansParams params, double tolerance, int restart,
                             Scaler scaler, KMeansListener listener, BooleanSupplier cancelled) {
        int n = x.rows();
        int d = x.cols();
        int k = params.k();
        double[] v = x.values();
        int[] labels = new int[n];
        double[] dist = new double[n];
        Arrays.fill(labels, -1);
        double inertia = assign(v, n, d, centroids, k, labels, dist);
        listener.onIteration(snapshot(restart, 0, centroids, k, d, labels, inertia, n, false, scaler));
        boolean converged = false;
        int iteration = 0;
        while (iteration < params.maxIterations()) {
            if (cancelled.getAsBoolean()) {
                throw new CancelledException();
            }
            iteration++;
            double[] next = update(v, n, d, k, labels, dist, centroids);
            double shift = 0;
            for (int i = 0; i < next.length; i++) {
                double s = next[i] - centroids[i];
                shift += s * s;
            }
            centroids = next;
            int[] before = labels.clone();
            inertia = assign(v, n, d, centroids, k, labels, dist);
            int changed = 0;
            for (int i = 0; i < n; i++) {
                if (before[i] != labels[i]) {
                    changed++;
                }
            }
            converged = changed == 0 || shift <= tolerance;
            listener.onIteration(snapshot(restart, iteration, centroids, k, d, labels, inertia, changed, converged,
                    scaler));
            if (converged) {
                break;
            }
        }
        return new Run(centroids, labels, inertia, iteration, converged, restart);
    }

    /** Nearest centroid for every point; returns the inertia. */
    static double assign(double[] v, int n, int d, double[] c, int k, int[] labels, double[] dist) {
        double inertia = 0;
        for (int i = 0; i < n; i++) {
            int off = i * d;
            int bestC = 0;
            double best = Double.POSITIVE_INFINITY;
            for (int j = 0; j < k; j++) {
                double s = 0;
                int co = j * d;
                for (int f = 0; f < d; f++) {
                    double t = v[off + f] - c[co + f];
                    s += t * t;
                }
                if (s < best) {
                    best = s;
                    bestC = j;
                }
            }
            labels[i] = bestC;
            dist[i] = best;
            inertia += best;
        }
        return inertia;
    }

    /** Means of the assigned points; an empty segment takes the point farthest from its centroid. */
    private static double[] update(double[] v, int n, int d, int k, int[] labels, double[] dist, double[] old) {
        double[] sum = new double[k * d];
        int[] count = new int[k];
        for (int i = 0; i < n; i++) {
            int l = labels[i];
            count[l]++;
            int off = i * d;
            int co = l * d;
            for (int f = 0; f < d; f++) {
                sum[co + f] += v[off + f];
            }
        }
        boolean[] taken = new boolean[n];
        for (int j = 0; j < k; j++) {
            if (count[j] == 0) {
                int far = -1;
                for (int i = 0; i < n; i++) {
                    if (!taken[i] && (far < 0 || dist[i] > dist[far])) {
                        far = i;
                    }
                }
                taken[far] = true;
                dist[far] = 0;
                System.arraycopy(v, far * d, sum, j * d, d);
                count[j] = 1;
            } else {
                for (int f = 0; f < d; f++) {
                    sum[j * d + f] /= count[j];
                }
            }
        }
        return sum;
    }

    private static IterationSnapshot snapshot(int restart, int iteration, double[] c, int k, int d, int[] labels,
                                              double inertia, int changed, boolean converged, Scaler scaler) {
        double[][] centroids = new double[k][];
        for (int j = 0; j < k; j++) {
            centroids[j] = scaler.inverseRow(Arrays.copyOfRange(c, j * d, (j + 1) * d));
        }
        return new IterationSnapshot(restart, iteration, centroids, labels.clone(), inertia, changed, converged);
    }
}
