package org.segmentstudio.engine.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.segmentstudio.engine.Matrix;

class SilhouetteWidthsTest {
    @Test
    void widthsAverageToTheSilhouetteAndMatchTheDefinition() {
        // Two tight groups far apart, and one customer halfway: its width is near 0.
        Matrix x = Matrix.of(new double[][] {{0, 0}, {0, 1}, {1, 0}, {10, 10}, {10, 11}, {11, 10}, {5.5, 5.5}});
        int[] labels = {0, 0, 0, 1, 1, 1, 1};
        Silhouette.Widths w = Silhouette.widths(x, labels, 2, 1L);
        double[] widths = w.widths();
        assertEquals(7, widths.length);
        double mean = 0;
        for (double v : widths) {
            mean += v / widths.length;
        }
        assertEquals(Silhouette.of(x, labels, 2, 1L).value(), mean, 1e-12);
        // By hand for customer 0: a = mean distance to its own group, b = to the other one.
        double a = (1 + 1) / 2.0;
        double b = (Math.hypot(10, 10) + Math.hypot(10, 11) + Math.hypot(11, 10) + Math.hypot(5.5, 5.5)) / 4;
        assertEquals((b - a) / b, widths[0], 1e-12);
        assertTrue(widths[6] < widths[3], "the customer in between sits less well in its segment");
    }

    @Test
    void largeDataIsMeasuredOnASeededSample() {
        int n = Silhouette.EXACT_LIMIT + 500;
        double[] v = new double[n * 2];
        int[] labels = new int[n];
        SplittableRandom r = new SplittableRandom(3);
        for (int i = 0; i < n; i++) {
            labels[i] = i % 2;
            v[2 * i] = labels[i] * 5 + r.nextDouble();
            v[2 * i + 1] = r.nextDouble();
        }
        Matrix x = new Matrix(v, n, 2);
        Silhouette.Widths a = Silhouette.widths(x, labels, 2, 9L);
        assertEquals(Silhouette.EXACT_LIMIT, a.rows().length);
        assertEquals(java.util.Arrays.toString(a.rows()), java.util.Arrays.toString(Silhouette.widths(x, labels, 2, 9L).rows()));
    }
}
