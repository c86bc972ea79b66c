package org.segmentstudio.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.segmentstudio.data.NumberCells;

/**
 * Starting centroids for {@code --init-centroids}: a CSV whose header names the features (in any
 * order, extra columns refused) and whose rows are the centroids, in the data's own units.
 */
final class CentroidsFile {
    private CentroidsFile() {
    }

    /** One row per centroid, values in {@code features} order. */
    static double[][] read(Path file, List<String> features) {
        String name = file.getFileName().toString();
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(in, format)) {
            int[] columnOf = null;
            List<double[]> rows = new ArrayList<>();
            for (CSVRecord rec : parser) {
                if (columnOf == null) {
                    columnOf = header(name, rec, features);
                    continue;
                }
                if (rec.size() != columnOf.length) {
                    throw new UserInputException(name + ", line " + rec.getRecordNumber() + ": expected "
                            + columnOf.length + " values but found " + rec.size() + ".");
                }
                double[] row = new double[features.size()];
                for (int c = 0; c < rec.size(); c++) {
                    double v = NumberCells.parse(rec.get(c));
                    if (Double.isNaN(v)) {
                        throw new UserInputException(name + ", line " + rec.getRecordNumber() + ", column " + (c + 1)
                                + ": \"" + rec.get(c) + "\" is not a number.");
                    }
                    row[columnOf[c]] = v;
                }
                rows.add(row);
            }
            if (rows.isEmpty()) {
                throw new UserInputException(name + ": no centroid rows below the header.");
            }
            return rows.toArray(new double[0][]);
        } catch (NoSuchFileException e) {
            throw new UserInputException(name + ": file not found. Check the path of --init-centroids.");
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new UserInputException(name + ": cannot be read as CSV (" + e.getMessage() + ").");
        }
    }

    /** For each column of the file, the feature's position; every feature exactly once. */
    private static int[] header(String name, CSVRecord rec, List<String> features) {
        if (rec.size() != features.size()) {
            throw new UserInputException(name + ", line 1: the header should name the " + features.size()
                    + " features " + features + " but has " + rec.size() + " columns.");
        }
        int[] columnOf = new int[rec.size()];
        boolean[] seen = new boolean[features.size()];
        for (int c = 0; c < rec.size(); c++) {
            String h = rec.get(c).strip().replace("\uFEFF", "");
            int f = features.indexOf(h);
            if (f < 0 || seen[f]) {
                throw new UserInputException(name + ", line 1, column " + (c + 1) + ": \"" + h
                        + "\" is not one of the features " + features + " (or is repeated).");
            }
            seen[f] = true;
            columnOf[c] = f;
        }
        return columnOf;
    }
}
