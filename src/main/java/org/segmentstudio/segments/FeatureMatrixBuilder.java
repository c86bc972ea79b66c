package org.segmentstudio.segments;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.segmentstudio.data.Column;
import org.segmentstudio.data.Dataset;
import org.segmentstudio.data.StrayText;
import org.segmentstudio.engine.Matrix;

/**
 * Turns the user's choice of columns into the matrix the engine clusters. A numeric column gives
 * one matrix column; a categorical one (such as Gender) gives one 0/1 column per category
 * ("Gender=Female", "Gender=Male"): one-hot encoding. Numeric features come first in the matrix.
 */
public final class FeatureMatrixBuilder {
    /** More categories than this is free text or an identifier, not something to one-hot encode. */
    public static final int MAX_CATEGORIES = 30;

    private FeatureMatrixBuilder() {
    }

    /**
     * Throws the message {@link #build} would give for a bad choice of features, without reading
     * the rows: quick enough for the FX thread, so a bad choice is told before any work starts.
     */
    public static void check(Dataset data, List<String> features) {
        if (features.isEmpty()) {
            throw new IllegalArgumentException("Choose at least one feature to cluster on.");
        }
        for (String name : features) {
            column(data, name);
        }
    }

    /**
     * Throws when the customers take fewer different combinations of values on these features than K segments
     * need (Gender alone has two, whatever K), with a sentence that names the features. Reads at most
     * {@code maxRows} rows, for the FX thread: most data shows K different customers within its first
     * rows; where the limit is reached first, the engine's own check decides.
     */
    public static void checkDistinct(Dataset data, List<String> features, MissingPolicy missing, int k, int maxRows) {
        check(data, features);
        List<Column> columns = features.stream().map(f -> column(data, f)).toList();
        java.util.Set<List<Double>> seen = new java.util.HashSet<>();
        int n = Math.min(data.rowCount(), maxRows);
        int customers = 0;
        for (int r = 0; r < n; r++) {
            List<Double> key = new ArrayList<>(columns.size());
            boolean complete = true;
            for (Column c : columns) {
                // A gap filled with the mean or median is one more value of its own.
                double v = c.isNumeric() ? c.value(r) + 0.0 : c.category(r);
                if (c.isMissing(r)) {
                    complete = missing != MissingPolicy.DROP;
                    v = Double.NaN;
                }
                key.add(v);
            }
            if (complete) {
                customers++;
                seen.add(key);
                if (seen.size() >= k) {
                    return;
                }
            }
        }
        if (n < data.rowCount() || customers < k) {
            return; // rows not read, or fewer customers than K: the engine's own check and sentence
        }
        int distinct = seen.size();
        String what = features.size() == 1
                ? "'" + features.get(0) + "' takes " + (distinct == 1 ? "only one value" : "only " + distinct + " different values")
                : "the " + features.size() + " features take " + (distinct == 1 ? "only one combination of values"
                        : "only " + distinct + " different combinations of values");
        // K is 2 at least: with two values "K = 2" is the one choice, not "2 or less".
        String choose = distinct == 1 ? "tick other features." : distinct == 2 ? "choose K = 2, or tick more features."
                : "choose K = " + distinct + " or less, or tick more features.";
        throw new org.segmentstudio.engine.TooFewDistinctException(distinct, k, "Among the "
                + Formats.count(customers) + " customers, " + what + ", fewer than K = " + k + " segments: " + choose);
    }

