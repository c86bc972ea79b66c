package org.segmentstudio.ui.table;

import java.util.Arrays;
import org.segmentstudio.segments.FeatureMatrix;

/**
 * Each customer's segment, looked up from a run's labels instead of spread into an array of its
 * own: the table asks only for the rows on screen, so a million customers cost nothing here.
 */
final class RowSegments {
    private final int[] rowIndex;
    private final int[] labels;
    private final boolean everyRow;

    /** @param labels 0-based segment of each matrix row; read, never copied or changed */
    RowSegments(FeatureMatrix features, int[] labels) {
        if (labels.length != features.rowsUsed()) {
            throw new IllegalArgumentException("one label per clustered customer is needed");
        }
        this.rowIndex = features.rowIndex();
        this.labels = labels;
        this.everyRow = features.rowsSkipped() == 0;
    }

    /** Whether some customer was left out of the run. */
    boolean anyLeftOut() {
        return !everyRow;
    }

    /** 0-based segment of dataset row {@code row}, or -1 for a customer left out of the run. */
    int of(int row) {
        if (everyRow) {
            return labels[row];
        }
        int i = Arrays.binarySearch(rowIndex, row); // ascending: the builder keeps the dataset's order
        return i < 0 ? -1 : labels[i];
    }
}
