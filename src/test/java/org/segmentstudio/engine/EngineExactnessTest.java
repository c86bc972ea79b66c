package org.segmentstudio.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The accelerated, multi-threaded engine against the textbook, and against itself. */
class EngineExactnessTest {

    private static double[][] pickRows(Matrix x, int k, long seed) {
        Random rnd = new Random(seed);
        double[][] c = new double[k][];
        for (int j = 0; j < k; j++) {
            int i = rnd.nextInt(x.rows());
            c[j] = new double[x.cols()];
            for (int f = 0; f < x.cols(); f++) {
                c[j][f] = x.get(i, f);
            }
        }
        return c;
    }

    private static KMeansParams given(double[][] start, Algorithm a, int threads) {
        return new KMeansParams(start.length, Seeding.GIVEN, start, 1, 300, 0, Scaling.NONE, 1, threads, a);
    }

    @Test
    void everyAlgorithmAndThreadCountMatchesBruteForceLloyd() {
        int[][] shapes = {{3_000, 1, 3}, {20_000, 2, 7}, {20_000, 3, 5}, {9_000, 5, 8}, {500, 2, 1}};
        long seed = 1;
        for (int[] shape : shapes) {
            Matrix x = KMeansTest.randomBlobs(shape[0], shape[1], 6, seed++);
            double[][] start = pickRows(x, shape[2], seed++);
            BruteForce.Outcome truth = BruteForce.lloyd(x, start, 300);
            for (Algorithm a : Algorithm.values()) {
                for (int threads : new int[] {1, 3}) {
                    KMeansResult r = KMeans.fit(x, given(start, a, threads));
                    String what = a + " on " + threads + " threads, n=" + shape[0] + " d=" + shape[1] + " k=" + shape[2];
                    assertArrayEquals(truth.labels(), r.labels(), what);
                    assertEquals(truth.inertia(), r.inertia(), 1e-9 * truth.inertia(), what);
                    assertEquals(truth.iterations(), r.iterations(), what);
                    assertTrue(r.converged(), what);
                }
            }
        }
    }

    @Test
    void resultsAreBitIdenticalAcrossThreadCountsAndAlgorithms() {
        Matrix x = KMeansTest.randomBlobs(40_000, 3, 9, 77);
        KMeansParams p = KMeansParams.defaults(6).withSeed(5).withNInit(3);
        KMeansResult one = KMeans.fit(x, p.withThreads(1).withAlgorithm(Algorithm.LLOYD));
        for (Algorithm a : Algorithm.values()) {
            for (int threads : new int[] {1, 2, 4}) {
                KMeansResult r = KMeans.fit(x, p.withThreads(threads).withAlgorithm(a));
                assertArrayEquals(one.labels(), r.labels());
                assertEquals(one.inertia(), r.inertia(), 0.0, a + " " + threads);
                for (int c = 0; c < 6; c++) {
                    assertArrayEquals(one.centroids()[c], r.centroids()[c], 0.0);
                }
            }
        }
    }

    @Test
    void kMeansPlusPlusPutsOneSeedInEachFarApartGroup() {
        int groups = 6;
        double[][] rows = new double[groups * 40][];
        Random rnd = new Random(3);
        for (int i = 0; i < rows.length; i++) {
            int g = i % groups;
            rows[i] = new double[] {g * 100 + rnd.nextGaussian(), (g % 2) * 100 + rnd.nextGaussian()};
        }
        Matrix x = Matrix.of(rows);
        int spread = 0;
        int randomSpread = 0;
        int trials = 300;
        for (long seed = 0; seed < trials; seed++) {
            spread += coversEveryGroup(Seeders.greedyKMeansPlusPlus(x, groups, new SplittableRandom(seed)), groups) ? 1 : 0;
            randomSpread += coversEveryGroup(Seeders.random(x, groups, new SplittableRandom(seed)), groups) ? 1 : 0;
        }
        assertTrue(spread >= trials * 0.98, "k-means++ covered every group in " + spread + " of " + trials);
        assertTrue(randomSpread < trials * 0.2, "random seeding should rarely do so: " + randomSpread);
    }

    private static boolean coversEveryGroup(double[] seeds, int groups) {
        boolean[] hit = new boolean[groups];
        for (int j = 0; j < groups; j++) {
            hit[(int) Math.round(seeds[2 * j] / 100)] = true;
        }
        for (boolean h : hit) {
            if (!h) {
                return false;
            }
        }
        return true;
    }