    public static FeatureMatrix build(Dataset data, List<String> features, MissingPolicy missing) {
        check(data, features);
        // Numeric features first, so the matrix's first two columns (the scatter's axes) are measures.
        List<Feature> parts = new ArrayList<>();
        for (boolean numeric : new boolean[] {true, false}) {
            for (String name : features) {
                Column c = column(data, name);
                if (c.isNumeric() == numeric) {
                    parts.add(Feature.of(c, missing));
                }
            }
        }
        List<String> names = new ArrayList<>();
        for (Feature f : parts) {
            names.addAll(f.names());
        }
        int n = data.rowCount();
        int d = names.size();
        int[] index = new int[n];
        double[] values = new double[n * d];
        double[] row = new double[d];
        int used = 0;
        for (int r = 0; r < n; r++) {
            boolean complete = true;
            int at = 0;
            for (Feature f : parts) {
                if (!f.write(r, row, at)) {
                    complete = false;
                    break;
                }
                at += f.width();
            }
            if (complete) {
                System.arraycopy(row, 0, values, used * d, d);
                index[used++] = r;
            }
        }
        // With no customer left out the arrays are already the right size: a million rows would
        // otherwise be copied once more only to be thrown away.
        return new FeatureMatrix(names, new Matrix(used == n ? values : Arrays.copyOf(values, used * d), used, d),
                used == n ? index : Arrays.copyOf(index, used), n);
    }

    /**
     * How one chosen column went into the matrix, as a saved analysis keeps it to encode other
     * customers the same way.
     *
     * @param column     the column's name
     * @param categories null for a number; for a category, its values in matrix order ("Female", "Male")
     * @param fill       what a missing cell became (MEAN or MEDIAN policy): one value per matrix column;
     *                   null when such customers were left out (DROP)
     */
    public record Encoding(String column, List<String> categories, double[] fill) {
        public Encoding {
            categories = categories == null ? null : List.copyOf(categories);
        }

        public boolean numeric() {
            return categories == null;
        }

        /** The matrix columns it gives: the column's name, or one "Column=value" per category. */
        public List<String> names() {
            return numeric() ? List.of(column) : categories.stream().map(c -> column + "=" + c).toList();
        }
    }

    /** How {@link #build} encodes these features of this data, in matrix order. */
    public static List<Encoding> encodings(Dataset data, List<String> features, MissingPolicy missing) {
        check(data, features);
        List<Encoding> out = new ArrayList<>();
        for (boolean numeric : new boolean[] {true, false}) {
            for (String name : features) {
                Column c = column(data, name);
                if (c.isNumeric() == numeric) {
                    Feature f = Feature.of(c, missing);
                    out.add(new Encoding(name, numeric ? null : c.categories(),
                            missing == MissingPolicy.DROP ? null : f.fill()));
                }
            }
        }
        return List.copyOf(out);
    }

    /**
     * Other customers encoded as saved: numbers as they are, categories one-hot over the saved
     * values (a value the saved analysis never saw gives zeros in every one of its columns), gaps
     * filled with the saved fill or the customer left out.
     *
     * @throws IllegalArgumentException naming the columns the data lacks, or a number column that is
     *                                  text here
     */
    public static FeatureMatrix build(Dataset data, List<Encoding> encodings) {
        checkEncodings(data, encodings);
        List<String> names = new ArrayList<>();
        for (Encoding e : encodings) {
            names.addAll(e.names());
        }
        return fill(data, encodings, names);
    }

    /**
     * Whether other customers can be encoded as saved, without reading the rows: quick enough for
     * the FX thread, so data that cannot take the saved segments is refused before it is shown.
     *
     * @throws IllegalArgumentException as {@link #build(Dataset, List)} would
     */
    public static void checkEncodings(Dataset data, List<Encoding> encodings) {
        List<String> missingColumns = new ArrayList<>();
        for (Encoding e : encodings) {
            if (data.column(e.column()).isEmpty()) {
                missingColumns.add(e.column());
            }
        }
        if (!missingColumns.isEmpty()) {
            throw new IllegalArgumentException(data.source() + " lacks the column" + (missingColumns.size() == 1 ? " " : "s ")
                    + String.join(", ", missingColumns.stream().map(m -> "'" + m + "'").toList())
                    + " the saved segments were found on. Columns are: " + String.join(", ", data.columnNames()) + ".");
        }
        for (Encoding e : encodings) {
            Column c = data.column(e.column()).orElseThrow();
            if (e.numeric() && !c.isNumeric()) {
                throw new IllegalArgumentException("Column '" + e.column() + "' of " + data.source() + " holds text ("
                        + StrayText.in(c).map(t -> "\"" + t.firstText() + "\" on line " + data.report().lineOf(t.firstRow()))
                        .orElse("not numbers") + "); the saved segments take it as a number.");
            }
        }
    }

