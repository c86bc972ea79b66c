package org.segmentstudio.data;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * How a particular file writes its CSV, guessed from its first rows: the delimiter (the one of
 * {@code , ; tab |} that splits the rows into the same number of fields most consistently), the
 * decimal comma, and whether the first row is a header. The guessing parses the sample with
 * Commons CSV for each candidate, so quoted delimiters and line breaks are judged correctly. A first
 * line {@code sep=;} (which Excel writes and reads) names the delimiter outright.
 *
 * @param sepLine whether the first line is such a {@code sep=} line, to be skipped
 */
record CsvDialect(char delimiter, boolean decimalComma, boolean header, boolean sepLine) {
    private static final Pattern SEP_LINE = Pattern.compile("(?i)sep=(.)\\r?(\\n|$)");
    private static final char[] DELIMITERS = {',', ';', '\t', '|'};
    private static final int SAMPLE_ROWS = 200;
    private static final Pattern COMMA_DECIMAL = Pattern.compile("-?\\d*,(\\d{1,2}|\\d{4,})");
    private static final Pattern DOT_DECIMAL = Pattern.compile("-?\\d*\\.\\d+");

    /** The Commons CSV format that reads this dialect, keeping every cell as written. */
    CSVFormat format() {
        return CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter)
                .setQuote('"')
                .setEscape(null)
                .setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(false)
                .setTrim(false)
                .setTrailingData(true)
                .get();
    }

    static CsvDialect sniff(String sample) {
        java.util.regex.Matcher sep = SEP_LINE.matcher(sample);
        if (sep.lookingAt()) {
            char d = sep.group(1).charAt(0);
            List<List<String>> rows = records(sample.substring(sep.end()), d);
            boolean decimalComma = d != ',' && decimalComma(rows, d);
            return new CsvDialect(d, decimalComma, hasHeader(rows, decimalComma), true);
        }
        char best = ',';
        double bestScore = -1;
        int bestFields = 1;
        List<List<String>> bestRows = List.of();
        for (char d : DELIMITERS) {
            List<List<String>> rows = records(sample, d);
            int[] mode = modeFields(rows);
            if (mode[0] <= 1) {
                continue;
            }
            double score = (double) mode[1] / rows.size();
            if (score > bestScore + 1e-9 || (Math.abs(score - bestScore) <= 1e-9 && mode[0] > bestFields)) {
                best = d;
                bestScore = score;
                bestFields = mode[0];
                bestRows = rows;
            }
        }
        if (bestScore < 0) {
            bestRows = records(sample, ',');
        }
        boolean decimalComma = best != ',' && decimalComma(bestRows, best);
        return new CsvDialect(best, decimalComma, hasHeader(bestRows, decimalComma), false);
    }

    private static List<List<String>> records(String sample, char delimiter) {
        return sample.indexOf('"') < 0 ? plainRecords(sample, delimiter) : parsedRecords(sample, delimiter);
    }

    /** The sample's first records as Commons CSV reads them, trailing empty cells and blank rows left out. */
    static List<List<String>> parsedRecords(String sample, char delimiter) {
        CsvDialect probe = new CsvDialect(delimiter, false, false, false);
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(sample), probe.format())) {
            for (CSVRecord rec : parser) {
                List<String> cells = withoutTrailingEmpties(rec.toList());
                if (!cells.isEmpty()) {
                    rows.add(cells);
                }
                if (rows.size() >= SAMPLE_ROWS) {
                    break;
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // A quote still open where the sample ends: judge by the rows before it.
        }
        return rows;
    }

    /**
     * {@link #records} for a sample without a quote: then each line (ended by LF, CR LF or CR, as
     * Commons CSV ends them) is a record, split at every delimiter. The same rows, without loading
     * and warming up the parser in a process that has just started (40–60 ms of a first import).
     */
    static List<List<String>> plainRecords(String sample, char delimiter) {
        List<List<String>> rows = new ArrayList<>();
        int n = sample.length();
        int p = 0;
        while (p < n && rows.size() < SAMPLE_ROWS) {
            int q = p;
            while (q < n && sample.charAt(q) != '\n' && sample.charAt(q) != '\r') {
                q++;
            }
            List<String> cells = new ArrayList<>();
            int from = p;
            for (int i = p; i <= q; i++) {
                if (i == q || sample.charAt(i) == delimiter) {
                    cells.add(sample.substring(from, i));
                    from = i + 1;
                }
            }
            cells = withoutTrailingEmpties(cells);
            if (!cells.isEmpty()) {
                rows.add(cells);
            }
            p = q < n && sample.charAt(q) == '\r' && q + 1 < n && sample.charAt(q + 1) == '\n' ? q + 2 : q + 1;
        }
        return rows;
    }

    static List<String> withoutTrailingEmpties(List<String> cells) {
        int n = cells.size();
        while (n > 0 && cells.get(n - 1).isBlank()) {
            n--;
        }
        return n == cells.size() ? cells : cells.subList(0, n);
    }

    /** {most common field count, how many rows have it}. */
    private static int[] modeFields(List<List<String>> rows) {
        Map<Integer, Integer> counts = new HashMap<>();
        int[] best = {0, 0};
        for (List<String> r : rows) {
            int c = counts.merge(r.size(), 1, Integer::sum);
            if (c > best[1] || (c == best[1] && r.size() > best[0])) {
                best[0] = r.size();
                best[1] = c;
            }
        }
        return best;
    }

    private static boolean decimalComma(List<List<String>> rows, char delimiter) {
        int comma = 0;
        int dot = 0;
        for (List<String> r : rows) {
            for (String cell : r) {
                String s = cell.strip();
                if (COMMA_DECIMAL.matcher(s).matches()) {
                    comma++;
                } else if (DOT_DECIMAL.matcher(s).matches()) {
                    dot++;
                }
            }
        }
        return comma > 0 || (delimiter == ';' && dot == 0);
    }

    /**
     * The first row is a header when, in some column, it holds text while the rows below hold
     * numbers; a file without any numeric column is taken to have a header too.
     */
    private static boolean hasHeader(List<List<String>> rows, boolean decimalComma) {
        if (rows.size() < 2) {
            return rows.isEmpty() || rows.get(0).stream().anyMatch(c -> isText(c, decimalComma));
        }
        List<String> first = rows.get(0);
        boolean anyNumericColumn = false;
        for (int c = 0; c < first.size(); c++) {
            int numbers = 0;
            boolean numeric = true;
            for (int r = 1; r < rows.size() && numeric; r++) {
                if (c >= rows.get(r).size()) {
                    continue;
                }
                String cell = rows.get(r).get(c);
                if (!Double.isNaN(NumberCells.parse(cell, decimalComma))) {
                    numbers++;
                } else if (!MissingValues.isMissing(cell)) {
                    numeric = false;
                }
            }
            if (numeric && numbers > 0) {
                anyNumericColumn = true;
                if (isText(first.get(c), decimalComma)) {
                    return true;
                }
            }
        }
        return !anyNumericColumn;
    }

    private static boolean isText(String cell, boolean decimalComma) {
        return Double.isNaN(NumberCells.parse(cell, decimalComma)) && !MissingValues.isMissing(cell);
    }
}
