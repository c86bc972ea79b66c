package org.segmentstudio.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Collects one column's cells while the file streams by. A column starts out numeric and turns
 * categorical at its first cell that is neither a number nor a missing marker; the rows read so
 * far are then re-encoded from their (exactly reproducible) text.
 */
final class ColumnBuilder {
    private static final Pattern ID_NAME =
            Pattern.compile("(?i)(id|no|nr|number|code|key)$|(^|[^a-z])(id|no|nr|num|number|code|key)([^a-z]|$)");

    private final boolean decimalComma;
    private int size;
    private boolean anyText;
    // numeric state
    private double[] values;
    private SparseText kept;
    private boolean anyNumber;
    private final ValueStats stats = new ValueStats();
    // categorical state, null while numeric
    private int[] codes;
    private Map<String, Integer> index;
    private List<String> levels;

    ColumnBuilder(int expectedRows, boolean decimalComma) {
        this.decimalComma = decimalComma;
        this.values = new double[Math.max(16, expectedRows)];
        this.kept = new SparseText(16);
    }

    void add(String cell) {
        if (!anyText && !cell.isEmpty()) {
            anyText = true;
        }
        if (codes == null) {
            addNumeric(cell);
        } else {
            addCategory(cell);
        }
        size++;
    }

    /**
     * {@link #add} for a cell given as ASCII bytes {@code b[from…to)}: the same values, codes and
     * kept text. A whole number written plainly (an optional minus, up to 15 digits, no leading
     * zero), the commonest numeric cell, is read from the bytes; a category seen before is found
     * by its bytes; anything else goes through {@link #add} as a string.
     */
    void addPlain(byte[] b, int from, int to) {
        if (from == to) {
            add("");
            return;
        }
        if (codes == null) {
            int i = b[from] == '-' ? from + 1 : from;
            int digits = to - i;
            if (digits >= 1 && digits <= 15 && (b[i] != '0' || (digits == 1 && i == from))) {
                long m = 0;
                for (int j = i; j < to; j++) {
                    int d = b[j] - '0';
                    if (d < 0 || d > 9) {
                        m = -1;
                        break;
                    }
                    m = m * 10 + d;
                }
                if (m >= 0) {
                    roomForValue();
                    double v = i == from ? (double) m : (double) -m;
                    values[size++] = v;
                    stats.noteWhole(v);
                    anyText = true;
                    anyNumber = true;
                    return;
                }
            }
        } else {
            int code = known.find(b, from, to);
            if (code >= 0) {
                roomForCode();
                codes[size++] = code;
                anyText = true;
                return;
            }
        }
        add(new String(b, from, to - from, java.nio.charset.StandardCharsets.ISO_8859_1));
        if (codes != null) {
            known.remember(b, from, to, codes[size - 1]);
        }
    }

    /** The categories met so far, by their bytes, up to {@link #MAX_KNOWN}; then only by string. */
    private static final int MAX_KNOWN = 512;

    private final KnownBytes known = new KnownBytes();

    /** An open-addressing table from a cell's bytes to its category's code. */
    private static final class KnownBytes {
        private final byte[][] keys = new byte[MAX_KNOWN * 2][];
        private final int[] values = new int[MAX_KNOWN * 2];
        private int count;

        int find(byte[] b, int from, int to) {
            int mask = keys.length - 1;
            for (int slot = hash(b, from, to) & mask; ; slot = (slot + 1) & mask) {
                byte[] k = keys[slot];
                if (k == null) {
                    return -1;
                }
                if (Arrays.equals(k, 0, k.length, b, from, to)) {
                    return values[slot];
                }
            }
        }

        void remember(byte[] b, int from, int to, int code) {
            if (count >= MAX_KNOWN || find(b, from, to) >= 0) {
                return;
            }
            int mask = keys.length - 1;
            int slot = hash(b, from, to) & mask;
            while (keys[slot] != null) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = Arrays.copyOfRange(b, from, to);
            values[slot] = code;
            count++;
        }

        private static int hash(byte[] b, int from, int to) {
            int h = 0x811C9DC5;
            for (int i = from; i < to; i++) {
                h = (h ^ b[i]) * 0x01000193;
            }
            return h ^ (h >>> 16);
        }
    }

    private void addNumeric(String cell) {
        double v = NumberCells.parse(cell, decimalComma);
        if (v != v) {
            if (!MissingValues.isMissing(cell)) {
                becomeCategorical();
                addCategory(cell);
                return;
            }
        } else {
            anyNumber = true;
        }
        roomForValue();
        values[size] = v;
        stats.note(v);
        if (!CellText.parsedRendersAs(v, cell, decimalComma)) {
            kept.add(size, cell);
        }
    }

    private void roomForValue() {
        if (size == values.length) {
            values = Arrays.copyOf(values, size + (size >> 1) + 16);
        }
    }

    private void roomForCode() {
        if (size == codes.length) {
            codes = Arrays.copyOf(codes, size + (size >> 1) + 16);
        }
    }

    private void becomeCategorical() {
        codes = new int[Math.max(16, values.length)];
        index = new HashMap<>();
        levels = new ArrayList<>();
        for (int r = 0; r < size; r++) {
            String t = kept.get(r);
            codes[r] = code(t != null ? t : CellText.render(values[r], decimalComma));
        }
        values = null;
        kept = null;
    }

    private void addCategory(String cell) {
        roomForCode();
        codes[size] = code(cell);
    }