    private static FeatureMatrix fill(Dataset data, List<Encoding> encodings, List<String> names) {
        int n = data.rowCount();
        int d = names.size();
        int[] index = new int[n];
        double[] values = new double[n * d];
        double[] row = new double[d];
        int used = 0;
        for (int r = 0; r < n; r++) {
            boolean complete = true;
            int at = 0;
            for (Encoding e : encodings) {
                Column c = data.column(e.column()).orElseThrow();
                if (e.numeric()) {
                    double v = c.value(r);
                    if (Double.isNaN(v)) {
                        if (e.fill() == null) {
                            complete = false;
                            break;
                        }
                        v = e.fill()[0];
                    }
                    row[at++] = v;
                } else {
                    int k = e.categories().size();
                    String text = c.isNumeric() ? c.text(r) : (c.category(r) < 0 ? null : c.categories().get(c.category(r)));
                    if (text == null || org.segmentstudio.data.MissingValues.isMissing(text)) {
                        if (e.fill() == null) {
                            complete = false;
                            break;
                        }
                        System.arraycopy(e.fill(), 0, row, at, k);
                    } else {
                        Arrays.fill(row, at, at + k, 0);
                        int cat = e.categories().indexOf(text);
                        if (cat >= 0) {
                            row[at + cat] = 1;
                        }
                    }
                    at += k;
                }
            }
            if (complete) {
                System.arraycopy(row, 0, values, used * d, d);
                index[used++] = r;
            }
        }
        return new FeatureMatrix(names, new Matrix(used == n ? values : Arrays.copyOf(values, used * d), used, d),
                used == n ? index : Arrays.copyOf(index, used), n);
    }

    /**
     * Whether a column can be a feature: numeric, or categorical with a few categories. A column of
     * numbers with a few cells of text (a typo) is neither: its numbers are not categories.
     */
    public static boolean isUsable(Column c) {
        return c.isNumeric() || (c.categories().size() >= 2 && c.categories().size() <= MAX_CATEGORIES
                && StrayText.in(c).isEmpty());
    }

    /** The chosen features that have a missing value in some row: why rows are left out or filled. */
    public static List<String> featuresWithGaps(Dataset data, List<String> features) {
        List<String> out = new ArrayList<>();
        for (String name : features) {
            Column c = column(data, name);
            for (int r = 0; r < c.size(); r++) {
                if (c.isMissing(r)) {
                    out.add(name);
                    break;
                }
            }
        }
        return out;
    }

    private static Column column(Dataset data, String name) {
        Column c = data.column(name).orElseThrow(() ->
                new IllegalArgumentException("There is no column named '" + name + "'. Columns are: "
                        + String.join(", ", data.columnNames())));
        if (data.isLeftOut(name)) {
            throw new IllegalArgumentException("Column '" + name + "' is left out: it is never clustered. Right-click"
                    + " it in the features list to use it as a number or a category again.");
        }
        if (!c.isNumeric() && c.categories().size() > MAX_CATEGORIES) {
            throw new IllegalArgumentException("Column '" + name + "' has " + c.categories().size()
                    + " different values, too many to use as a feature (at most " + MAX_CATEGORIES
                    + "). Choose a numeric column or one with a few categories, such as gender.");
        }
        StrayText typo = StrayText.in(c).orElse(null);
        if (typo != null) {
            throw new IllegalArgumentException("Column '" + name + "' holds numbers, but \"" + typo.firstText()
                    + "\" (customer " + (typo.firstRow() + 1) + ") is not one" + (typo.cells() == 1 ? "" : ", nor are "
                    + (typo.cells() - 1) + " other cells") + ". Correct the file, or leave those cells empty, to use it.");
        }
        if (!c.isNumeric() && c.categories().isEmpty()) {
            throw new IllegalArgumentException("Column '" + name + "' has no values, so it cannot be a feature.");
        }
        return c;
    }
}