    @Test
    void afterAToleranceStopEveryCustomerIsNearestItsFinalCentroid() {
        Matrix x = KMeansTest.randomBlobs(5_000, 2, 5, 8);
        KMeansResult r = KMeans.fit(x, KMeansParams.defaults(5).withScaling(Scaling.NONE).withNInit(1)
                .withTolerance(0.05));
        for (int i = 0; i < x.rows(); i++) {
            assertEquals(BruteForce.nearest(x, i, r.centroids()), r.labels()[i], "customer " + i);
        }
        assertEquals(BruteForce.inertia(x, r.labels(), r.centroids()), r.inertia(), 1e-9 * r.inertia());
    }

    @Test
    void cancellingInsideAnIterationStopsBeforeItEnds() {
        Matrix x = KMeansTest.randomBlobs(60_000, 2, 5, 4);
        AtomicInteger checks = new AtomicInteger();
        List<IterationSnapshot> seen = new ArrayList<>();
        assertThrows(CancelledException.class, () -> KMeans.fit(x, KMeansParams.defaults(5).withThreads(2),
                seen::add, () -> checks.incrementAndGet() > 3));
        assertTrue(seen.isEmpty(), "cancelled during the first pass, so no iteration was published");
    }

    @Test
    void noWorkerThreadOutlivesTheFit() {
        Matrix x = KMeansTest.randomBlobs(40_000, 2, 4, 2);
        KMeans.fit(x, KMeansParams.defaults(4).withThreads(3).withNInit(2));
        assertThrows(CancelledException.class,
                () -> KMeans.fit(x, KMeansParams.defaults(4).withThreads(3), s -> { }, () -> true));
        boolean alive = Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().startsWith("kmeans-") && t.isAlive());
        assertTrue(!alive, "a k-means worker thread is still running");
    }

    @Test
    void eachBadInputHasAPlainMessage() {
        Matrix ok = Matrix.of(new double[][] {{1, 1}, {2, 2}, {3, 3}});
        KMeansParams two = KMeansParams.defaults(2);
        assertMessage("not a finite number", () -> KMeans.fit(Matrix.of(new double[][] {{1, Double.NaN}, {2, 2}}), two));
        assertMessage("not a finite number",
                () -> KMeans.fit(Matrix.of(new double[][] {{1, Double.POSITIVE_INFINITY}, {2, 2}}), two));
        assertMessage("K must be at least 1", () -> KMeansParams.defaults(0));
        assertMessage("more than the 3 customers", () -> KMeans.fit(ok, KMeansParams.defaults(4)));
        assertMessage("only 2 different combinations", () -> KMeans.fit(Matrix.of(new double[][] {{1, 1}, {1, 1}, {2, 2}}),
                KMeansParams.defaults(3)));
        assertMessage("no customers", () -> KMeans.fit(new Matrix(new double[0], 0, 2), two));
        assertMessage("needs 2 values", () -> KMeans.fit(ok, two.withInitialCentroids(new double[][] {{1}, {2}})));
        assertMessage("not a finite number", () -> two.withInitialCentroids(new double[][] {{1, 1}, {Double.NaN, 2}}));
        assertMessage("tolerance", () -> two.withTolerance(-1));
        assertMessage("threads", () -> two.withThreads(0));
        assertMessage("max iterations", () -> two.withMaxIterations(0));
    }

    private static void assertMessage(String part, org.junit.jupiter.api.function.Executable e) {
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, e);
        assertTrue(ex.getMessage().contains(part), ex.getMessage());
    }

    @Test
    void aConstantFeatureUnderScalingStaysFiniteAndIsReported() {
        double[][] rows = new double[30][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new double[] {i % 3 * 10 + i * 0.01, 7};
        }
        for (Scaling s : new Scaling[] {Scaling.ZSCORE, Scaling.MINMAX}) {
            KMeansResult r = KMeans.fit(Matrix.of(rows), KMeansParams.defaults(3).withScaling(s));
            assertEquals(1, r.warnings().size(), s.name());
            assertTrue(r.warnings().get(0).startsWith("Feature 2 "), r.warnings().get(0));
            for (double[] c : r.centroids()) {
                assertTrue(Double.isFinite(c[0]));
                assertEquals(7, c[1], 1e-12, "reported back in the data's own units");
            }
        }
    }

    @Test
    void exactTiesAndEmptySegmentsGoTheWayPlainLloydGoes() {
        // Integer grid: many customers are exactly as far from two centroids; the lower-numbered
        // segment must win, as in plain Lloyd. The far-away centroid starts empty and must take
        // the customer farthest from its own centroid.
        double[][] rows = new double[21 * 21 * 3][];
        int r = 0;
        for (int copy = 0; copy < 3; copy++) {
            for (int a = 0; a <= 20; a++) {
                for (int b = 0; b <= 20; b++) {
                    rows[r++] = new double[] {a, b};
                }
            }
        }
        Matrix x = Matrix.of(rows);
        double[][] start = {{5, 5}, {15, 5}, {5, 15}, {15, 15}, {10, 10}, {1000, 1000}};
        BruteForce.Outcome truth = BruteForce.lloyd(x, start, 300);
        for (Algorithm a : Algorithm.values()) {
            for (int threads : new int[] {1, 2}) {
                KMeansResult res = KMeans.fit(x, given(start, a, threads));
                assertArrayEquals(truth.labels(), res.labels(), a + " " + threads);
                assertEquals(truth.inertia(), res.inertia(), 1e-9 * truth.inertia());
                for (int size : res.sizes()) {
                    assertTrue(size > 0, "no segment is left empty");
                }
            }
        }
    }

    @Test
    void tiesAndEmptySegmentsInThreeFeaturesGoThePlainLloydWay() {
        // Three features take the upper-bound path: ties on an integer grid, and a far centroid
        // that starts empty, must still give plain Lloyd's labels.
        double[][] rows = new double[11 * 11 * 11 * 2][];
        int r = 0;
        for (int copy = 0; copy < 2; copy++) {
            for (int a = 0; a <= 10; a++) {
                for (int b = 0; b <= 10; b++) {
                    for (int c = 0; c <= 10; c++) {
                        rows[r++] = new double[] {a, b, c};
                    }
                }
            }
        }
        Matrix x = Matrix.of(rows);
        double[][] start = {{2, 2, 2}, {8, 2, 2}, {2, 8, 2}, {8, 8, 8}, {5, 5, 5}, {500, 500, 500}};
        BruteForce.Outcome truth = BruteForce.lloyd(x, start, 300);
        for (Algorithm a : Algorithm.values()) {
            for (int threads : new int[] {1, 2}) {
                KMeansResult res = KMeans.fit(x, given(start, a, threads));
                assertArrayEquals(truth.labels(), res.labels(), a + " " + threads);
                assertEquals(truth.iterations(), res.iterations(), a + " " + threads);
                assertEquals(BruteForce.inertia(x, res.labels(), res.centroids()), res.inertia(), 1e-9 * res.inertia());
            }
        }
    }

    @Test
    void farFromZeroEachCentroidIsTheExactMeanOfItsCustomers() {
        // Amounts around a billion that differ by units: the segment sums are exact whole numbers,
        // so each centroid is its customers' mean (worked out in BigDecimal) to the last bit.
        for (int d : new int[] {2, 3}) {
            Matrix blobs = KMeansTest.randomBlobs(30_000, d, 5, 11 + d);
            double[] v = blobs.values().clone();
            for (int i = 0; i < v.length; i++) {
                v[i] += 1e9;
            }
            Matrix x = new Matrix(v, blobs.rows(), d);
            for (Algorithm a : Algorithm.values()) {
                KMeansResult r = KMeans.fit(x, given(pickRows(x, 5, 3), a, 2));
                assertTrue(r.converged(), a + " d=" + d);
                for (int i = 0; i < x.rows(); i += 7) {
                    assertEquals(BruteForce.nearest(x, i, r.centroids()), r.labels()[i], "customer " + i);
                }
                java.math.BigDecimal[][] mean = new java.math.BigDecimal[5][d];
                int[] size = r.sizes();
                for (java.math.BigDecimal[] row : mean) {
                    java.util.Arrays.fill(row, java.math.BigDecimal.ZERO);
                }
                for (int i = 0; i < x.rows(); i++) {
                    for (int f = 0; f < d; f++) {
                        mean[r.labels()[i]][f] = mean[r.labels()[i]][f].add(new java.math.BigDecimal(x.get(i, f)));
                    }
                }
                for (int c = 0; c < 5; c++) {
                    for (int f = 0; f < d; f++) {
                        double exact = mean[c][f].divide(java.math.BigDecimal.valueOf(size[c]),
                                java.math.MathContext.DECIMAL128).doubleValue();
                        assertEquals(exact, r.centroids()[c][f], 1e-9, a + " d=" + d + " segment " + c);
                    }
                }
                assertExactMeans(x, r, a + " d=" + d);
            }
        }
    }

    @Test
    void oneHugeValueDoesNotBlurTheOthersMeans() {
        // A typing error of a trillion among amounts of about 0.11: the other customers' centroid
        // must still be their mean (a sum in whole numbers of the range's step would read them all
        // as one value). Every centroid is the exact mean rounded once.
        java.util.Random rnd = new java.util.Random(5);
        int n = 20_000;
        double[] v = new double[n * 2];
        for (int i = 0; i < n; i++) {
            v[2 * i] = 0.10 + rnd.nextInt(2_001) / 100_000.0;
            v[2 * i + 1] = (i % 2) * 50 + rnd.nextGaussian();
        }
        v[0] = 1e12;
        Matrix x = new Matrix(v, n, 2);
        double[][] start = {{1e12, 0}, {0.11, 0}, {0.11, 50}};
        for (Algorithm a : Algorithm.values()) {
            KMeansResult r = KMeans.fit(x, given(start, a, 2));
            assertExactMeans(x, r, a.name());
            assertEquals(0.11, r.centroids()[1][0], 0.001, "the amounts' centroid, not the step's");
        }
    }

    @Test
    void valuesTooLargeForFloatBoundsGiveLloydsResult() {
        // Distances of 1e38 and more overflow a float bound to infinity; such data runs without
        // bounds, so Hamerly still gives plain Lloyd's labels.
        for (double unit : new double[] {1e37, 1e300}) {
            Matrix blobs = KMeansTest.randomBlobs(5_000, 3, 4, 31);
            double[] v = blobs.values().clone();
            for (int i = 0; i < v.length; i++) {
                v[i] *= unit;
            }
            Matrix x = new Matrix(v, blobs.rows(), 3);
            double[][] start = pickRows(x, 4, 32);
            KMeansResult lloyd = KMeans.fit(x, given(start, Algorithm.LLOYD, 1));
            KMeansResult hamerly = KMeans.fit(x, given(start, Algorithm.HAMERLY, 2));
            assertArrayEquals(lloyd.labels(), hamerly.labels(), "values times " + unit);
            assertEquals(lloyd.iterations(), hamerly.iterations());
        }
    }

    private static void assertExactMeans(Matrix x, KMeansResult r, String what) {
        int k = r.k();
        int d = x.cols();
        java.math.BigDecimal[][] sum = new java.math.BigDecimal[k][d];
        for (java.math.BigDecimal[] row : sum) {
            java.util.Arrays.fill(row, java.math.BigDecimal.ZERO);
        }
        for (int i = 0; i < x.rows(); i++) {
            for (int f = 0; f < d; f++) {
                sum[r.labels()[i]][f] = sum[r.labels()[i]][f].add(new java.math.BigDecimal(x.get(i, f)));
            }
        }
        int[] size = r.sizes();
        for (int c = 0; c < k; c++) {
            for (int f = 0; f < d; f++) {
                double exact = sum[c][f].divide(java.math.BigDecimal.valueOf(size[c]), new java.math.MathContext(60))
                        .doubleValue();
                assertEquals(exact, r.centroids()[c][f], 0.0, what + " segment " + c + " feature " + f);
            }
        }
    }

    @Test
    void eachIterationsInertiaIsFoundOnlyForAListenerThatReadsIt() {
        Matrix x = KMeansTest.randomBlobs(20_000, 4, 6, 21);
        double[][] start = pickRows(x, 6, 22);
        List<IterationSnapshot> read = new ArrayList<>();
        List<IterationSnapshot> unread = new ArrayList<>();
        KMeansResult r = KMeans.fit(x, given(start, Algorithm.HAMERLY, 2), read::add, () -> false);
        KMeans.fit(x, given(start, Algorithm.HAMERLY, 2), new KMeansListener() {
            @Override
            public void onIteration(IterationSnapshot s) {
                unread.add(s);
            }

            @Override
            public boolean readsInertia() {
                return false;
            }
        }, () -> false);
        assertEquals(read.size(), unread.size());
        for (IterationSnapshot s : read) {
            assertEquals(BruteForce.inertia(x, s.labels(), s.centroids()), s.inertia(), 1e-12 * s.inertia(),
                    "iteration " + s.iteration());
        }
        for (int i = 0; i < unread.size() - 1; i++) {
            assertTrue(Double.isNaN(unread.get(i).inertia()), "iteration " + i + " had its inertia found");
        }
        IterationSnapshot last = unread.get(unread.size() - 1);
        assertEquals(r.inertia(), last.inertia(), 0.0, "the last iteration's inertia, as the result's");
        assertEquals(read.get(read.size() - 1).inertia(), last.inertia(), 0.0);
    }
}
