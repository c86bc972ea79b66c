package org.segmentstudio.engine;

import java.util.Arrays;

/**
 * Principal components of a set of points: the directions along which they spread most, found
 * from the eigenvectors of their covariance matrix (cyclic Jacobi rotations, exact for the small
 * symmetric matrices a handful of features give).
 */
public final class Pca {
    private static final int MAX_SWEEPS = 100;

    private final double[] mean;
    /** components[c] is the c-th direction (unit length), in descending order of variance. */
    private final double[][] components;
    private final double[] variances;

    private Pca(double[] mean, double[][] components, double[] variances) {
        this.mean = mean;
        this.components = components;
        this.variances = variances;
    }

    /** Fits the components of the rows of {@code x}. */
    public static Pca fit(Matrix x) {
        int n = x.rows();
        int d = x.cols();
        if (n == 0) {
            throw new IllegalArgumentException("There are no customers to project.");
        }
        double[] v = x.values();
        double[] mean = new double[d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                mean[j] += v[i * d + j];
            }
        }
        for (int j = 0; j < d; j++) {
            mean[j] /= n;
        }
        double[][] cov = new double[d][d];
        double[] row = new double[d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                row[j] = v[i * d + j] - mean[j];
            }
            for (int a = 0; a < d; a++) {
                for (int b = a; b < d; b++) {
                    cov[a][b] += row[a] * row[b];
                }
            }
        }
        for (int a = 0; a < d; a++) {
            for (int b = a; b < d; b++) {
                cov[a][b] /= n;
                cov[b][a] = cov[a][b];
            }
        }
        return fromCovariance(mean, cov);
    }

    private static Pca fromCovariance(double[] mean, double[][] cov) {
        int d = cov.length;
        double[][] a = new double[d][];
        for (int i = 0; i < d; i++) {
            a[i] = cov[i].clone();
        }
        double[][] vec = new double[d][d];
        for (int i = 0; i < d; i++) {
            vec[i][i] = 1;
        }
        jacobi(a, vec);
        Integer[] order = new Integer[d];
        for (int i = 0; i < d; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (p, q) -> Double.compare(a[q][q], a[p][p]));
        double[][] comps = new double[d][d];
        double[] vars = new double[d];
        for (int c = 0; c < d; c++) {
            int col = order[c];
            vars[c] = Math.max(0, a[col][col]);
            // A fixed sign (largest entry positive) so the picture does not flip between runs.
            int big = 0;
            for (int j = 0; j < d; j++) {
                comps[c][j] = vec[j][col];
                if (Math.abs(comps[c][j]) > Math.abs(comps[c][big]) + 1e-12) {
                    big = j;
                }
            }
            if (comps[c][big] < 0) {
                for (int j = 0; j < d; j++) {
                    comps[c][j] = -comps[c][j];
                }
            }
        }
        return new Pca(mean, comps, vars);
    }

    /** Diagonalises symmetric {@code a} in place; the eigenvectors accumulate as columns of {@code vec}. */
    private static void jacobi(double[][] a, double[][] vec) {
        int d = a.length;
        for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
            double off = 0;
            double scale = 0;
            for (int p = 0; p < d; p++) {
                scale += a[p][p] * a[p][p];
                for (int q = p + 1; q < d; q++) {
                    off += a[p][q] * a[p][q];
                }
            }
            if (off <= 1e-30 * Math.max(scale, 1e-300)) {
                return;
            }
            for (int p = 0; p < d; p++) {
                for (int q = p + 1; q < d; q++) {
                    if (a[p][q] == 0) {
                        continue;
                    }
                    double theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
                    double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
                    if (theta == 0) {
                        t = 1;
                    }
                    double c = 1 / Math.sqrt(t * t + 1);
                    double s = t * c;
                    for (int k = 0; k < d; k++) {
                        double akp = a[k][p];
                        double akq = a[k][q];
                        a[k][p] = c * akp - s * akq;
                        a[k][q] = s * akp + c * akq;
                    }
                    for (int k = 0; k < d; k++) {
                        double apk = a[p][k];
                        double aqk = a[q][k];
                        a[p][k] = c * apk - s * aqk;
                        a[q][k] = s * apk + c * aqk;
                    }
                    for (int k = 0; k < d; k++) {
                        double vkp = vec[k][p];
                        double vkq = vec[k][q];
                        vec[k][p] = c * vkp - s * vkq;
                        vec[k][q] = s * vkp + c * vkq;
                    }
                }
            }
        }
    }

    public int dimensions() {
        return mean.length;
    }

    /** The c-th principal direction, unit length; 0 is the direction of most spread. */
    public double[] component(int c) {
        return components[c].clone();
    }

    /** Variance of the points along component c. */
    public double variance(int c) {
        return variances[c];
    }

    /** Share of the total variance that component c explains, 0 to 1. */
    public double explained(int c) {
        double total = 0;
        for (double v : variances) {
            total += v;
        }
        return total > 0 ? variances[c] / total : 0;
    }

    /** Coordinate of {@code row} along component c. */
    public double project(double[] row, int c) {
        double s = 0;
        for (int j = 0; j < row.length; j++) {
            s += (row[j] - mean[j]) * components[c][j];
        }
        return s;
    }

    /** The point with coordinates (a, b) on the first two components and the mean elsewhere. */
    public double[] unproject(double a, double b) {
        double[] out = mean.clone();
        for (int j = 0; j < out.length; j++) {
            out[j] += a * components[0][j] + (components.length > 1 ? b * components[1][j] : 0);
        }
        return out;
    }
}
