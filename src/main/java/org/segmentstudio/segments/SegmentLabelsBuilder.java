package org.segmentstudio.segments;

import java.util.List;
import org.segmentstudio.data.Column;
import org.segmentstudio.data.Dataset;
import org.segmentstudio.segments.export.SegmentLabels;
import org.segmentstudio.engine.KMeansResult;
import org.segmentstudio.engine.Matrix;

/**
 * Makes the export model from a clustering result: each customer's segment, the segment names and
 * the customer's distance to the segment's centre. The distance is Euclidean over the clustered
 * features in the data's own units (the result's centroids are in those units), so it reads as
 * "how far from the typical member", whatever scaling the run used.
 */
public final class SegmentLabelsBuilder {
    private SegmentLabelsBuilder() {
    }

    /** Values per clustered customer spread over all dataset rows: NaN for a customer left out. */
    public static double[] perRow(FeatureMatrix features, double[] perCustomer) {
        double[] out = new double[features.totalRows()];
        java.util.Arrays.fill(out, Double.NaN);
        int[] rows = features.rowIndex();
        for (int i = 0; i < rows.length; i++) {
            out[rows[i]] = perCustomer[i];
        }
        return out;
    }

    /** With the default names "Segment 1" … "Segment k". */
    public static SegmentLabels build(Dataset data, FeatureMatrix features, KMeansResult result) {
        return build(data, features, result, SegmentLabels.defaultNames(result.k()));
    }

    /** @param names one per segment, in segment order */
    public static SegmentLabels build(Dataset data, FeatureMatrix features, KMeansResult result, List<String> names) {
        if (features.totalRows() != data.rowCount()) {
            throw new IllegalArgumentException("the features were built from " + features.totalRows()
                    + " customers but the data has " + data.rowCount());
        }
        int[] labels = result.labels();
        Matrix m = features.matrix();
        if (labels.length != m.rows()) {
            throw new IllegalArgumentException("the result has " + labels.length + " labels for " + m.rows()
                    + " clustered customers");
        }
        double[][] centres = result.centroids();
        double[] distances = new double[data.rowCount()];
        java.util.Arrays.fill(distances, Double.NaN);
        int[] rows = features.rowIndex();
        for (int i = 0; i < m.rows(); i++) {
            double[] centre = centres[labels[i]];
            double sum = 0;
            for (int j = 0; j < m.cols(); j++) {
                double diff = m.get(i, j) - centre[j];
                sum += diff * diff;
            }
            distances[rows[i]] = Math.sqrt(sum);
        }
        // One-hot columns ("Gender=Female") are not columns of the data; the summary shows their mix anyway.
        List<String> numeric = features.features().stream()
                .filter(f -> data.column(f).map(Column::isNumeric).orElse(false)).toList();
        return new SegmentLabels(features.segmentsPerRow(labels), names, distances, numeric);
    }
}
