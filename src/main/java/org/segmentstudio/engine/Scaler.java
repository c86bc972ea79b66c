package org.segmentstudio.engine;

/** A fitted feature scaling: {@code scaled = (x - offset) / factor}, and back. */
public final class Scaler {
    private final double[] offset;
    private final double[] factor;
    private final boolean[] constant;

    Scaler(double[] offset, double[] factor, boolean[] constant) {
        this.offset = offset;
        this.factor = factor;
        this.constant = constant;
    }

    public Matrix transform(Matrix m) {
        int d = m.cols();
        double[] src = m.values();
        double[] out = new double[src.length];
        for (int i = 0; i < src.length; i++) {
            int j = i % d;
            out[i] = (src[i] - offset[j]) / factor[j];
        }
        return new Matrix(out, m.rows(), d);
    }

    public double[] transformRow(double[] row) {
        double[] out = new double[row.length];
        for (int j = 0; j < row.length; j++) {
            out[j] = (row[j] - offset[j]) / factor[j];
        }
        return out;
    }

    public double[] inverseRow(double[] row) {
        double[] out = new double[row.length];
        for (int j = 0; j < row.length; j++) {
            out[j] = row[j] * factor[j] + offset[j];
        }
        return out;
    }

    /** Whether feature j is constant (it scaled to 0). */
    public boolean isConstant(int j) {
        return constant[j];
    }
}
