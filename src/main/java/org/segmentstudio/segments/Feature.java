package org.segmentstudio.segments;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.segmentstudio.data.Column;

/** One chosen column as matrix columns, with its gaps filled or not as the policy says. */
abstract class Feature {
    abstract List<String> names();

    final int width() {
        return names().size();
    }

    /** What a missing cell becomes, one value per matrix column (NaN for a number left out). */
    abstract double[] fill();

    /** Writes the row's values at {@code out[at…]}; false when the row is to be left out. */
    abstract boolean write(int row, double[] out, int at);

    static Feature of(Column c, MissingPolicy missing) {
        return c.isNumeric() ? new Numeric(c, missing) : new OneHot(c, missing);
    }

    private static final class Numeric extends Feature {
        private final Column column;
        private final MissingPolicy missing;
        private final double fill;

        Numeric(Column column, MissingPolicy missing) {
            this.column = column;
            this.missing = missing;
            this.fill = switch (missing) {
                case DROP -> Double.NaN;
                case MEAN -> mean(column);
                case MEDIAN -> median(column);
            };
        }

        @Override
        List<String> names() {
            return List.of(column.name());
        }

        @Override
        double[] fill() {
            return new double[] {fill};
        }

        @Override
        boolean write(int row, double[] out, int at) {
            double v = column.value(row);
            if (Double.isNaN(v)) {
                if (missing == MissingPolicy.DROP) {
                    return false;
                }
                v = fill;
            }
            out[at] = v;
            return true;
        }
    }

    /**
     * A 1 in the row's category and 0 elsewhere. A missing category is filled with each
     * category's share of the rows (mean) or with the most common category (median).
     */
    private static final class OneHot extends Feature {
        private final Column column;
        private final MissingPolicy missing;
        private final List<String> names = new ArrayList<>();
        private final double[] fill;

        OneHot(Column column, MissingPolicy missing) {
            this.column = column;
            this.missing = missing;
            int k = column.categories().size();
            for (String cat : column.categories()) {
                names.add(column.name() + "=" + cat);
            }
            long[] counts = new long[k];
            long total = 0;
            for (int r = 0; r < column.size(); r++) {
                int cat = column.category(r);
                if (cat >= 0) {
                    counts[cat]++;
                    total++;
                }
            }
            fill = new double[k];
            if (missing == MissingPolicy.MEAN) {
                for (int i = 0; i < k; i++) {
                    fill[i] = total == 0 ? 0 : (double) counts[i] / total;
                }
            } else if (missing == MissingPolicy.MEDIAN) {
                int mode = 0;
                for (int i = 1; i < k; i++) {
                    mode = counts[i] > counts[mode] ? i : mode;
                }
                fill[mode] = 1;
            }
        }

        @Override
        List<String> names() {
            return names;
        }

        @Override
        double[] fill() {
            return fill.clone();
        }

        @Override
        boolean write(int row, double[] out, int at) {
            int cat = column.category(row);
            if (cat < 0) {
                if (missing == MissingPolicy.DROP) {
                    return false;
                }
                System.arraycopy(fill, 0, out, at, fill.length);
                return true;
            }
            Arrays.fill(out, at, at + fill.length, 0);
            out[at + cat] = 1;
            return true;
        }
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
