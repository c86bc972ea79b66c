package org.segmentstudio.ui.scatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.junit.jupiter.api.Test;
import org.segmentstudio.engine.Matrix;
import org.segmentstudio.engine.Scaler;
import org.segmentstudio.engine.Scaling;

/**
 * Under the skew-aware scaling a logged feature's regions bend on its raw axis: between centres
 * at 10 and 1,000 the boundary lies near 100 (the middle in log terms), not at 505.
 */
class LoggedRegionsTest {
    @Test
    void theShadedBoundaryOnALoggedAxisIsTheOneKMeansUses() {
        // Spend (skewed: many small, a few large) and age.
        int n = 400;
        double[] v = new double[n * 2];
        for (int i = 0; i < n; i++) {
            v[i * 2] = i % 20 == 0 ? 5_000 + i : 10 + i % 90;
            v[i * 2 + 1] = 30 + i % 25;
        }
        Matrix sample = new Matrix(v, n, 2);
        Projection p = Projection.axes(java.util.List.of("Spend", "Age"), 0, 1, sample);
        Scaler shape = p.axisShape(Scaling.AUTO, sample);
        assertNotNull(shape, "spend is logged under auto");
        double[] weights = p.axisWeights(Scaling.AUTO, sample);
        double[] cx = {10, 1_000};
        double[] cy = {40, 40};
        // One row of cells across 0…1,000 at age 40.
        RegionShading logged = RegionShading.compute(cx, cy, weights, shape, 100, 1, 0, 1_000, 39, 41);
        RegionShading straight = RegionShading.compute(cx, cy, weights, null, 100, 1, 0, 1_000, 39, 41);
        int at300 = 30;
        assertEquals(logged.pixels()[99], logged.pixels()[at300], "300 is nearer 1,000 in log terms");
        assertNotEquals(straight.pixels()[99], straight.pixels()[at300], "and nearer 10 in raw units");
        assertEquals(straight.pixels()[0], straight.pixels()[at300]);
    }
}
