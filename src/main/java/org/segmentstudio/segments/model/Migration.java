package org.segmentstudio.segments.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.segmentstudio.segments.Formats;

/**
 * Who moved between two results, matched by customer ID: a K × K' matrix of customers in segment i
 * before and j after, and the customers new or gone.
 *
 * @param matrix        [before − 1][after − 1]: customers present in both, segmented in both
 * @param namesBefore   per segment before, its name
 * @param namesAfter    per segment after, its name
 * @param newCustomers  segmented after, absent (or not segmented) before
 * @param gone          segmented before, absent (or not segmented) after
 */
public record Migration(long[][] matrix, List<String> namesBefore, List<String> namesAfter, long newCustomers,
                        long gone) {

    /**
     * @param before customer ID → 1-based segment (0 or absent: not segmented)
     * @param after  the same, for the later result
     */
    public static Migration of(Map<String, Integer> before, Map<String, Integer> after, List<String> namesBefore,
                               List<String> namesAfter) {
        long[][] m = new long[namesBefore.size()][namesAfter.size()];
        long fresh = 0;
        long gone = 0;
        for (Map.Entry<String, Integer> e : after.entrySet()) {
            int a = e.getValue();
            if (a <= 0) {
                continue;
            }
            Integer b = before.get(e.getKey());
            if (b == null || b <= 0) {
                fresh++;
            } else {
                m[b - 1][a - 1]++;
            }
        }
        for (Map.Entry<String, Integer> e : before.entrySet()) {
            if (e.getValue() > 0) {
                Integer a = after.get(e.getKey());
                if (a == null || a <= 0) {
                    gone++;
                }
            }
        }
        return new Migration(m, List.copyOf(namesBefore), List.copyOf(namesAfter), fresh, gone);
    }

    /** Customers in the same segment number before and after (meaningful when after was applied from before's model). */
    public long stayed() {
        long s = 0;
        for (int i = 0; i < Math.min(matrix.length, namesAfter.size()); i++) {
            s += matrix[i][i];
        }
        return s;
    }

    public long both() {
        long s = 0;
        for (long[] row : matrix) {
            for (long v : row) {
                s += v;
            }
        }
        return s;
    }

    public long moved() {
        return both() - stayed();
    }

    /** Row shares: of segment i's customers before who are still here, the share in each segment after. */
    public double[][] rowShares() {
        double[][] out = new double[matrix.length][];
        for (int i = 0; i < matrix.length; i++) {
            long total = 0;
            for (long v : matrix[i]) {
                total += v;
            }
            out[i] = new double[matrix[i].length];
            for (int j = 0; j < matrix[i].length; j++) {
                out[i][j] = total == 0 ? 0 : (double) matrix[i][j] / total;
            }
        }
        return out;
    }

    /** The largest movements in words, biggest first: "112 Champions are now At risk (23 %)". */
    public List<String> largestMovements(int limit) {
        record Cell(int i, int j, long n) {
        }
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < matrix.length; i++) {
            for (int j = 0; j < matrix[i].length; j++) {
                boolean sameSegment = i == j && namesBefore.get(i).equals(namesAfter.get(j));
                if (matrix[i][j] > 0 && !sameSegment && !(i == j && namesBefore.size() == namesAfter.size())) {
                    cells.add(new Cell(i, j, matrix[i][j]));
                }
            }
        }
        cells.sort(Comparator.comparingLong(Cell::n).reversed());
        double[][] shares = rowShares();
        List<String> out = new ArrayList<>();
        for (Cell c : cells.subList(0, Math.min(limit, cells.size()))) {
            out.add(Formats.count(c.n()) + " " + namesBefore.get(c.i()) + " are now " + namesAfter.get(c.j()) + " ("
                    + Formats.wholePercent(shares[c.i()][c.j()]) + " of them)");
        }
        return out;
    }

    /** One result's side of a comparison: customer ID → 1-based segment (0: not segmented), and the names. */
    public record Side(Map<String, Integer> segments, List<String> names) {
    }

    /**
     * A labeled file's side, as the export writes it (Segment and Segment name columns).
     *
     * @throws IllegalArgumentException naming the file: no such ID column, no Segment column, an ID twice
     */
    public static Side ofLabeled(org.segmentstudio.data.Dataset d, String idColumn) {
        org.segmentstudio.data.Column ids = d.column(idColumn).orElseThrow(() -> new IllegalArgumentException(d.source()
                + " has no column '" + idColumn + "'. Columns are: " + String.join(", ", d.columnNames()) + "."));
        org.segmentstudio.data.Column seg = d.column("Segment").orElseThrow(() -> new IllegalArgumentException(d.source()
                + " has no Segment column: choose a labeled file as Export labeled customers or segment --output writes it."));
        org.segmentstudio.data.Column name = d.column("Segment name").orElse(null);
        Map<String, Integer> segments = new HashMap<>();
        Map<Integer, String> names = new java.util.TreeMap<>();
        for (int r = 0; r < d.rowCount(); r++) {
            String key = ids.text(r).strip();
            if (key.isEmpty()) {
                continue; // a customer without an ID cannot be matched
            }
            String cell = seg.text(r).strip();
            int s;
            try {
                s = cell.isEmpty() ? 0 : (int) Math.round(Double.parseDouble(cell));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(d.source() + ", line " + d.report().lineOf(r) + ": the Segment cell \""
                        + cell + "\" is not a segment number.");
            }
            if (segments.put(key, s) != null) {
                throw new IllegalArgumentException(d.source() + ": customer '" + key + "' appears twice in " + idColumn
                        + " (line " + d.report().lineOf(r) + "); choose the column that identifies customers.");
            }
            if (s > 0 && name != null) {
                names.putIfAbsent(s, name.text(r));
            }
        }
        return new Side(segments, names(names));
    }

    /** A run's side: each row's 1-based segment (0: left out), keyed by the ID column. */
    public static Side ofRun(org.segmentstudio.data.Dataset d, String idColumn, int[] segmentPerRow, List<String> names) {
        org.segmentstudio.data.Column ids = d.column(idColumn).orElseThrow(() -> new IllegalArgumentException(d.source()
                + " has no column '" + idColumn + "'."));
        Map<String, Integer> segments = new HashMap<>();
        for (int r = 0; r < d.rowCount(); r++) {
            String key = ids.text(r).strip();
            if (key.isEmpty()) {
                continue;
            }
            if (segments.put(key, segmentPerRow[r]) != null) {
                throw new IllegalArgumentException(d.source() + ": customer '" + key + "' appears twice in " + idColumn
                        + " (line " + d.report().lineOf(r) + "); the customers cannot be matched by it.");
            }
        }
        return new Side(segments, List.copyOf(names));
    }

    /** The comparison of two sides. */
    public static Migration of(Side before, Side after) {
        return of(before.segments(), after.segments(), before.names(), after.names());
    }

    /**
     * The customer ID both tables share: the first identifier column of {@code before} that
     * {@code after} has too, else the first shared column named like an ID or a customer.
     *
     * @throws IllegalArgumentException when there is none
     */
    public static String guessId(org.segmentstudio.data.Dataset before, org.segmentstudio.data.Dataset after) {
        for (org.segmentstudio.data.Column c : before.columns()) {
            if (c.kind() == org.segmentstudio.data.ColumnKind.IDENTIFIER && after.column(c.name()).isPresent()) {
                return c.name();
            }
        }
        for (org.segmentstudio.data.Column c : before.columns()) {
            String n = c.name().toLowerCase(java.util.Locale.ROOT);
            if ((n.contains("id") || n.contains("customer") || n.contains("client") || n.contains("member"))
                    && !n.startsWith("segment") && after.column(c.name()).isPresent()) {
                return c.name();
            }
        }
        throw new IllegalArgumentException("No customer ID column is in both " + before.source() + " and "
                + after.source() + ": the customers cannot be matched.");
    }

    /**
     * The matrix as CSV text: a header of the segments after, one row per segment before with its
     * counts and its customers still here, then the new and the gone customers.
     */
    public String csv() {
        StringBuilder sb = new StringBuilder(quote("Segment before \\ after"));
        for (String a : namesAfter) {
            sb.append(',').append(quote(a));
        }
        sb.append(',').append(quote("Still here")).append("\r\n");
        for (int i = 0; i < matrix.length; i++) {
            sb.append(quote(namesBefore.get(i)));
            long total = 0;
            for (long v : matrix[i]) {
                sb.append(',').append(v);
                total += v;
            }
            sb.append(',').append(total).append("\r\n");
        }
        sb.append(quote("New customers")).append(',').append(newCustomers).append("\r\n");
        sb.append(quote("Gone")).append(',').append(gone).append("\r\n");
        return sb.toString();
    }

    private static String quote(String s) {
        return "\"" + org.segmentstudio.data.CellSafety.neutralise(s).replace("\"", "\"\"") + "\"";
    }

    /** Names per 1-based segment read from a labeled file's Segment and Segment name columns. */
    public static List<String> names(Map<Integer, String> bySegment) {
        int k = bySegment.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<String> out = new ArrayList<>();
        for (int s = 1; s <= k; s++) {
            out.add(bySegment.getOrDefault(s, "Segment " + s));
        }
        return out;
    }

    /** An empty map, typed. */
    static Map<String, Integer> none() {
        return new HashMap<>();
    }
}
