package org.segmentstudio.segments;

import java.util.List;
import org.segmentstudio.engine.Matrix;

/**
 * The chosen features of the customers that take part in clustering.
 *
 * @param features  feature (column) names, in matrix column order
 * @param matrix    one row per customer used
 * @param rowIndex  for each matrix row, the customer's row in the dataset
 * @param totalRows customers in the dataset
 */
public record FeatureMatrix(List<String> features, Matrix matrix, int[] rowIndex, int totalRows) {

    public FeatureMatrix {
        features = List.copyOf(features);
        if (rowIndex.length != matrix.rows()) {
            throw new IllegalArgumentException("one row index per matrix row is needed");
        }
    }

    public int rowsUsed() {
        return matrix.rows();
    }

    public int rowsSkipped() {
        return totalRows - matrix.rows();
    }

    /**
     * Spreads 0-based labels of the used rows over all dataset rows as 1-based segments, 0 for a
     * customer that was left out.
     */
    public int[] segmentsPerRow(int[] labels) {
        int[] out = new int[totalRows];
        for (int i = 0; i < rowIndex.length; i++) {
            out[rowIndex[i]] = labels[i] + 1;
        }
        return out;
    }
}
