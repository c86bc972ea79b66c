package org.segmentstudio.engine;

/**
 * A fitted feature scaling: {@code scaled = (t(x) - offset) / factor}, and back, where {@code t} is
 * the identity or, for a feature marked log, {@code sign(x) · log(1 + |x|)} (log(1 + x) on the
 * non-negative values it is fitted on, and still defined for a view that reaches below zero).
 */
public final class Scaler {
    private final double[] offset;
    private final double[] factor;
    private final boolean[] constant;
    private final boolean[] log;

    Scaler(double[] offset, double[] factor, boolean[] constant) {
        this(offset, factor, constant, new boolean[offset.length]);
    }

    Scaler(double[] offset, double[] factor, boolean[] constant, boolean[] log) {
        this.offset = offset;
        this.factor = factor;
        this.constant = constant;
        this.log = log;
    }

    /**
     * A scaler with these fitted parameters, as a saved analysis keeps them: feature j is
     * {@code ((log[j] ? sign·log1p : identity)(x) − offset[j]) / factor[j]}.
     */
    public static Scaler of(double[] offset, double[] factor, boolean[] constant, boolean[] log) {
        int d = offset.length;
        if (factor.length != d || constant.length != d || log.length != d) {
            throw new IllegalArgumentException("one offset, factor, constant flag and log flag per feature");
        }
        return new Scaler(offset.clone(), factor.clone(), constant.clone(), log.clone());
    }

    /** How many features this scaler scales. */
    public int features() {
        return offset.length;
    }

    /** What feature j's (shaped) value is centred on. */
    public double offset(int j) {
        return offset[j];
    }

    /** What feature j's centred value is divided by. */
    public double factor(int j) {
        return factor[j];
    }

    static double log1p(double x) {
        return Math.signum(x) * Math.log1p(Math.abs(x));
    }

    static double expm1(double v) {
        return Math.signum(v) * Math.expm1(Math.abs(v));
    }

    /** How much one unit of feature j (or of its log, for a logged one) weighs in the clustered space. */
    public double scale(int j) {
        return 1 / factor[j];
    }

    /** Feature j as the clustering sees it before standardising: x, or sign(x) · log(1 + |x|). */
    public double shape(int j, double x) {
        return log[j] ? log1p(x) : x;
    }

    /** The scaler of features {@code a} and {@code b} alone, as features 0 and 1 (a plot's two axes). */
    public Scaler project(int a, int b) {
        return new Scaler(new double[] {offset[a], offset[b]}, new double[] {factor[a], factor[b]},
                new boolean[] {constant[a], constant[b]}, new boolean[] {log[a], log[b]});
    }

    /** Whether feature j is taken as log(1 + x) before it is standardised. */
    public boolean isLog(int j) {
        return log[j];
    }

    public Matrix transform(Matrix m) {
        int d = m.cols();
        double[] src = m.values();
        double[] out = new double[src.length];
        for (int i = 0; i < src.length; i++) {
            int j = i % d;
            out[i] = ((log[j] ? log1p(src[i]) : src[i]) - offset[j]) / factor[j];
        }
        return new Matrix(out, m.rows(), d);
    }

    public double[] transformRow(double[] row) {
        double[] out = new double[row.length];
        for (int j = 0; j < row.length; j++) {
            out[j] = ((log[j] ? log1p(row[j]) : row[j]) - offset[j]) / factor[j];
        }
        return out;
    }

    public double[] inverseRow(double[] row) {
        double[] out = new double[row.length];
        for (int j = 0; j < row.length; j++) {
            double v = row[j] * factor[j] + offset[j];
            out[j] = log[j] ? expm1(v) : v;
        }
        return out;
    }

    /** Whether feature j is constant (it scaled to 0). */
    public boolean isConstant(int j) {
        return constant[j];
    }
}
