package org.segmentstudio.segments;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.segmentstudio.data.Column;
import org.segmentstudio.data.ColumnKind;
import org.segmentstudio.data.Dataset;

/**
 * Builds a {@link SegmentProfile} per segment. The population is the customers that took part in
 * the clustering; customers left out for missing values belong to no segment and to no average.
 */
public final class Profiler {
    private Profiler() {
    }

    /**
     * @param labels 0-based segment of each row of {@code features}' matrix
     * @param k      number of segments (a segment may be empty)
     */
    public static List<SegmentProfile> profile(Dataset data, FeatureMatrix features, int[] labels, int k) {
        int n = features.rowsUsed();
        if (labels.length != n) {
            throw new IllegalArgumentException("one label per segmented customer is needed: " + labels.length
                    + " labels for " + n + " customers");
        }
        int[] sizes = new int[k];
        for (int l : labels) {
            if (l < 0 || l >= k) {
                throw new IllegalArgumentException("label " + l + " is outside 0.." + (k - 1));
            }
            sizes[l]++;
        }
        List<List<FeatureStat>> stats = emptyLists(k);
        for (Column c : numericColumns(data, features.features())) {
            boolean clustered = features.features().contains(c.name());
            List<FeatureStat> perSegment = numeric(c, clustered, features.rowIndex(), labels, sizes);
            for (int s = 0; s < k; s++) {
                stats.get(s).add(perSegment.get(s));
            }
        }
        List<List<CategoryMix>> mixes = emptyLists(k);
        for (Column c : data.columns()) {
            boolean clustered = c.kind() == ColumnKind.CATEGORICAL
                    && features.features().stream().anyMatch(f -> f.startsWith(c.name() + "="));
            // Free text and codes by the thousand (Description, InvoiceNo) are never shown as a mix of
            // "0 % 573585 …": only columns that can be categories, or that were clustered as such.
            if (c.kind() == ColumnKind.CATEGORICAL && !data.isLeftOut(c.name())
                    && (clustered || FeatureMatrixBuilder.isUsable(c))) {
                List<CategoryMix> perSegment = categorical(c, clustered, features.rowIndex(), labels, sizes);
                for (int s = 0; s < k; s++) {
                    mixes.get(s).add(perSegment.get(s));
                }
            }
        }
        List<SegmentProfile> out = new ArrayList<>(k);
        for (int s = 0; s < k; s++) {
            out.add(new SegmentProfile(s, sizes[s], n == 0 ? 0 : (double) sizes[s] / n, stats.get(s), mixes.get(s)));
        }
        return List.copyOf(out);
    }

    /**
     * The numeric features in their order, then the other measures (numeric, not identifiers) in file
     * order. One-hot columns of a categorical feature ("Gender=Female") are not columns of the data;
     * the categorical column itself is profiled as a mix.
     */
    private static List<Column> numericColumns(Dataset data, List<String> featureNames) {
        List<Column> cols = new ArrayList<>();
        for (String f : featureNames) {
            data.column(f).ifPresent(cols::add);
        }
        for (Column c : data.featureCandidates()) {
            if (!featureNames.contains(c.name()) && !data.isLeftOut(c.name())) {
                cols.add(c);
            }
        }
        return cols;
    }

    private static List<FeatureStat> numeric(Column c, boolean clustered, int[] rows, int[] labels, int[] sizes) {
        int k = sizes.length;
        double[][] bySegment = new double[k][];
        int[] fill = new int[k];
        for (int s = 0; s < k; s++) {
            bySegment[s] = new double[sizes[s]];
        }
        double[] all = new double[rows.length];
        int m = 0;
        for (int i = 0; i < rows.length; i++) {
            double v = c.value(rows[i]);
            if (!Double.isNaN(v)) {
                all[m++] = v;
                bySegment[labels[i]][fill[labels[i]]++] = v;
            }
        }
        all = Arrays.copyOf(all, m);
        Arrays.sort(all);
        double popMean = mean(all);
        double popMedian = quantile(all, 0.5);
        double lower = quantile(all, 1.0 / 3);
        double upper = quantile(all, 2.0 / 3);
        String word = FeatureWords.of(c.name());
        List<FeatureStat> out = new ArrayList<>(k);
        for (int s = 0; s < k; s++) {
            double[] v = Arrays.copyOf(bySegment[s], fill[s]);
            bySegment[s] = null;
            Arrays.sort(v);
            double mean = mean(v);
            double median = quantile(v, 0.5);
            Level level = m == 0 ? Level.MID
                    : Level.judge(mean, median, popMean, popMedian, lower, upper, all[0], all[m - 1]);
            out.add(new FeatureStat(c.name(), word, clustered, mean, median, popMean, popMedian, level));
        }
        return out;
    }

    private static List<CategoryMix> categorical(Column c, boolean clustered, int[] rows, int[] labels, int[] sizes) {
        int k = sizes.length;
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (int i = 0; i < rows.length; i++) {
            String value = c.isMissing(rows[i]) ? "" : c.text(rows[i]).strip();
            counts.computeIfAbsent(value, v -> new int[k + 1]);
            int[] perSegment = counts.get(value);
            perSegment[labels[i]]++;
            perSegment[k]++;
        }
        List<CategoryMix> out = new ArrayList<>(k);
        for (int s = 0; s < k; s++) {
            List<CategoryShare> shares = new ArrayList<>();
            for (Map.Entry<String, int[]> e : counts.entrySet()) {
                int count = e.getValue()[s];
                shares.add(new CategoryShare(e.getKey(), count, sizes[s] == 0 ? 0 : (double) count / sizes[s],
                        (double) e.getValue()[k] / rows.length));
            }
            shares.sort(Comparator.comparingInt(CategoryShare::count).reversed()
                    .thenComparing(Comparator.comparingDouble(CategoryShare::populationShare).reversed()));
            out.add(new CategoryMix(c.name(), clustered, shares));
        }
        return out;
    }

    private static double mean(double[] v) {
        if (v.length == 0) {
            return Double.NaN;
        }
        double sum = 0;
        for (double x : v) {
            sum += x;
        }
        return sum / v.length;
    }

    /** Linear-interpolation quantile of sorted values (the usual "type 7"); NaN for none. */
    static double quantile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    private static <T> List<List<T>> emptyLists(int k) {
        List<List<T>> lists = new ArrayList<>(k);
        for (int s = 0; s < k; s++) {
            lists.add(new ArrayList<>());
        }
        return lists;
    }
}
