package org.segmentstudio.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One column of a {@link Dataset}, stored for a million customers in little memory. A numeric
 * column keeps a {@code double} per row plus the original text of only those cells whose value
 * does not render back to the same text (such as {@code "$15,000"} or {@code NA}); a categorical
 * column keeps an {@code int} code per row and each distinct text once. Either way
 * {@link #text(int)} gives every cell exactly as it stood in the file.
 *
 * <p>Instances are immutable: the arrays are owned by the column and never handed out.
 */
public final class Column {
    private final String name;
    private final ColumnKind kind;
    private final int size;
    /** Numeric kinds: the value per row, NaN where missing. */
    private final double[] values;
    private final SparseText keptText;
    private final boolean decimalComma;
    /** Categorical: the level per row, and each level's text. */
    private final int[] codes;
    private final String[] levels;
    /** Categorical: per level, its index among the non-missing categories, or -1 for a missing marker. */
    private final int[] categoryOfLevel;
    private final List<String> categories;
    /** Categorical: the text among numbers, if the column is nearly all numbers; found once, as the column is built. */
    private final StrayText strayText;
    /** Smallest and largest value present (NaN when none), and whether all are whole: numeric columns. */
    private final double min;
    private final double max;
    private final boolean whole;

    /**
     * @param text   original cell text, one per row ({@code null} is read as empty)
     * @param values parsed values, one per row, NaN where missing; {@code null} for categorical columns
     */
    public Column(String name, ColumnKind kind, String[] text, double[] values) {
        this(name, kind, text.length, checkedValues(kind, text, values), keptText(text, values),
                false, kind == ColumnKind.CATEGORICAL ? Dictionary.of(text) : null, null);
    }

    /** @param stats the values' figures as the importer found them; null to find them here */
    private Column(String name, ColumnKind kind, int size, double[] values, SparseText keptText,
            boolean decimalComma, Dictionary dictionary, ValueStats stats) {
        this.name = Objects.requireNonNull(name, "name");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.size = size;
        this.values = values;
        this.keptText = keptText;
        this.decimalComma = decimalComma;
        this.codes = dictionary == null ? null : dictionary.codes;
        this.levels = dictionary == null ? null : dictionary.levels;
        if (levels == null) {
            categoryOfLevel = null;
            categories = List.of();
        } else {
            categoryOfLevel = new int[levels.length];
            List<String> cats = new ArrayList<>();
            for (int i = 0; i < levels.length; i++) {
                boolean missing = MissingValues.isMissing(levels[i]);
                categoryOfLevel[i] = missing ? -1 : cats.size();
                if (!missing) {
                    cats.add(levels[i]);
                }
            }
            categories = List.copyOf(cats);
        }
        // Built by the importer off the FX thread: the window asks for this as it shows the data,
        // and a scan of a million cells there held it up.
        strayText = levels == null ? null : StrayText.scan(this);
        ValueStats s = values == null ? new ValueStats() : stats != null ? stats : ValueStats.of(values);
        min = s.min();
        max = s.max();
        whole = s.whole();
    }

    /**
     * The smallest value present, NaN for a categorical column or one without values. Found as the
     * column is built (off the FX thread), like its stray text.
     */
    public double min() {
        return min;
    }

    /** The largest value present; NaN for a categorical column or one without values. */
    public double max() {
        return max;
    }

    /** Whether every value present is a whole number (false for a categorical column). */
    public boolean isWhole() {
        return values != null && whole;
    }

    /**
     * A numeric or identifier column from the importer; the arrays are taken, not copied.
     *
     * @param stats the figures of exactly these values, found as they were read
     */
    static Column numeric(String name, ColumnKind kind, double[] values, SparseText keptText, boolean decimalComma,
            ValueStats stats) {
        if (kind == ColumnKind.CATEGORICAL) {
            throw new IllegalArgumentException("a numeric column is needed");
        }
        return new Column(name, kind, values.length, values, keptText.trim(), decimalComma, null, stats);
    }

    /** A categorical column from the importer; the arrays are taken, not copied. */
    static Column categorical(String name, int[] codes, String[] levels) {
        return new Column(name, ColumnKind.CATEGORICAL, codes.length, null, null, false, new Dictionary(codes, levels), null);
    }

    private static double[] checkedValues(ColumnKind kind, String[] text, double[] values) {
        if (kind == ColumnKind.CATEGORICAL) {
            if (values != null) {
                throw new IllegalArgumentException("a categorical column has no numeric values");
            }
            return null;
        }
        if (values == null || values.length != text.length) {
            throw new IllegalArgumentException("a numeric column needs one value per row");
        }
        return values.clone();
    }

    private static SparseText keptText(String[] text, double[] values) {
        if (values == null) {
            return null;
        }
        SparseText kept = new SparseText(0);
        for (int r = 0; r < text.length; r++) {
            String t = text[r] == null ? "" : text[r];
            if (!CellText.rendersAs(values[r], t, false)) {
                kept.add(r, t);
            }
        }
        return kept.trim();
    }

    public String name() {
        return name;
    }

    public ColumnKind kind() {
        return kind;
    }

    public boolean isNumeric() {
        return kind != ColumnKind.CATEGORICAL;
    }

    public int size() {
        return size;
    }

    /** The cell exactly as it stood in the file. */
    public String text(int row) {
        if (codes != null) {
            return levels[codes[row]];
        }
        Objects.checkIndex(row, size);
        String kept = keptText.get(row);
        return kept != null ? kept : CellText.render(values[row], decimalComma);
    }

    /** The parsed value; NaN when missing. Only for numeric columns. */
    public double value(int row) {
        if (values == null) {
            throw new IllegalStateException("column '" + name + "' is not numeric");
        }
        return values[row];
    }

    public boolean isMissing(int row) {
        return values != null ? Double.isNaN(values[row]) : categoryOfLevel[codes[row]] < 0;
    }

    /**
     * The distinct non-missing values of a categorical column, in order of first appearance (for
     * one-hot encoding); empty for a numeric column.
     */
    public List<String> categories() {
        return categories;
    }

    /** For a column of numbers with a few cells of text (a typo such as {@code 12k}): where they are. */
    public Optional<StrayText> strayText() {
        return Optional.ofNullable(strayText);
    }

    /** The row's index in {@link #categories()}, or -1 when the cell is missing. Only for categorical columns. */
    public int category(int row) {
        if (codes == null) {
            throw new IllegalStateException("column '" + name + "' is not categorical");
        }
        return categoryOfLevel[codes[row]];
    }

    /** Distinct texts and a code per row. */
    private record Dictionary(int[] codes, String[] levels) {
        static Dictionary of(String[] text) {
            Map<String, Integer> index = new HashMap<>();
            List<String> levels = new ArrayList<>();
            int[] codes = new int[text.length];
            for (int r = 0; r < text.length; r++) {
                String t = text[r] == null ? "" : text[r];
                codes[r] = index.computeIfAbsent(t, k -> {
                    levels.add(k);
                    return levels.size() - 1;
                });
            }
            return new Dictionary(codes, levels.toArray(String[]::new));
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Dictionary d && Arrays.equals(codes, d.codes) && Arrays.equals(levels, d.levels);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(codes);
        }

        @Override
        public String toString() {
            return levels.length + " levels";
        }
    }
}
