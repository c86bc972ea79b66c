package org.segmentstudio.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file opened from disk is read without Commons CSV when it is plain (ASCII, no quotes); a
 * stream always goes through Commons CSV. Both must give the same dataset, cell for cell, on
 * every kind of line a real file has.
 */
class PlainLinesTest {
    @TempDir
    Path dir;

    /** One random file: the cells and line ends that real exports write, and some that they should not. */
    private static String randomFile(SplittableRandom rnd, int rows) {
        char delimiter = rnd.nextInt(4) == 0 ? ';' : rnd.nextInt(3) == 0 ? '\t' : ',';
        String eol = rnd.nextBoolean() ? "\n" : "\r\n";
        int width = 2 + rnd.nextInt(5);
        StringBuilder b = new StringBuilder();
        if (rnd.nextInt(8) == 0) {
            b.append("sep=").append(delimiter).append(eol);
        }
        boolean header = rnd.nextInt(6) != 0;
        if (header) {
            for (int c = 0; c < width; c++) {
                b.append(c > 0 ? delimiter : "").append(c == width - 1 && rnd.nextInt(5) == 0 ? "" : " Col " + c);
            }
            b.append(eol);
        }
        String[] words = {"Female", "Male", "North", "South", "NA", "n/a", "", " ", "x y", "Gold", "-", "?"};
        int[] kind = new int[width];
        for (int c = 0; c < width; c++) {
            kind[c] = rnd.nextInt(6);
        }
        for (int r = 0; r < rows; r++) {
            int roll = rnd.nextInt(60);
            if (roll == 0) {
                b.append(eol); // a blank line
                continue;
            }
            if (roll == 1) {
                b.append(" ").append(String.valueOf(delimiter).repeat(width - 1)).append(eol);
                continue;
            }
            int cells = roll == 2 ? width - 1 : roll == 3 ? width + 1 : width;
            for (int c = 0; c < cells; c++) {
                b.append(c > 0 ? delimiter : "");
                int k = c < width ? kind[c] : 0;
                String cell = switch (k) {
                    case 0 -> Integer.toString(rnd.nextInt(2000) - 100);
                    case 1 -> rnd.nextInt(20) == 0 ? words[rnd.nextInt(words.length)]
                            : Integer.toString(rnd.nextInt(100));
                    case 2 -> words[rnd.nextInt(4)];
                    case 3 -> switch (rnd.nextInt(8)) {
                        case 0 -> "007";
                        case 1 -> "-0";
                        case 2 -> "+5";
                        case 3 -> "12.50";
                        case 4 -> "1e3";
                        case 5 -> "1234567890123456";
                        case 6 -> "";
                        default -> Long.toString(rnd.nextLong(1_000_000_000_000_000L));
                    };
                    case 4 -> "name" + rnd.nextInt(rows); // many distinct categories
                    default -> rnd.nextInt(3) == 0 ? "" : Double.toString(rnd.nextInt(10_000) / 100.0);
                };
                if (delimiter == ';' && k == 5) {
                    cell = cell.replace('.', ',');
                }
                b.append(cell);
            }
            if (roll == 4 && r % 2 == 0) {
                b.append(delimiter); // a trailing delimiter
            }
            if (r < rows - 1 || rnd.nextBoolean()) {
                b.append(eol);
            }
        }
        return b.toString();
    }

    @Test
    void plainFilesReadAsCommonsCsvReadsThem() throws Exception {
        SplittableRandom rnd = new SplittableRandom(2026);
        for (int trial = 0; trial < 120; trial++) {
            String text = randomFile(rnd, 1 + rnd.nextInt(trial < 100 ? 300 : 3_000));
            Path file = dir.resolve("plain-" + trial + ".csv");
            Files.writeString(file, text, StandardCharsets.UTF_8);
            assertSame(file, "trial " + trial);
        }
    }

    @Test
    void whatThePlainReadingCannotTakeGoesToTheParser() throws Exception {
        String[] files = {
            "id,name,spend\n1,\"Smith, J\",10\n2,Lee,20\n",
            "id,city,spend\n1,Zürich,10\n2,Genève,20\n",
            "id,spend\r1,10\r2,20\r",
            "id,spend\n1,10\n2,20\r3,30\n",
            "id,spend\n1,10\n" + "2,20\n".repeat(70_000) + "3,\"30\"\n",
        };
        for (int i = 0; i < files.length; i++) {
            Path file = dir.resolve("special-" + i + ".csv");
            Files.writeString(file, files[i], StandardCharsets.UTF_8);
            assertSame(file, files[i].substring(0, Math.min(40, files[i].length())));
        }
        Dataset quoted = new CsvImporter().read(dir.resolve("special-0.csv"));
        assertEquals("Smith, J", quoted.column(1).text(0));
        Dataset late = new CsvImporter().read(dir.resolve("special-4.csv"));
        assertEquals(70_002, late.rowCount(), "a quote far down the file: read again by the parser, every row kept");
    }

