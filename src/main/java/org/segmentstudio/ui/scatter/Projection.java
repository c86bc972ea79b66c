package org.segmentstudio.ui.scatter;

import java.util.List;
import org.segmentstudio.engine.Matrix;
import org.segmentstudio.engine.Pca;
import org.segmentstudio.engine.Scaler;
import org.segmentstudio.engine.Scaling;
import org.segmentstudio.ui.Messages;

/**
 * How a customer's features become a point on the plane: two of the features as they are (axes in
 * the data's own units), or the first two principal components of the standardised features.
 */
public abstract sealed class Projection permits Projection.Axes, Projection.Principal {

    public abstract double x(double[] row);

    public abstract double y(double[] row);

    public abstract String xLabel();

    public abstract String yLabel();

    /** A full row of features whose projection is (x, y): what a click on the plane means. */
    public abstract double[] toRow(double x, double y);

    /**
     * Squared-distance weight of each screen axis, so that regions drawn on the plane follow the
     * distances the clustering uses: {1, 1} for raw units.
     */
    public abstract double[] axisWeights(Scaling scaling, Matrix sample);

    /**
     * The scaler whose {@link Scaler#shape} the shading applies to the plane's x and y before it
     * weighs them (a logged feature's regions bend on its raw axis), or null when the axes are
     * taken as they are.
     */
    public Scaler axisShape(Scaling scaling, Matrix sample) {
        return null;
    }

    /** Two features as the axes; the others sit at their mean. */
    public static Projection axes(List<String> features, int xFeature, int yFeature, Matrix sample) {
        return new Axes(features, xFeature, yFeature, columnMeans(sample));
    }

    /** The first two principal components of the standardised sample. */
    public static Projection principal(Matrix sample) {
        Scaler scaler = Scaling.ZSCORE.fit(sample);
        return new Principal(scaler, Pca.fit(scaler.transform(sample)));
    }

    private static double[] columnMeans(Matrix m) {
        int d = m.cols();
        double[] mean = new double[d];
        double[] v = m.values();
        for (int i = 0; i < m.rows(); i++) {
            for (int j = 0; j < d; j++) {
                mean[j] += v[i * d + j];
            }
        }
        for (int j = 0; j < d; j++) {
            mean[j] /= Math.max(1, m.rows());
        }
        return mean;
    }

    static final class Axes extends Projection {
        private final List<String> features;
        private final int xi;
        private final int yi;
        private final double[] means;

        Axes(List<String> features, int xi, int yi, double[] means) {
            this.features = List.copyOf(features);
            this.xi = xi;
            this.yi = yi;
            this.means = means;
        }

        int xFeature() {
            return xi;
        }

        int yFeature() {
            return yi;
        }

        @Override
        public double x(double[] row) {
            return row[xi];
        }

        @Override
        public double y(double[] row) {
            return row[yi];
        }

        @Override
        public String xLabel() {
            return features.get(xi);
        }

        @Override
        public String yLabel() {
            return features.get(yi);
        }

        @Override
        public double[] toRow(double x, double y) {
            double[] row = means.clone();
            row[xi] = x;
            row[yi] = y;
            return row;
        }

        @Override
        public double[] axisWeights(Scaling scaling, Matrix sample) {
            Scaler s = scaling.fit(sample);
            double wx = s.scale(xi);
            double wy = s.scale(yi);
            return new double[] {wx * wx, wy * wy};
        }

        @Override
        public Scaler axisShape(Scaling scaling, Matrix sample) {
            Scaler s = scaling.fit(sample);
            return s.isLog(xi) || s.isLog(yi) ? s.project(xi, yi) : null;
        }
    }

    static final class Principal extends Projection {
        private final Scaler scaler;
        private final Pca pca;

        Principal(Scaler scaler, Pca pca) {
            this.scaler = scaler;
            this.pca = pca;
        }

        @Override
        public double x(double[] row) {
            return pca.project(scaler.transformRow(row), 0);
        }

        @Override
        public double y(double[] row) {
            return pca.dimensions() > 1 ? pca.project(scaler.transformRow(row), 1) : 0;
        }

        @Override
        public String xLabel() {
            return Messages.tr("scatter.pc", 1, Math.round(pca.explained(0) * 100));
        }

        @Override
        public String yLabel() {
            return pca.dimensions() > 1 ? Messages.tr("scatter.pc", 2, Math.round(pca.explained(1) * 100)) : "";
        }

        @Override
        public double[] toRow(double x, double y) {
            return scaler.inverseRow(pca.unproject(x, y));
        }

        @Override
        public double[] axisWeights(Scaling scaling, Matrix sample) {
            return new double[] {1, 1};
        }
    }
}
