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
}
