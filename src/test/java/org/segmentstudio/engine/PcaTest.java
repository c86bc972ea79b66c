package org.segmentstudio.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.stat.correlation.Covariance;
import org.junit.jupiter.api.Test;

class PcaTest {

    @Test
    void pointsOnTheDiagonalHaveTheDiagonalAsFirstComponent() {
        // Covariance of these four points is [[2.5, 2], [2, 2.5]] (population): eigenvalues 4.5 and 0.5,
        // eigenvectors (1, 1)/√2 and (1, -1)/√2.
        Matrix x = Matrix.of(new double[][] {{-2, -1}, {-1, -2}, {1, 2}, {2, 1}});
        Pca pca = Pca.fit(x);
        double r = Math.sqrt(0.5);
        assertArrayEquals(new double[] {r, r}, pca.component(0), 1e-12);
        assertEquals(4.5, pca.variance(0), 1e-12);
        assertEquals(0.5, pca.variance(1), 1e-12);
        assertEquals(0.9, pca.explained(0), 1e-12);
        assertEquals(3 * r, pca.project(new double[] {1, 2}, 0), 1e-12);
        assertEquals(r, Math.abs(pca.project(new double[] {1, 2}, 1)), 1e-12);
    }

    @Test
    void matchesCommonsMathOnCorrelatedFourFeatureData() {
        Random random = new Random(7);
        int n = 500;
        double[][] rows = new double[n][4];
        for (int i = 0; i < n; i++) {
            double a = random.nextGaussian();
            double b = random.nextGaussian();
            rows[i] = new double[] {3 * a + 10, a + 0.5 * b, 2 * b - 4, 0.1 * random.nextGaussian()};
        }
        Pca pca = Pca.fit(Matrix.of(rows));
        double[][] cov = new Covariance(rows, false).getCovarianceMatrix().getData();
        EigenDecomposition eig = new EigenDecomposition(new Array2DRowRealMatrix(cov));
        double[] values = eig.getRealEigenvalues().clone();
        java.util.Arrays.sort(values);
        for (int c = 0; c < 4; c++) {
            assertEquals(values[3 - c], pca.variance(c), 1e-9 * values[3]);
        }
        for (int c = 0; c < 2; c++) {
            double[] expected = eig.getEigenvector(indexOf(eig.getRealEigenvalues(), values[3 - c])).toArray();
            double[] got = pca.component(c);
            double dot = 0;
            for (int j = 0; j < 4; j++) {
                dot += expected[j] * got[j];
            }
            assertEquals(1.0, Math.abs(dot), 1e-9, "component " + c + " points the same way");
        }
    }

    @Test
    void unprojectReturnsThePointOnThePlaneOfTheFirstTwoComponents() {
        Matrix x = Matrix.of(new double[][] {{1, 0, 0}, {-1, 0, 0}, {0, 2, 0}, {0, -2, 0}, {0, 0, 0.1}, {0, 0, -0.1}});
        Pca pca = Pca.fit(x);
        double[] p = pca.unproject(1.5, -0.5);
        assertEquals(1.5, pca.project(p, 0), 1e-12);
        assertEquals(-0.5, pca.project(p, 1), 1e-12);
        assertEquals(0.0, pca.project(p, 2), 1e-12);
    }

    @Test
    void noRowsIsAPlainError() {
        assertThrows(IllegalArgumentException.class, () -> Pca.fit(new Matrix(new double[0], 0, 2)));
    }

    private static int indexOf(double[] values, double v) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == v) {
                return i;
            }
        }
        throw new AssertionError(v);
    }
}
