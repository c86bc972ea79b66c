package org.segmentstudio.segments;

import java.util.Arrays;
import java.util.List;
import org.segmentstudio.data.Column;
import org.segmentstudio.data.Dataset;
import org.segmentstudio.engine.Matrix;

/** Turns the user's choice of columns into the matrix the engine clusters. */
public final class FeatureMatrixBuilder {
    private FeatureMatrixBuilder() {
    }

    public static FeatureMatrix build(Dataset data, List<String> features, MissingPolicy missing) {
        if (features.isEmpty()) {
            throw new IllegalArgumentException("Choose at least one feature to cluster on.");
        }
        Column[] cols = new Column[features.size()];
        for (int j = 0; j < cols.length; j++) {
            String name = features.get(j);
            cols[j] = data.column(name).orElseThrow(() ->
                    new IllegalArgumentException("There is no column named '" + name + "'. Columns are: "
                            + String.join(", ", data.columnNames())));
            if (!cols[j].isNumeric()) {
                throw new IllegalArgumentException("Column '" + name + "' is not numeric, so it cannot be a feature.");
            }
        }
        int n = data.rowCount();
        int d = cols.length;
        double[] fill = new double[d];
        if (missing != MissingPolicy.DROP) {
            for (int j = 0; j < d; j++) {
                fill[j] = missing == MissingPolicy.MEAN ? mean(cols[j]) : median(cols[j]);
            }
        }
        int[] index = new int[n];
        double[] values = new double[n * d];
        int used = 0;
        for (int r = 0; r < n; r++) {
            boolean complete = true;
            for (int j = 0; j < d; j++) {
                double v = cols[j].value(r);
                if (Double.isNaN(v)) {
                    if (missing == MissingPolicy.DROP) {
                        complete = false;
                        break;
                    }
                    v = fill[j];
                }
                values[used * d + j] = v;
            }
            if (complete) {
                index[used++] = r;
            }
        }
        return new FeatureMatrix(features, new Matrix(Arrays.copyOf(values, used * d), used, d),
                Arrays.copyOf(index, used), n);
    }

    private static double mean(Column c) {
        double sum = 0;
        long count = 0;
        for (int r = 0; r < c.size(); r++) {
            double v = c.value(r);
            if (!Double.isNaN(v)) {
                sum += v;
                count++;
            }
        }
        return count == 0 ? 0 : sum / count;
    }

    private static double median(Column c) {
        double[] v = new double[c.size()];
        int m = 0;
        for (int r = 0; r < c.size(); r++) {
            if (!Double.isNaN(c.value(r))) {
                v[m++] = c.value(r);
            }
        }
        if (m == 0) {
            return 0;
        }
        Arrays.sort(v, 0, m);
        return m % 2 == 1 ? v[m / 2] : (v[m / 2 - 1] + v[m / 2]) / 2;
    }
}
