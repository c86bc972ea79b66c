package org.segmentstudio.engine;

/**
 * Everything a k-means run needs, checked once here and then trusted.
 *
 * @param k                 number of segments, at least 1
 * @param seeding           how the first centroids are chosen
 * @param initialCentroids  k rows of starting centroids (in the data's own units) for {@link Seeding#GIVEN}, else null
 * @param nInit             restarts; the run with the lowest inertia wins (always 1 with given centroids)
 * @param maxIterations     upper bound on Lloyd iterations per restart
 * @param tolerance         scikit-learn's tol: stop when the total squared centroid shift is at most
 *                          tolerance × the mean feature variance (in the clustered space)
 * @param scaling           how features are scaled before clustering
 * @param seed              random seed: the same seed gives the same result, on any thread count
 * @param threads           worker threads for the assignment step (1 = the calling thread only)
 * @param algorithm         how nearest centroids are found; does not change the result
 */
public record KMeansParams(int k, Seeding seeding, double[][] initialCentroids, int nInit, int maxIterations,
                           double tolerance, Scaling scaling, long seed, int threads, Algorithm algorithm) {

    public static final int DEFAULT_N_INIT = 10;
    public static final int DEFAULT_MAX_ITERATIONS = 300;
    public static final double DEFAULT_TOLERANCE = 1e-4;
    public static final long DEFAULT_SEED = 42L;

    public KMeansParams {
        if (k < 1) {
            throw new IllegalArgumentException("K must be at least 1, got " + k + ".");
        }
        if (seeding == null || scaling == null || algorithm == null) {
            throw new IllegalArgumentException("seeding, scaling and algorithm are required");
        }
        if (seeding == Seeding.GIVEN) {
            if (initialCentroids == null || initialCentroids.length != k) {
                throw new IllegalArgumentException("Given seeding needs exactly K = " + k + " initial centroids, got "
                        + (initialCentroids == null ? 0 : initialCentroids.length) + ".");
            }
            initialCentroids = deepCopy(initialCentroids);
            int d = initialCentroids[0].length;
            for (int c = 0; c < k; c++) {
                if (initialCentroids[c].length != d || d == 0) {
                    throw new IllegalArgumentException("Initial centroid " + (c + 1) + " has " + initialCentroids[c].length
                            + " values; every centroid needs the same number, one per feature.");
                }
                for (int f = 0; f < d; f++) {
                    if (!Double.isFinite(initialCentroids[c][f])) {
                        throw new IllegalArgumentException("Initial centroid " + (c + 1) + ", value " + (f + 1)
                                + " is not a finite number (" + initialCentroids[c][f] + ").");
                    }
                }
            }
            nInit = 1;
        } else if (initialCentroids != null) {
            throw new IllegalArgumentException("initial centroids are only used with given seeding");
        }
        if (nInit < 1) {
            throw new IllegalArgumentException("n-init must be at least 1, got " + nInit + ".");
        }
        if (maxIterations < 1) {
            throw new IllegalArgumentException("max iterations must be at least 1, got " + maxIterations + ".");
        }
        if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
            throw new IllegalArgumentException("tolerance must be a finite number >= 0, got " + tolerance + ".");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads + ".");
        }
    }

    /** Defaults for a user's run: k-means++, 10 restarts, z-score scaling, all cores, Hamerly. */
    public static KMeansParams defaults(int k) {
        return new KMeansParams(k, Seeding.KMEANS_PLUS_PLUS, null, DEFAULT_N_INIT, DEFAULT_MAX_ITERATIONS,
                DEFAULT_TOLERANCE, Scaling.ZSCORE, DEFAULT_SEED, Runtime.getRuntime().availableProcessors(),
                Algorithm.HAMERLY);
    }

    /**
     * Starts from the given centroids (in the data's own units) instead of seeding; one run.
     * Keeps every other setting.
     */
    public KMeansParams withInitialCentroids(double[][] centroids) {
        return new KMeansParams(centroids.length, Seeding.GIVEN, centroids, 1, maxIterations, tolerance, scaling, seed,
                threads, algorithm);
    }

    /** Another K; given centroids, which fix K, fall back to k-means++. */
    public KMeansParams withK(int newK) {
        Seeding s = seeding == Seeding.GIVEN ? Seeding.KMEANS_PLUS_PLUS : seeding;
        int n = seeding == Seeding.GIVEN ? DEFAULT_N_INIT : nInit;
        return new KMeansParams(newK, s, null, n, maxIterations, tolerance, scaling, seed, threads, algorithm);
    }

    /** k-means++ or random seeding; for given centroids use {@link #withInitialCentroids}. */
    public KMeansParams withSeeding(Seeding s) {
        if (s == Seeding.GIVEN) {
            throw new IllegalArgumentException("use withInitialCentroids for given seeding");
        }
        return new KMeansParams(k, s, null, nInit, maxIterations, tolerance, scaling, seed, threads, algorithm);
    }

    public KMeansParams withScaling(Scaling s) {
        return new KMeansParams(k, seeding, initialCentroids, nInit, maxIterations, tolerance, s, seed, threads,
                algorithm);
    }

    public KMeansParams withSeed(long s) {
        return new KMeansParams(k, seeding, initialCentroids, nInit, maxIterations, tolerance, scaling, s, threads,
                algorithm);
    }

    public KMeansParams withNInit(int n) {
        return new KMeansParams(k, seeding, initialCentroids, n, maxIterations, tolerance, scaling, seed, threads,
                algorithm);
    }

    public KMeansParams withThreads(int t) {
        return new KMeansParams(k, seeding, initialCentroids, nInit, maxIterations, tolerance, scaling, seed, t,
                algorithm);
    }

    public KMeansParams withMaxIterations(int m) {
        return new KMeansParams(k, seeding, initialCentroids, nInit, m, tolerance, scaling, seed, threads, algorithm);
    }

    public KMeansParams withTolerance(double t) {
        return new KMeansParams(k, seeding, initialCentroids, nInit, maxIterations, t, scaling, seed, threads,
                algorithm);
    }

    public KMeansParams withAlgorithm(Algorithm a) {
        return new KMeansParams(k, seeding, initialCentroids, nInit, maxIterations, tolerance, scaling, seed, threads,
                a);
    }

    @Override
    public double[][] initialCentroids() {
        return initialCentroids == null ? null : deepCopy(initialCentroids);
    }

    static double[][] deepCopy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }
}
