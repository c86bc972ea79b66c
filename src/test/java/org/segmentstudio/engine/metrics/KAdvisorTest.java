package org.segmentstudio.engine.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.segmentstudio.engine.CancelledException;
import org.segmentstudio.engine.KMeansParams;
import org.segmentstudio.engine.Matrix;
import org.segmentstudio.engine.Scaling;

class KAdvisorTest {
    private static final KMeansParams RAW = KMeansParams.defaults(2).withScaling(Scaling.NONE);

    @Test
    void sampleIncomeAndSpendingRecommendsFive() {
        List<Integer> heard = new ArrayList<>();
        KAdvice a = KAdvisor.advise(SampleData.incomeAndSpending(), RAW, 2, 10,
                (s, done, total) -> heard.add(s.k()), () -> false);
        assertEquals(5, a.recommended(), a.reason());
        assertEquals(OptionalInt.of(5), a.elbow());
        assertTrue(a.reason().startsWith("K = 5"), a.reason());
        assertEquals(List.of(2, 3, 4, 5, 6, 7, 8, 9, 10), heard);
        assertEquals(9, a.scores().size());
        assertEquals(44_448.5, a.recommendedScore().inertia(), 0.1);
    }

    @Test
    void neverRecommendsAKThatLeavesATinySegment() {
        // A strong silhouette at K = 3 is bought by isolating one customer in 100: below 2 %.
        KScore tiny = new KScore(3, 10, 0.9, 100, 0.2, 0.01);
        List<KScore> scores = List.of(new KScore(2, 100, 0.5, 50, 0.6, 0.4), tiny,
                new KScore(4, 8, 0.45, 40, 0.7, 0.1), new KScore(5, 7, 0.4, 30, 0.8, 0.1));
        KAdvice a = KAdvisor.recommend(scores, 100, false);
        assertEquals(2, a.recommended(), a.reason());
    }

    @Test
    void theElbowWinsANearTieAndTheReasonSaysWhy() {
        List<KScore> scores = List.of(new KScore(2, 100, 0.50, 1, 1, 0.3), new KScore(3, 30, 0.51, 1, 1, 0.2),
                new KScore(4, 25, 0.52, 1, 1, 0.2), new KScore(5, 22, 0.40, 1, 1, 0.1));
        KAdvice a = KAdvisor.recommend(scores, 100, false);
        assertEquals(3, a.recommended());
        assertTrue(a.reason().contains("elbow"), a.reason());
    }

    @Test
    void cancellingStopsTheAdvice() {
        AtomicInteger calls = new AtomicInteger();
        Matrix x = SampleData.incomeAndSpending();
        assertThrows(CancelledException.class, () -> KAdvisor.advise(x, RAW, 2, 10,
                (s, done, total) -> calls.incrementAndGet(), () -> calls.get() >= 2));
        assertEquals(2, calls.get());
    }

    @Test
    void aBadRangeIsRefused() {
        Matrix x = SampleData.incomeAndSpending();
        assertThrows(IllegalArgumentException.class, () -> KAdvisor.advise(x, RAW, 5, 4, KAdvisor.Progress.NONE,
                () -> false));
        assertThrows(IllegalArgumentException.class, () -> KAdvisor.advise(x, RAW, 0, 4, KAdvisor.Progress.NONE,
                () -> false));
        assertThrows(IllegalArgumentException.class, () -> KAdvisor.advise(x, RAW, 2, 201, KAdvisor.Progress.NONE,
                () -> false));
    }

    @Test
    void aBigFileIsSearchedOnASeededSampleAndTheKIsConfirmedOnEveryone() {
        int n = KAdvisor.SAMPLE_ABOVE + 10_000;
        double[] v = new double[n * 2];
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(17);
        double[][] centres = {{0, 0}, {10, 0}, {0, 10}, {10, 10}};
        for (int i = 0; i < n; i++) {
            v[2 * i] = centres[i % 4][0] + rnd.nextGaussian();
            v[2 * i + 1] = centres[i % 4][1] + rnd.nextGaussian();
        }
        KAdvice a = KAdvisor.advise(new Matrix(v, n, 2), RAW.withNInit(2), 2, 6, KAdvisor.Progress.NONE, () -> false);
        assertEquals(4, a.recommended());
        assertEquals(KAdvisor.SAMPLE, a.searchedRows());
        assertTrue(a.reason().contains("Searched on a seeded sample of 100,000 of the 210,000 customers; K = 4 fitted"
                + " on everyone keeps every segment at 2 % or more (smallest 25 %)"), a.reason());
    }

    @Test
    void theSampleIsDistinctSortedRowsTheSameForTheSameSeed() {
        int[] a = KAdvisor.sampleRows(1_000, 100, 42);
        assertEquals(100, a.length);
        for (int i = 1; i < a.length; i++) {
            assertTrue(a[i] > a[i - 1], "distinct and increasing");
        }
        assertTrue(java.util.Arrays.equals(a, KAdvisor.sampleRows(1_000, 100, 42)));
        assertTrue(!java.util.Arrays.equals(a, KAdvisor.sampleRows(1_000, 100, 43)));
        assertEquals(1_000, KAdvisor.sampleRows(1_000, 1_000, 1).length);
    }
}