    private int code(String cell) {
        Integer c = index.get(cell);
        if (c == null) {
            c = levels.size();
            levels.add(cell);
            index.put(cell, c);
        }
        return c;
    }

    /** Whether every cell so far was empty (as under a trailing delimiter). */
    boolean allEmpty() {
        return !anyText;
    }

    int size() {
        return size;
    }

    Column build(String name) {
        if (codes == null && anyNumber) {
            double[] v = values.length == size ? values : Arrays.copyOf(values, size);
            values = null;
            Column numeric = Column.numeric(name, isIdentifier(name, v, stats) ? ColumnKind.IDENTIFIER : ColumnKind.NUMERIC,
                    v, kept, decimalComma, stats);
            return numeric.kind() == ColumnKind.NUMERIC && isCode(name, v) ? asCategories(name, numeric) : numeric;
        }
        if (codes == null) {
            becomeCategorical(); // nothing but missing markers
        }
        int[] c = codes.length == size ? codes : Arrays.copyOf(codes, size);
        codes = null;
        return Column.categorical(name, c, levels.toArray(String[]::new));
    }

    /** Names that say a number stands for a category: Channel 1 or 2, Region 1–3, Store 4. */
    private static final Pattern CODE_NAME = Pattern.compile("(?i)(^|[^a-z])(channel|region|type|group|segment|"
            + "store|shop|branch|zone|area|class|category|cat|code|flag|kind|status|gender|sex|tier|level)([^a-z]|$)"
            + "|^(is|has)[_ A-Z]");
    /** A code column has at most this many distinct values. */
    static final int MAX_CODES = 12;

    /**
     * Whether a numeric column is a code for categories rather than a measure: a few whole numbers
     * (at most {@link #MAX_CODES} distinct, each used more than once on average) under a name that
     * says so, or only 0 and 1 (a flag). Such a column is offered one-hot, like Gender, and never
     * preselected as a number; "Children" (0–5) or "Visits" stay numbers.
     */
    static boolean isCode(String name, double[] values) {
        java.util.Set<Double> distinct = new java.util.HashSet<>();
        int present = 0;
        for (double v : values) {
            if (Double.isNaN(v)) {
                continue;
            }
            if ((double) (long) v != v) {
                return false;
            }
            present++;
            if (distinct.add(v) && distinct.size() > MAX_CODES) {
                return false;
            }
        }
        if (distinct.size() < 2 || present < 2 * distinct.size()) {
            return false;
        }
        boolean flag = distinct.stream().allMatch(v -> v == 0 || v == 1);
        return flag || CODE_NAME.matcher(name.strip()).find();
    }

    /** The column's cells, exactly as written, as the categories of a categorical column. */
    private static Column asCategories(String name, Column numeric) {
        int n = numeric.size();
        int[] codes = new int[n];
        java.util.Map<String, Integer> index = new java.util.LinkedHashMap<>();
        for (int r = 0; r < n; r++) {
            String t = numeric.text(r); // a missing cell keeps its marker ("NA"), which the categories know as missing
            codes[r] = index.computeIfAbsent(t, k -> index.size());
        }
        return Column.categorical(name, codes, index.keySet().toArray(String[]::new));
    }

    /**
     * Unique, whole, non-missing numbers that are numbered densely (1, 2, 3 …) or sit under a name
     * such as "CustomerID" or "Member no": a few customers of distinct ages are not an identifier.
     */
    static boolean isIdentifier(String name, double[] values) {
        return isIdentifier(name, values, ValueStats.of(values));
    }

    /** {@link #isIdentifier(String, double[])} with the values' figures already found ({@code stats}). */
    static boolean isIdentifier(String name, double[] values, ValueStats stats) {
        if (values.length < 2 || !isUnique(values, stats)) {
            return false;
        }
        return stats.max() - stats.min() < 2.0 * values.length || ID_NAME.matcher(name).find()
                || WHO_NAME.matcher(name).find();
    }

    /**
     * Names of columns that number people or papers: unique whole numbers under them are member
     * numbers with gaps (10001 … 99873), not a measure. A unique amount (a small table's spend) stays
     * a number: its name says what it measures.
     */
    private static final Pattern WHO_NAME = Pattern.compile("(?i)(customer|client|member|account|card|invoice|ref)");

    /**
     * Whole numbers of at most 15 digits, none missing, none repeated. Rising numbers are unique
     * without a look at them, and more numbers than the range holds cannot be.
     */
    private static boolean isUnique(double[] values, ValueStats stats) {
        double min = stats.min();
        double max = stats.max();
        if (stats.missing() || !stats.whole() || !(Math.abs(min) <= 1e15 && Math.abs(max) <= 1e15)) {
            return false;
        }
        if (stats.rising()) {
            return true;
        }
        if (max - min + 1 < values.length) {
            return false;
        }
        if (max - min >= values.length * 64.0) {
            long[] sorted = new long[values.length];
            for (int i = 0; i < sorted.length; i++) {
                sorted[i] = (long) values[i];
            }
            Arrays.sort(sorted);
            for (int i = 1; i < sorted.length; i++) {
                if (sorted[i] == sorted[i - 1]) {
                    return false;
                }
            }
            return true;
        }
        long[] seen = new long[(int) ((max - min) / 64) + 1];
        for (double v : values) {
            long bit = (long) (v - min);
            int word = (int) (bit >>> 6);
            long mask = 1L << (bit & 63);
            if ((seen[word] & mask) != 0) {
                return false;
            }
            seen[word] |= mask;
        }
        return true;
    }
}
