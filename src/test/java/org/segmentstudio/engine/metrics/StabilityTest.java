package org.segmentstudio.engine.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.segmentstudio.engine.KMeansParams;
import org.segmentstudio.engine.Matrix;
import org.segmentstudio.engine.Scaling;

class StabilityTest {

    @Test
    void aGroupThatGoesEitherWayIsBorderline() {
        // Three equal groups on a line, K = 2: the middle group joins the left or the right one
        // depending on the seed, so its customers lose part of their reference neighbours in some
        // reruns; the outer group that stood alone in the reference run never does.
        double[][] rows = new double[60][];
        for (int i = 0; i < 20; i++) {
            rows[i] = new double[] {i * 0.01, 0};
            rows[20 + i] = new double[] {50 + i * 0.01, 0};
            rows[40 + i] = new double[] {100 + i * 0.01, 0};
        }
        Matrix x = Matrix.of(rows);
        KMeansParams p = KMeansParams.defaults(2).withScaling(Scaling.NONE).withNInit(1)
                .withSeeding(org.segmentstudio.engine.Seeding.RANDOM);
        Stability s = Stability.assess(x, p, 8, 0.9, () -> false);
        double most = 0;
        for (int i = 0; i < 60; i++) {
            assertTrue(s.share(i) >= 0 && s.share(i) <= 1);
            most = Math.max(most, s.share(i));
        }
        for (int i = 20; i < 40; i++) {
            assertTrue(s.isBorderline(i), "middle customer " + i + " share " + s.share(i));
        }
        assertEquals(1.0, most, "the group alone in the reference run stays together");
        assertTrue(s.borderline().length < 60);
        assertEquals(s, Stability.assess(x, p, 8, 0.9, () -> false), "seeded, so the same every time");
    }

    @Test
    void identicalRerunsMakeNobodyBorderline() {
        Matrix x = SampleData.incomeAndSpending();
        KMeansParams p = KMeansParams.defaults(5).withScaling(Scaling.NONE);
        Stability s = Stability.assess(x, p, 2, 0.8, () -> false);
        assertEquals(0, s.borderline().length, "ten restarts find the same five segments each time");
    }

    @Test
    void badArgumentsAreRefused() {
        Matrix x = SampleData.incomeAndSpending();
        KMeansParams p = KMeansParams.defaults(5);
        assertThrows(IllegalArgumentException.class, () -> Stability.assess(x, p, 0, 0.8, () -> false));
        assertThrows(IllegalArgumentException.class, () -> Stability.assess(x, p, 2, 1.5, () -> false));
    }
}
