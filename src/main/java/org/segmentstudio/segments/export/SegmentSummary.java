package org.segmentstudio.segments.export;

import org.segmentstudio.data.ColumnKind;
import org.segmentstudio.data.Column;
import org.segmentstudio.data.Dataset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One row per segment: its name, size and share, the mean, median, minimum and maximum of each
 * feature in the data's own units, and the mix of each categorical column (e.g. "Gender: Female (%)").
 * A cell is an {@link Integer}, a {@link Double} (NaN when there is no value) or a {@link String}.
 *
 * @param header the column titles
 * @param rows   one list of cells per segment, in segment order
 */
public record SegmentSummary(List<String> header, List<List<Object>> rows) {
    /** A categorical column with more distinct values than this gets no mix columns. */
    public static final int MAX_CATEGORIES = 12;

    public SegmentSummary {
        header = List.copyOf(header);
        rows = rows.stream().map(r -> List.copyOf(r)).toList();
        for (List<Object> r : rows) {
            if (r.size() != header.size()) {
                throw new IllegalArgumentException("every summary row needs " + header.size() + " cells");
            }
        }
    }

    public static SegmentSummary of(Dataset data, SegmentLabels labels) {
        if (labels.rowCount() != data.rowCount()) {
            throw new IllegalArgumentException("the labels have " + labels.rowCount() + " rows, the data has "
                    + data.rowCount());
        }
        List<Column> features = new ArrayList<>();
        for (String f : labels.features()) {
            features.add(data.column(f).filter(Column::isNumeric).orElseThrow(() ->
                    new IllegalArgumentException("Feature '" + f + "' is not a numeric column of " + data.source() + ".")));
        }
        Map<Column, List<String>> mixes = new LinkedHashMap<>();
        for (Column c : data.columns()) {
            if (c.kind() == ColumnKind.CATEGORICAL) {
                List<String> values = categories(c);
                if (!values.isEmpty()) {
                    mixes.put(c, values);
                }
            }
        }
        List<String> header = new ArrayList<>(List.of("Segment", "Segment name", "Customers", "Share (%)"));
        for (Column f : features) {
            for (String stat : List.of("mean", "median", "min", "max")) {
                header.add(f.name() + " " + stat);
            }
        }
        mixes.forEach((c, values) -> values.forEach(v -> header.add(c.name() + ": " + v + " (%)")));

        int[] sizes = labels.sizes();
        int clustered = Arrays.stream(sizes).sum();
        List<List<Object>> rows = new ArrayList<>();
        for (int s = 1; s <= labels.segmentCount(); s++) {
            int[] members = members(labels, s, sizes[s - 1]);
            List<Object> row = new ArrayList<>(header.size());
            row.add(s);
            row.add(labels.name(s));
            row.add(members.length);
            row.add(clustered == 0 ? Double.NaN : 100.0 * members.length / clustered);
            for (Column f : features) {
                row.addAll(stats(f, members));
            }
            mixes.forEach((c, values) -> values.forEach(v -> row.add(percent(c, members, v))));
            rows.add(row);
        }
        return new SegmentSummary(header, rows);
    }

    private static int[] members(SegmentLabels labels, int segment, int size) {
        int[] out = new int[size];
        int i = 0;
        for (int r = 0; r < labels.rowCount(); r++) {
            if (labels.segment(r) == segment) {
                out[i++] = r;
            }
        }
        return out;
    }

    /** Mean, median, min, max of the values present; NaN each when none is. */
    private static List<Object> stats(Column c, int[] rows) {
        double[] v = new double[rows.length];
        int n = 0;
        double sum = 0;
        for (int r : rows) {
            double x = c.value(r);
            if (!Double.isNaN(x)) {
                v[n++] = x;
                sum += x;
            }
        }
        if (n == 0) {
            return List.of(Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        Arrays.sort(v, 0, n);
        double median = n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
        return List.of(sum / n, median, v[0], v[n - 1]);
    }

    private static double percent(Column c, int[] rows, String value) {
        if (rows.length == 0) {
            return Double.NaN;
        }
        int hits = 0;
        for (int r : rows) {
            if (c.text(r).strip().equals(value)) {
                hits++;
            }
        }
        return 100.0 * hits / rows.length;
    }

    /**
     * The distinct non-missing values of a column, most frequent first; none when the column is
     * free text rather than a category: more than {@value #MAX_CATEGORIES} values, or values that
     * mostly do not repeat (names, notes).
     */
    private static List<String> categories(Column c) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        int present = 0;
        for (int r = 0; r < c.size() && counts.size() <= MAX_CATEGORIES; r++) {
            if (!c.isMissing(r)) {
                counts.merge(c.text(r).strip(), 1, Integer::sum);
                present++;
            }
        }
        if (counts.size() > MAX_CATEGORIES || 2 * counts.size() > present) {
            return List.of();
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
    }
}
