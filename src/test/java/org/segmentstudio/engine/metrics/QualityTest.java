package org.segmentstudio.engine.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.segmentstudio.engine.KMeans;
import org.segmentstudio.engine.KMeansParams;
import org.segmentstudio.engine.KMeansResult;
import org.segmentstudio.engine.Matrix;
import org.segmentstudio.engine.Scaling;

class QualityTest {

    /** The textbook definitions, written as plainly as possible. */
    private static double bruteSilhouette(Matrix x, int[] l, int k) {
        int n = x.rows();
        double total = 0;
        for (int i = 0; i < n; i++) {
            double[] sum = new double[k];
            int[] count = new int[k];
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    sum[l[j]] += dist(x, i, j);
                    count[l[j]]++;
                }
            }
            if (count[l[i]] == 0) {
                continue;
            }
            double a = sum[l[i]] / count[l[i]];
            double b = Double.POSITIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                if (c != l[i] && count[c] > 0) {
                    b = Math.min(b, sum[c] / count[c]);
                }
            }
            total += (b - a) / Math.max(a, b);
        }
        return total / n;
    }

    private static double dist(Matrix x, int i, int j) {
        double s = 0;
        for (int f = 0; f < x.cols(); f++) {
            s += Math.pow(x.get(i, f) - x.get(j, f), 2);
        }
        return Math.sqrt(s);
    }

    @Test
    void silhouetteMatchesTheTextbookDefinition() {
        for (long seed = 1; seed <= 5; seed++) {
            Matrix x = SampleData.random(150, 3, seed);
            int[] l = SampleData.randomLabels(150, 4, seed);
            Silhouette s = Silhouette.of(x, l, 4, 0);
            assertEquals(bruteSilhouette(x, l, 4), s.value(), 1e-12);
            assertFalse(s.sampled());
            assertEquals(150, s.rowsUsed());
        }
    }

    @Test
    void silhouetteAboveTheLimitIsASeededSampleAndSaysSo() {
        Matrix x = SampleData.random(Silhouette.EXACT_LIMIT + 500, 2, 3);
        int[] l = SampleData.randomLabels(x.rows(), 3, 3);
        Silhouette a = Silhouette.of(x, l, 3, 9);
        assertTrue(a.sampled());
        assertEquals(Silhouette.EXACT_LIMIT, a.rowsUsed());
        assertEquals(a, Silhouette.of(x, l, 3, 9));
    }

    @Test
    void sampleFiveSegmentsScoreAsScikitLearnReports() {
        Matrix x = SampleData.incomeAndSpending();
        KMeansResult r = KMeans.fit(x, KMeansParams.defaults(5).withScaling(Scaling.NONE));
        Quality q = Quality.of(x, r.labels(), 5, 0);
        // scikit-learn on the same labels: silhouette_score 0.5539, calinski_harabasz_score 247.36,
        // davies_bouldin_score 0.5725.
        assertEquals(0.5539, q.silhouette().value(), 5e-4);
        assertEquals(247.36, q.calinskiHarabasz(), 0.05);
        assertEquals(0.5725, q.daviesBouldin(), 5e-4);
        assertEquals(r.inertia(), q.inertia(), 1e-9 * r.inertia());
    }

    @Test
    void oneSegmentHasNoScore() {
        Matrix x = SampleData.random(20, 2, 1);
        Quality q = Quality.of(x, new int[20], 1, 0);
        assertTrue(Double.isNaN(q.silhouette().value()));
        assertTrue(Double.isNaN(q.calinskiHarabasz()));
        assertTrue(Double.isNaN(q.daviesBouldin()));
    }

    @Test
    void kneedleFindsTheBendOfAnElbowCurve() {
        int[] ks = {2, 3, 4, 5, 6, 7, 8};
        assertEquals(2, Kneedle.knee(ks, new double[] {100, 60, 20, 15, 12, 10, 9}).getAsInt());
        assertTrue(Kneedle.knee(ks, new double[] {7, 6, 5, 4, 3, 2, 1}).isEmpty(), "a straight line has no knee");
        assertTrue(Kneedle.knee(new int[] {2, 3}, new double[] {5, 1}).isEmpty());
    }
}
