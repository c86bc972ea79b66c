package org.segmentstudio.engine;

/**
 * Points as one flat row-major array of primitives: {@code values[i * cols + j]} is feature j of
 * point i. No per-point objects, so a million customers stay one allocation.
 */
public record Matrix(double[] values, int rows, int cols) {
    public Matrix {
        if (rows < 0 || cols < 1) {
            throw new IllegalArgumentException("a matrix needs rows >= 0 and at least one column");
        }
        if (values.length != (long) rows * cols) {
            throw new IllegalArgumentException("expected " + (long) rows * cols + " values, got " + values.length);
        }
    }

    public double get(int row, int col) {
        return values[row * cols + col];
    }

    public static Matrix of(double[][] rows) {
        int n = rows.length;
        int d = n == 0 ? 1 : rows[0].length;
        double[] v = new double[n * d];
        for (int i = 0; i < n; i++) {
            if (rows[i].length != d) {
                throw new IllegalArgumentException("row " + i + " has " + rows[i].length + " values, expected " + d);
            }
            System.arraycopy(rows[i], 0, v, i * d, d);
        }
        return new Matrix(v, n, d);
    }
}
