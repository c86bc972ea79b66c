package org.segmentstudio.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads a customer CSV file into a {@link Dataset}. */
public final class CsvImporter {

    /** Told how far the import has come, in rows read. */
    @FunctionalInterface
    public interface Progress {
        void rowsRead(long rows);

        Progress NONE = rows -> { };
    }

    /** Thrown when the user cancelled an import; nothing was loaded. */
    public static final class CancelledException extends Exception {
        public CancelledException() {
            super("import cancelled");
        }
    }

    public Dataset read(Path file) throws DataFormatException, IOException {
        try {
            return read(file, Progress.NONE, () -> false);
        } catch (CancelledException e) {
            throw new IllegalStateException("cannot be cancelled", e);
        }
    }

    public Dataset read(Path file, Progress progress, BooleanSupplier cancelled)
            throws DataFormatException, IOException, CancelledException {
        String name = file.getFileName().toString();
        try (InputStream in = Files.newInputStream(file)) {
            return read(name, in, progress, cancelled);
        } catch (NoSuchFileException e) {
            throw new DataFormatException(name, "File " + name + " was not found. Check the path and try again.");
        }
    }

    /** Reads from a stream; {@code name} is how messages name the source. */
    public Dataset read(String name, InputStream in, Progress progress, BooleanSupplier cancelled)
            throws DataFormatException, IOException, CancelledException {
        try (Reader reader = openText(in)) {
            return parse(name, reader, progress, cancelled);
        }
    }

    private static Reader openText(InputStream in) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        r.mark(1);
        if (r.read() != '\uFEFF') {
            r.reset();
        }
        return r;
    }

    private Dataset parse(String name, Reader reader, Progress progress, BooleanSupplier cancelled)
            throws IOException, DataFormatException, CancelledException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(false).get();
        List<String> header = null;
        List<List<String>> cells = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            for (CSVRecord rec : parser) {
                if (cancelled.getAsBoolean()) {
                    throw new CancelledException();
                }
                if (header == null) {
                    header = new ArrayList<>(rec.toList());
                    continue;
                }
                if (rec.size() != header.size()) {
                    throw new DataFormatException(name, rec.getRecordNumber(), rec.size(),
                            name + ", line " + rec.getRecordNumber() + ": expected " + header.size()
                                    + " fields but found " + rec.size() + ". Fix that line and open the file again.");
                }
                cells.add(rec.toList());
                if ((cells.size() & 0xFFF) == 0) {
                    progress.rowsRead(cells.size());
                }
            }
        } catch (java.io.UncheckedIOException e) {
            throw new DataFormatException(name, name + " is not a readable CSV file: " + e.getCause().getMessage());
        }
        if (header == null) {
            throw new DataFormatException(name, "File " + name + " is empty. Choose a CSV file with a header row and customer rows.");
        }
        if (cells.isEmpty()) {
            throw new DataFormatException(name, "File " + name + " has a header but no customer rows.");
        }
        progress.rowsRead(cells.size());
        List<Column> columns = new ArrayList<>(header.size());
        for (int c = 0; c < header.size(); c++) {
            columns.add(buildColumn(header.get(c).strip(), c, cells));
        }
        if (columns.stream().noneMatch(Column::isNumeric)) {
            throw new DataFormatException(name, "File " + name + " has no numeric column to cluster on.");
        }
        return new Dataset(name, columns);
    }

    static Column buildColumn(String name, int index, List<List<String>> rows) {
        int n = rows.size();
        String[] text = new String[n];
        double[] values = new double[n];
        boolean numeric = true;
        boolean anyValue = false;
        for (int r = 0; r < n; r++) {
            String cell = rows.get(r).get(index);
            text[r] = cell;
            double v = NumberCells.parse(cell);
            values[r] = v;
            if (Double.isNaN(v)) {
                if (!MissingValues.isMissing(cell)) {
                    numeric = false;
                }
            } else {
                anyValue = true;
            }
        }
        if (!numeric || !anyValue) {
            return new Column(name, ColumnKind.CATEGORICAL, text, null);
        }
        return new Column(name, isIdentifier(values) ? ColumnKind.IDENTIFIER : ColumnKind.NUMERIC, text, values);
    }

    /** Unique, whole, non-missing numbers, such as CustomerID. */
    static boolean isIdentifier(double[] values) {
        if (values.length < 2) {
            return false;
        }
        Set<Double> seen = new HashSet<>(values.length * 2);
        for (double v : values) {
            if (Double.isNaN(v) || v != Math.rint(v) || !seen.add(v)) {
                return false;
            }
        }
        return true;
    }
}
