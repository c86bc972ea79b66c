package org.segmentstudio.engine.metrics;

import java.util.List;
import java.util.Random;
import org.segmentstudio.data.Samples;
import org.segmentstudio.engine.Matrix;
import org.segmentstudio.segments.FeatureMatrixBuilder;
import org.segmentstudio.segments.MissingPolicy;

/** Data the metric tests share. */
final class SampleData {
    private SampleData() {
    }

    static Matrix incomeAndSpending() {
        return FeatureMatrixBuilder.build(Samples.mallCustomers(),
                List.of("Annual Income (k$)", "Spending Score (1-100)"), MissingPolicy.DROP).matrix();
    }

    static Matrix random(int n, int d, long seed) {
        Random rnd = new Random(seed);
        double[] v = new double[n * d];
        for (int i = 0; i < v.length; i++) {
            v[i] = rnd.nextGaussian() * 3 + (i % 7);
        }
        return new Matrix(v, n, d);
    }

    static int[] randomLabels(int n, int k, long seed) {
        Random rnd = new Random(seed);
        int[] l = new int[n];
        for (int i = 0; i < n; i++) {
            l[i] = i < k ? i : rnd.nextInt(k);
        }
        return l;
    }
}
