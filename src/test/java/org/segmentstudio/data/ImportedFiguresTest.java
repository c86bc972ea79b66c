package org.segmentstudio.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The importer finds a numeric column's smallest and largest value, whether all are whole, and
 * whether it numbers the rows (an identifier) as it reads the cells, not by passes over the built
 * column. On random columns — rising numbers, shuffled ones, a repeat, a gap, a missing cell,
 * decimals, -0, 16-digit numbers — those figures must be the ones a plain loop over the values
 * gives, by both readings (the plain one for a file on disk, Commons CSV for a stream).
 */
class ImportedFiguresTest {
    @TempDir
    Path dir;

    private static String cell(SplittableRandom rnd, int kind, int row, int rows, int[] perm, int repeatAt, int gapAt) {
        return switch (kind) {
            case 0 -> Integer.toString(1000 + row); // rising, as customer numbers are
            case 1 -> Integer.toString(perm[row]); // unique, shuffled
            case 2 -> Integer.toString(row == repeatAt ? 1000 + row - 1 : 1000 + row); // rising but one repeat
            case 3 -> row == gapAt ? "" : Integer.toString(1000 + row); // one missing cell
            case 4 -> Integer.toString(rnd.nextInt(Math.max(3, rows / 2))); // repeats by the pigeonhole
            case 5 -> String.format(java.util.Locale.ROOT, "%.2f", rnd.nextDouble() * 100 - 50); // decimals
            case 6 -> switch (rnd.nextInt(4)) { // -0, 0 read from its digits, and whole decimals
                case 0 -> "-0";
                case 1 -> "0";
                default -> Integer.toString(rnd.nextInt(5) - 2) + ".0";
            };
            case 10 -> row % 3 == 0 ? "-0" : row % 3 == 1 ? "0" : "-5"; // -0 then 0: the largest is 0, as Math.max says
            case 7 -> Long.toString(9_000_000_000_000_000L + row * 7L); // 19 digits: not an identifier
            case 8 -> Long.toString(999_999_999_999_000L + row); // up to 1e15, rising
            case 9 -> Integer.toString(rows - row); // falling: unique, not rising
            default -> throw new IllegalArgumentException("kind " + kind);
        };
    }

    @Test
    void figuresFoundWhileReadingAreThoseOfTheValues() throws Exception {
        SplittableRandom rnd = new SplittableRandom(20261201);
        for (int file = 0; file < 60; file++) {
            int rows = 2 + rnd.nextInt(file % 3 == 0 ? 3000 : 40);
            int width = 1 + rnd.nextInt(4);
            int[] kinds = new int[width];
            for (int c = 0; c < width; c++) {
                kinds[c] = rnd.nextInt(11);
            }
            int[] perm = new int[rows];
            for (int i = 0; i < rows; i++) {
                perm[i] = 5000 + i;
            }
            for (int i = rows - 1; i > 0; i--) {
                int j = rnd.nextInt(i + 1);
                int t = perm[i];
                perm[i] = perm[j];
                perm[j] = t;
            }
            int repeatAt = 1 + rnd.nextInt(rows - 1);
            int gapAt = rnd.nextInt(rows);
            StringBuilder b = new StringBuilder();
            for (int c = 0; c < width; c++) {
                b.append(c > 0 ? "," : "").append("Points ").append(c);
            }
            b.append('\n');
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < width; c++) {
                    b.append(c > 0 ? "," : "").append(cell(rnd, kinds[c], r, rows, perm, repeatAt, gapAt));
                }
                b.append('\n');
            }
            Path path = dir.resolve("f" + file + ".csv");
            Files.writeString(path, b, StandardCharsets.US_ASCII);
            Dataset plain = new CsvImporter().read(path);
            Dataset parsed;
            try (var in = Files.newInputStream(path)) {
                parsed = new CsvImporter().read(path.getFileName().toString(), in, CsvImporter.Progress.NONE, () -> false);
            }
            for (Dataset d : new Dataset[] {plain, parsed}) {
                for (int c = 0; c < width; c++) {
                    check(d.column(c), "file " + file + ", kind " + kinds[c]);
                }
            }
        }
    }

    /** The figures of a column against a plain loop over its values. */
    private static void check(Column col, String where) {
        if (col.kind() == ColumnKind.CATEGORICAL) {
            return; // a code column (a few whole numbers) is offered as categories; no figures
        }
        int n = col.size();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        boolean whole = true;
        boolean missing = false;
        boolean small = true;
        Set<Double> seen = new HashSet<>();
        boolean repeats = false;
        for (int r = 0; r < n; r++) {
            double v = col.value(r);
            if (Double.isNaN(v)) {
                missing = true;
                continue;
            }
            min = Math.min(min, v);
            max = Math.max(max, v);
            whole &= v == Math.rint(v);
            small &= Math.abs(v) <= 1e15;
            repeats |= !seen.add(v == 0 ? 0.0 : v); // 0 and -0 are the same number
        }
        assertEquals(Double.doubleToLongBits(min <= max ? min : Double.NaN), Double.doubleToLongBits(col.min()),
                where + ": min");
        assertEquals(Double.doubleToLongBits(min <= max ? max : Double.NaN), Double.doubleToLongBits(col.max()),
                where + ": max");
        assertEquals(whole, col.isWhole(), where + ": whole");
        boolean identifier = n >= 2 && !missing && whole && small && !repeats && max - min < 2.0 * n;
        assertEquals(identifier ? ColumnKind.IDENTIFIER : ColumnKind.NUMERIC, col.kind(), where + ": kind");
    }
}
