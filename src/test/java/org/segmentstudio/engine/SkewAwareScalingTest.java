package org.segmentstudio.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The skew-aware scaling (issue 14): log(1 + x) then z-score for strongly right-skewed non-negative
 * features, z-score for the others; centroids come back in the data's own units.
 */
class SkewAwareScalingTest {
    /** Column 0: spend, log-normal (a few big spenders); column 1: age, symmetric; column 2: a balance that goes negative. */
    private static Matrix customers(int n) {
        SplittableRandom r = new SplittableRandom(7);
        double[] v = new double[n * 3];
        for (int i = 0; i < n; i++) {
            v[i * 3] = Math.exp(8 + 1.2 * gaussian(r));
            v[i * 3 + 1] = 40 + 7 * gaussian(r);
            v[i * 3 + 2] = Math.exp(3 + gaussian(r)) - 30;
        }
        return new Matrix(v, n, 3);
    }

    private static double gaussian(SplittableRandom r) {
        return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
    }

    @Test
    void autoLogsOnlyTheSkewedNonNegativeFeature() {
        Matrix x = customers(5_000);
        Scaler auto = Scaling.AUTO.fit(x);
        assertTrue(auto.isLog(0), "spend is right-skewed");
        assertFalse(auto.isLog(1), "age is not");
        assertFalse(auto.isLog(2), "a column with negative values is never logged");
        Scaler log = Scaling.LOG.fit(x);
        assertTrue(log.isLog(0) && log.isLog(1) && !log.isLog(2));
        Scaler z = Scaling.ZSCORE.fit(x);
        assertFalse(z.isLog(0));
    }

    @Test
    void theLoggedFeatureIsStandardisedAndComesBackInItsOwnUnits() {
        Matrix x = customers(5_000);
        Scaler s = Scaling.AUTO.fit(x);
        Matrix t = s.transform(x);
        double mean = 0;
        double ss = 0;
        for (int i = 0; i < t.rows(); i++) {
            mean += t.get(i, 0);
        }
        mean /= t.rows();
        for (int i = 0; i < t.rows(); i++) {
            ss += (t.get(i, 0) - mean) * (t.get(i, 0) - mean);
        }
        assertEquals(0, mean, 1e-9);
        assertEquals(1, Math.sqrt(ss / t.rows()), 1e-9);
        double[] row = {x.get(17, 0), x.get(17, 1), x.get(17, 2)};
        double[] back = s.inverseRow(s.transformRow(row));
        for (int j = 0; j < 3; j++) {
            assertEquals(row[j], back[j], 1e-9 * Math.max(1, Math.abs(row[j])));
        }
        assertTrue(Double.isFinite(s.transformRow(new double[] {-5, 0, 0})[0]), "a view below zero stays defined");
    }

    @Test
    void onSkewedSpendAutoAvoidsTheTinySegmentsZScoreMakes() {
        Matrix x = customers(3_000);
        double[] v = new double[x.rows()];
        for (int i = 0; i < v.length; i++) {
            v[i] = x.get(i, 0);
        }
        Matrix spendOnly = new Matrix(v, v.length, 1);
        int smallestZ = Arrays.stream(KMeans.fit(spendOnly, KMeansParams.defaults(4).withScaling(Scaling.ZSCORE)).sizes())
                .min().orElseThrow();
        int smallestAuto = Arrays.stream(KMeans.fit(spendOnly, KMeansParams.defaults(4).withScaling(Scaling.AUTO)).sizes())
                .min().orElseThrow();
        assertTrue(smallestAuto > 2 * smallestZ, "z-score: a segment of " + smallestZ + ", auto: " + smallestAuto);
        assertArrayEquals(Scaling.NONE.fit(spendOnly).inverseRow(new double[] {3}), new double[] {3}, 0);
    }
}
