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

    @Test
    void aSegmentThatComesBackWholeMatchesOneAndOneThatSplitsLess() {
        // As above: a segment that is one group every time matches 1; the merged pair, which the
        // reruns split differently, matches less, and exactly as a Jaccard count says.
        double[][] rows = new double[60][];
        for (int i = 0; i < 20; i++) {
            rows[i] = new double[] {i * 0.01, 0};
            rows[20 + i] = new double[] {50 + i * 0.01, 0};
            rows[40 + i] = new double[] {100 + i * 0.01, 0};
        }
        Matrix x = Matrix.of(rows);
        int[] reference = new int[60];
        for (int i = 20; i < 60; i++) {
            reference[i] = 1; // {left} and {middle, right}
        }
        KMeansParams p = KMeansParams.defaults(2).withScaling(Scaling.NONE).withNInit(1)
                .withSeeding(org.segmentstudio.engine.Seeding.RANDOM);
        Stability s = Stability.assess(x, p, reference, 8, 0.9, () -> false);
        double[] match = s.segments();
        assertEquals(2, match.length);
        // Each rerun gives {left}{middle, right} (Jaccard 1 and 1) or {left, middle}{right} (1/2 and 1/2).
        for (double m : match) {
            assertTrue(m >= 0.5 - 1e-12 && m <= 1 + 1e-12, "a mean of 1s and 1/2s: " + m);
        }
        int[] perSegment = s.borderlinePerSegment(reference, 2);
        assertEquals(s.borderline().length, perSegment[0] + perSegment[1]);
    }
}
