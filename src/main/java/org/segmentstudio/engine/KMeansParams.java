package org.segmentstudio.engine;

/**
 * Everything a k-means run needs, checked once here and then trusted.
 *
 * @param k                 number of segments, at least 1
 * @param seeding           how the first centroids are chosen
 * @param initialCentroids  k rows of starting centroids (in the data's own units) for {@link Seeding#GIVEN}, else null
 * @param nInit             restarts; the run with the lowest inertia wins
 * @param maxIterations     upper bound on Lloyd iterations per restart
 * @param tolerance         stop when the total squared centroid shift falls below tolerance × mean feature variance
 * @param scaling           how features are scaled before clustering
 * @param seed              random seed: the same seed gives the same result
 * @param threads           worker threads for the assignment step (1 = this thread only)
 */
public record KMeansParams(int k, Seeding seeding, double[][] initialCentroids, int nInit, int maxIterations,
                           double tolerance, Scaling scaling, long seed, int threads) {

    public static final int DEFAULT_MAX_ITERATIONS = 300;
    public static final double DEFAULT_TOLERANCE = 1e-4;

    public KMeansParams {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, got " + k);
        }
        if (seeding == null || scaling == null) {
            throw new IllegalArgumentException("seeding and scaling are required");
        }
        if (seeding == Seeding.GIVEN) {
            if (initialCentroids == null || initialCentroids.length != k) {
                throw new IllegalArgumentException("given seeding needs exactly k = " + k + " initial centroids");
            }
            initialCentroids = deepCopy(initialCentroids);
            nInit = 1;
        } else if (initialCentroids != null) {
            throw new IllegalArgumentException("initial centroids are only used with given seeding");
        }
        if (nInit < 1) {
            throw new IllegalArgumentException("n-init must be at least 1, got " + nInit);
        }
        if (maxIterations < 1) {
            throw new IllegalArgumentException("max iterations must be at least 1, got " + maxIterations);
        }
        if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
            throw new IllegalArgumentException("tolerance must be a finite number >= 0, got " + tolerance);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
    }

    /** Defaults for a user's run: k-means++, 10 restarts, z-score scaling. */
    public static KMeansParams defaults(int k) {
        return new KMeansParams(k, Seeding.KMEANS_PLUS_PLUS, null, 10, DEFAULT_MAX_ITERATIONS, DEFAULT_TOLERANCE,
                Scaling.ZSCORE, 42L, 1);
    }

    public KMeansParams withScaling(Scaling s) {
        return new KMeansParams(k, seeding, initialCentroids, nInit, maxIterations, tolerance, s, seed, threads);
    }

    public KMeansParams withSeed(long s) {
        return new KMeansParams(k, seeding, initialCentroids, nInit, maxIterations, tolerance, scaling, s, threads);
    }

    public KMeansParams withNInit(int n) {
        return new KMeansParams(k, seeding, initialCentroids, n, maxIterations, tolerance, scaling, seed, threads);
    }

    public KMeansParams withThreads(int t) {
        return new KMeansParams(k, seeding, initialCentroids, nInit, maxIterations, tolerance, scaling, seed, t);
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
