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