    @Test
    void aRefusedPlainFileSaysWhatTheParserSays() throws Exception {
        Path file = dir.resolve("no-numbers.csv");
        Files.writeString(file, "name,city\nAnn,Leeds\nBo,York\n");
        DataFormatException plain = assertThrows(DataFormatException.class, () -> new CsvImporter().read(file));
        DataFormatException parsed = assertThrows(DataFormatException.class, () -> parse(file));
        assertEquals(parsed.getMessage(), plain.getMessage());
        Path ragged = dir.resolve("ragged.csv");
        Files.writeString(ragged, "a,b,c\n1,2,3\n1,2\n4,5\n6\n");
        DataFormatException p1 = assertThrows(DataFormatException.class, () -> new CsvImporter().read(ragged));
        DataFormatException p2 = assertThrows(DataFormatException.class, () -> parse(ragged));
        assertEquals(p2.getMessage(), p1.getMessage());
        assertTrue(p1.getMessage().contains("line 3"), p1.getMessage());
    }

    private static Dataset parse(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new CsvImporter().read(file.getFileName().toString(), in, CsvImporter.Progress.NONE, () -> false);
        }
    }

    private static void assertSame(Path file, String what) throws Exception {
        Dataset fromDisk;
        Dataset parsed;
        try {
            parsed = parse(file);
        } catch (DataFormatException e) {
            DataFormatException plain = assertThrows(DataFormatException.class, () -> new CsvImporter().read(file), what);
            assertEquals(e.getMessage(), plain.getMessage(), what);
            return;
        }
        fromDisk = new CsvImporter().read(file);
        assertEquals(parsed.report(), fromDisk.report(), what);
        assertEquals(parsed.columnNames(), fromDisk.columnNames(), what);
        assertEquals(parsed.rowCount(), fromDisk.rowCount(), what);
        for (int c = 0; c < parsed.columnCount(); c++) {
            Column a = parsed.column(c);
            Column b = fromDisk.column(c);
            assertEquals(a.kind(), b.kind(), what + ", column " + a.name());
            assertEquals(a.categories(), b.categories(), what + ", column " + a.name());
            for (int r = 0; r < a.size(); r++) {
                assertEquals(a.text(r), b.text(r), what + ", column " + a.name() + ", row " + r);
                if (a.isNumeric()) {
                    assertEquals(Double.doubleToLongBits(a.value(r)), Double.doubleToLongBits(b.value(r)),
                            what + ", column " + a.name() + ", row " + r);
                } else {
                    assertEquals(a.category(r), b.category(r), what + ", column " + a.name() + ", row " + r);
                }
            }
        }
    }

    @Test
    void onlyPlainLinesAreReadWithoutTheParser() throws Exception {
        assertTrue(readsPlain("id,gender,spend\r\n1,Female,10\r\n2,Male,20\r\n"));
        assertTrue(readsPlain("id;spend\n1;10,5\n\n2;20\n"));
        assertTrue(!readsPlain("id,name,spend\n1,\"Smith, J\",10\n"), "a quote");
        assertTrue(!readsPlain("id,city,spend\n1,Zürich,10\n"), "a byte above 127");
        assertTrue(!readsPlain("id,spend\r1,10\r2,20\r"), "carriage returns alone");
    }

    private static boolean readsPlain(String text) throws Exception {
        CsvDialect dialect = CsvDialect.sniff(text);
        RecordReader reader = new RecordReader("t.csv", dialect, "UTF-8", 16);
        return reader.readPlain(new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                CsvImporter.Progress.NONE, () -> false) != null;
    }

    @Test
    void theDialectIsGuessedFromTheSameRowsWithoutTheParser() {
        SplittableRandom rnd = new SplittableRandom(17);
        String[] ends = {"\n", "\r\n", "\r"};
        String[] cells = {"1", "2.5", "Anne", "", " ", "x;y", "a,b", "1\t2", "|"};
        for (int trial = 0; trial < 300; trial++) {
            StringBuilder b = new StringBuilder();
            int lines = rnd.nextInt(250);
            for (int l = 0; l < lines; l++) {
                int n = rnd.nextInt(6);
                for (int c = 0; c < n; c++) {
                    b.append(c > 0 ? ",;\t|".charAt(rnd.nextInt(4)) : "").append(cells[rnd.nextInt(cells.length)]);
                }
                b.append(ends[rnd.nextInt(trial % 2 == 0 ? 1 : 3)]);
            }
            if (rnd.nextBoolean()) {
                b.append("tail,1");
            }
            String sample = b.toString();
            for (char d : new char[] {',', ';', '\t', '|'}) {
                assertEquals(CsvDialect.parsedRecords(sample, d), CsvDialect.plainRecords(sample, d),
                        "trial " + trial + ", delimiter " + (int) d);
            }
        }
    }
}
