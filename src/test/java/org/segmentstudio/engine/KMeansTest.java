package org.segmentstudio.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.segmentstudio.data.Dataset;
import org.segmentstudio.data.Samples;
import org.segmentstudio.segments.FeatureMatrix;
import org.segmentstudio.segments.FeatureMatrixBuilder;
import org.segmentstudio.segments.MissingPolicy;

class KMeansTest {

    private static Matrix incomeAndSpending() {
        Dataset data = Samples.mallCustomers();
        FeatureMatrix fm = FeatureMatrixBuilder.build(data,
                List.of("Annual Income (k$)", "Spending Score (1-100)"), MissingPolicy.DROP);
        return fm.matrix();
    }

    private static KMeansParams raw(int k, long seed, int nInit) {
        return KMeansParams.defaults(k).withScaling(Scaling.NONE).withSeed(seed).withNInit(nInit);
    }

    @Test
    void sampleIncomeAndSpendingReachesTheKnownInertia() {
        KMeansResult r = KMeans.fit(incomeAndSpending(),
                KMeansParams.defaults(5).withScaling(Scaling.NONE));
        assertEquals(10, KMeansParams.defaults(5).nInit());
        assertEquals(44_448.5, r.inertia(), 0.1);
        assertTrue(r.converged());
    }

    @Test
    void atConvergenceEveryCustomerIsNearestItsOwnCentroid() {
        Matrix x = incomeAndSpending();
        KMeansResult r = KMeans.fit(x, raw(5, 7, 3));
        for (int i = 0; i < x.rows(); i++) {
            int own = r.labels()[i];
            int nearest = BruteForce.nearest(x, i, r.centroids());
            double dOwn = dist(x, i, r.centroids()[own]);
            double dNear = dist(x, i, r.centroids()[nearest]);
            assertEquals(dNear, dOwn, 1e-9, "customer " + i);
        }
        assertEquals(BruteForce.inertia(x, r.labels(), r.centroids()), r.inertia(), 1e-6 * r.inertia());
    }

    private static double dist(Matrix x, int i, double[] c) {
        double s = 0;
        for (int f = 0; f < x.cols(); f++) {
            s += (x.get(i, f) - c[f]) * (x.get(i, f) - c[f]);
        }
        return s;
    }

    @Test
    void inertiaNeverIncreasesFromOneIterationToTheNext() {
        List<IterationSnapshot> snaps = new ArrayList<>();
        KMeans.fit(randomBlobs(2_000, 3, 6, 11), raw(6, 3, 4), snaps::add, () -> false);
        for (int i = 1; i < snaps.size(); i++) {
            IterationSnapshot a = snaps.get(i - 1);
            IterationSnapshot b = snaps.get(i);
            if (a.restart() == b.restart()) {
                assertTrue(b.inertia() <= a.inertia() * (1 + 1e-12),
                        "restart " + b.restart() + " iteration " + b.iteration());
            }
        }
    }

    @Test
    void sameSeedGivesTheSameResult() {
        Matrix x = randomBlobs(1_000, 2, 4, 5);
        KMeansResult a = KMeans.fit(x, raw(4, 99, 5));
        KMeansResult b = KMeans.fit(x, raw(4, 99, 5));
        assertArrayEquals(a.labels(), b.labels());
        assertEquals(a.inertia(), b.inertia());
    }

    @Test
    void snapshotsAreCopiesTheEngineDoesNotTouchAgain() {
        List<IterationSnapshot> snaps = new ArrayList<>();
        KMeans.fit(incomeAndSpending(), raw(5, 2, 1), snaps::add, () -> false);
        int[] firstLabels = snaps.get(0).labels().clone();
        assertArrayEquals(firstLabels, snaps.get(0).labels());
        assertTrue(snaps.size() > 2);
        assertTrue(snaps.get(snaps.size() - 1).converged());
    }

    @Test
    void aListenerReadingLabelsInPlaceSeesWhatACopyingOneSeesWithoutACopy() {
        List<int[]> copied = new ArrayList<>();
        KMeansResult a = KMeans.fit(incomeAndSpending(), raw(5, 2, 3), s -> copied.add(s.labels()), () -> false);
        List<int[]> readThere = new ArrayList<>();
        List<int[]> arrays = new ArrayList<>();
        KMeansResult b = KMeans.fit(incomeAndSpending(), raw(5, 2, 3), new KMeansListener() {
            @Override
            public void onIteration(IterationSnapshot s) {
                readThere.add(s.labels().clone()); // read during the call, as the scatter's packer does
                arrays.add(s.labels());
            }

            @Override
            public boolean readsLabelsInPlace() {
                return true;
            }
        }, () -> false);
        assertEquals(copied.size(), readThere.size());
        for (int i = 0; i < copied.size(); i++) {
            assertArrayEquals(copied.get(i), readThere.get(i), "iteration " + i);
        }
        assertArrayEquals(a.labels(), b.labels());
        assertEquals(a.inertia(), b.inertia(), 0);
        assertTrue(arrays.get(1) == arrays.get(2), "the engine's own array, not a copy per iteration");
        assertTrue(copied.get(1) != copied.get(2), "a listener that keeps snapshots gets copies");
    }

    @Test
    void cancellationStopsTheRun() {
        assertThrows(CancelledException.class,
                () -> KMeans.fit(incomeAndSpending(), raw(5, 2, 1), KMeansListener.NONE, () -> true));
    }

    @Test
    void anEmptyClusterIsReseededNotCrashed() {
        // Three far-apart points and a centroid nobody is near.
        Matrix x = Matrix.of(new double[][] {{0, 0}, {0, 1}, {10, 10}, {10, 11}, {20, 0}});
        double[][] init = {{0, 0}, {10, 10}, {1000, 1000}};
        KMeansResult r = KMeans.fit(x, KMeansParams.defaults(3).withInitialCentroids(init)
                .withMaxIterations(100).withTolerance(0).withScaling(Scaling.NONE).withSeed(1).withThreads(1));
        int[] sizes = r.sizes();
        for (int s : sizes) {
            assertTrue(s > 0, "every segment has customers");
        }
    }

    @Test
    void badInputIsRefusedWithAPlainMessage() {
        Matrix x = Matrix.of(new double[][] {{1, 1}, {1, 1}, {1, 1}});
        assertThrows(IllegalArgumentException.class, () -> KMeans.fit(x, raw(2, 1, 1)));
        assertThrows(IllegalArgumentException.class, () -> KMeans.fit(x, raw(4, 1, 1)));
        Matrix nan = Matrix.of(new double[][] {{1, Double.NaN}, {2, 2}});
        assertThrows(IllegalArgumentException.class, () -> KMeans.fit(nan, raw(1, 1, 1)));
        assertThrows(IllegalArgumentException.class, () -> raw(0, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> raw(2, 1, 0));
    }

    static Matrix randomBlobs(int n, int d, int centres, long seed) {
        Random rnd = new Random(seed);
        double[][] c = new double[centres][d];
        for (double[] row : c) {
            for (int f = 0; f < d; f++) {
                row[f] = rnd.nextDouble() * 100;
            }
        }
        double[] v = new double[n * d];
        for (int i = 0; i < n; i++) {
            double[] centre = c[rnd.nextInt(centres)];
            for (int f = 0; f < d; f++) {
                v[i * d + f] = centre[f] + rnd.nextGaussian() * 4;
            }
        }
        return new Matrix(v, n, d);
    }
}
