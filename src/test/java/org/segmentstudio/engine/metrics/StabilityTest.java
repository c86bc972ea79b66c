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
    void wellSeparatedGroupsAreStableAndTheBridgeIsBorderline() {
        // Two tight groups far apart, and a third loose group that k = 2 must split somewhere.
        double[][] rows = new double[61][];
        for (int i = 0; i < 20; i++) {
            rows[i] = new double[] {i % 5 * 0.01, i / 5 * 0.01};
            rows[20 + i] = new double[] {100 + i % 5 * 0.01, i / 5 * 0.01};
            rows[40 + i] = new double[] {50 + (i - 10) * 2.5, 0};
        }
        rows[60] = new double[] {50, 0};
        Matrix x = Matrix.of(rows);
        KMeansParams p = KMeansParams.defaults(3).withScaling(Scaling.NONE).withNInit(1).withSeed(3);
        Stability s = Stability.assess(x, p, 6, 0.8, () -> false);
        assertEquals(61, s.shares().length);
        for (int i = 0; i < 61; i++) {
            assertTrue(s.share(i) >= 0 && s.share(i) <= 1);
        }
        Stability again = Stability.assess(x, p, 6, 0.8, () -> false);
        assertEquals(s, again, "seeded, so the same every time");
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
