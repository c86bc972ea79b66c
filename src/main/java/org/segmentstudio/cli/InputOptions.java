package org.segmentstudio.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.segmentstudio.data.Column;
import org.segmentstudio.data.ColumnRole;
import org.segmentstudio.data.CsvImporter;
import org.segmentstudio.data.DataFormatException;
import org.segmentstudio.data.Dataset;
import org.segmentstudio.data.MissingValues;
import org.segmentstudio.data.NumberCells;
import org.segmentstudio.data.StrayText;
import org.segmentstudio.engine.Scaling;
import org.segmentstudio.segments.FeatureGuess;
import org.segmentstudio.segments.FeatureMatrix;
import org.segmentstudio.segments.FeatureMatrixBuilder;
import org.segmentstudio.segments.MissingPolicy;
import picocli.CommandLine.Option;

/** The options every sub-command shares: which file, which features, how to prepare them. */
final class InputOptions {
    @Option(names = "--input", required = true, paramLabel = "FILE",
            description = "Customer CSV file with a header row, or an Excel workbook (.xlsx).")
    Path input;

    @Option(names = "--sheet", paramLabel = "NAME", description = "The workbook's sheet to read (default: the first).")
    String sheet;

    @Option(names = "--categorical", split = ",", paramLabel = "A,B,…",
            description = "Columns to take as categories (one-hot encoded), whatever their cells look like: codes"
                    + " such as Channel or Region.")
    List<String> categorical;

    @Option(names = "--ignore", split = ",", paramLabel = "A,B,…",
            description = "Columns never to cluster on (they stay in the labeled output).")
    List<String> ignore;

    @Option(names = "--features", split = ",", paramLabel = "A,B,…",
            description = "Columns to cluster on, by header name. Default: every numeric column that is not an identifier.")
    List<String> features;

    @Option(names = "--scale", defaultValue = "auto", paramLabel = "auto|log|zscore|minmax|none",
            description = "Feature scaling before clustering: auto takes strongly right-skewed amounts as log(1+x)"
                    + " before the z-score and z-scores the rest; log does so for every non-negative feature"
                    + " (default: ${DEFAULT-VALUE}).")
    Scaling scale;

    @Option(names = "--missing", defaultValue = "drop", paramLabel = "drop|mean|median",
            description = "Customers with a missing feature: leave out, or fill with the mean or median (default: ${DEFAULT-VALUE}).")
    MissingPolicy missing;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
    Integer threads;

    /** The data and the chosen features, with how long reading took. */
    record Loaded(Dataset dataset, FeatureMatrix features, long millis, List<String> columns,
                  java.util.Map<String, String> roles) {
    }

    int threads() {
        return threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    }

    String fileName() {
        return input.getFileName().toString();
    }

    Loaded load() {
        long t0 = System.nanoTime();
        Dataset data;
        try {
            data = new CsvImporter().read(input, sheet, CsvImporter.Progress.NONE, () -> false);
        } catch (CsvImporter.CancelledException e) {
            throw new IllegalStateException("the command line never cancels", e);
        } catch (DataFormatException e) {
            throw new UserInputException(e.getMessage());
        } catch (IOException e) {
            throw new UserInputException(fileName() + ": cannot be read (" + e.getMessage() + ").");
        }
        java.util.Map<String, String> given = new java.util.LinkedHashMap<>();
        if (categorical != null) {
            java.util.Map<String, ColumnRole> roles = new java.util.LinkedHashMap<>();
            trimmed(categorical).forEach(c -> given.put(c, ColumnRole.CATEGORY.name()));
            trimmed(categorical).forEach(c -> roles.put(c, ColumnRole.CATEGORY));
            try {
                data = ColumnRole.apply(data, roles);
            } catch (DataFormatException e) {
                throw new UserInputException(fileName() + ": " + e.getMessage());
            }
        }
        List<String> ignored = ignore == null ? List.of() : trimmed(ignore);
        for (String name : ignored) {
            if (data.column(name).isEmpty()) {
                throw new UserInputException(fileName() + ": --ignore names no column '" + name + "'. Columns are: "
                        + String.join(", ", data.columnNames()) + ".");
            }
        }
        if (!ignored.isEmpty() && (features == null || ignored.stream().noneMatch(trimmed(features)::contains))) {
            // Left out as the app's role: never a feature, never profiled.
            java.util.Map<String, ColumnRole> out = new java.util.LinkedHashMap<>();
            ignored.forEach(n -> {
                out.put(n, ColumnRole.LEAVE_OUT);
                given.put(n, ColumnRole.LEAVE_OUT.name());
            });
            try {
                data = ColumnRole.apply(data, out);
            } catch (DataFormatException e) {
                throw new UserInputException(fileName() + ": " + e.getMessage());
            }
        }
        List<String> chosen = features == null ? defaultFeatures(data, ignored) : trimmed(features);
        for (String name : chosen) {
            if (ignored.contains(name)) {
                throw new UserInputException(fileName() + ": '" + name + "' is both in --features and in --ignore.");
            }
        }
        // A column of a few categories (Gender) is one-hot encoded, as in the app; free text is refused
        // with the first cell that is not a number, which is usually a typo in a numeric column.
        Dataset withRoles = data;
        for (String name : chosen) {
            withRoles.column(name).filter(c -> !FeatureMatrixBuilder.isUsable(c)).ifPresent(c -> notNumeric(withRoles, c));
        }
        FeatureMatrix fm;
        try {
            fm = FeatureMatrixBuilder.build(data, chosen, missing);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(fileName() + ": " + e.getMessage());
        }
        if (fm.rowsUsed() == 0) {
            throw new UserInputException(fileName() + ": every customer misses a value in " + chosen
                    + "; try --missing mean or --missing median.");
        }
        return new Loaded(data, fm, (System.nanoTime() - t0) / 1_000_000, chosen, given);
    }

    /** The features the app would preselect (see {@link FeatureGuess}), less the ignored columns. */
    private List<String> defaultFeatures(Dataset data, List<String> ignored) {
        List<String> names = new ArrayList<>(FeatureGuess.of(data));
        names.removeAll(ignored);
        if (names.isEmpty()) {
            for (Column c : data.featureCandidates()) {
                if (!ignored.contains(c.name())) {
                    names.add(c.name());
                }
            }
        }
        if (names.isEmpty()) {
            throw new UserInputException(fileName() + ": no numeric column other than identifiers; name the features"
                    + " with --features.");
        }
        return names;
    }

    private static List<String> trimmed(List<String> names) {
        List<String> out = new ArrayList<>();
        for (String n : names) {
            if (!n.isBlank()) {
                out.add(n.strip());
            }
        }
        return out;
    }

    /** "shop.csv, line 6, column 4 ('Income'): "seventeen" is not a number". */
    private String at(Dataset data, Column c, long line, String cell) {
        return fileName() + ", line " + line + ", column " + (data.columnNames().indexOf(c.name()) + 1) + " ('"
                + c.name() + "'): \"" + cell + "\" is not a number";
    }

    private String typos(Dataset data, Column c, StrayText t) {
        return at(data, c, data.report().lineOf(t.firstRow()), t.firstText())
                + (t.cells() == 1 ? "" : " (nor are " + (t.cells() - 1) + " other cells)");
    }

    /**
     * For the columns nearly all numbers that a few text cells made text and that are not clustered:
     * where the first of those cells is, and that the column was left out of the features (the
     * guess passes over text; without a word, a typo dropped "Annual Income" from the run).
     */
    List<String> strayTextNotes(Dataset data, List<String> clustered) {
        List<String> out = new java.util.ArrayList<>();
        for (Column c : data.columns()) {
            Optional<StrayText> typos = StrayText.in(c);
            if (typos.isPresent() && !clustered.contains(c.name()) && !data.isLeftOut(c.name())) {
                out.add(typos(data, c, typos.get()) + ", so '" + c.name() + "' was read as text and is not a feature;"
                        + " correct it or leave it empty to cluster on it.");
            }
        }
        return out;
    }

    /**
     * Why a text column cannot be a feature. With too many different values to be categories it
     * points at the first cell that is not a number (line as the importer counts records, header = 1).
     */
    private void notNumeric(Dataset data, Column c) {
        if (c.categories().size() == 1) {
            throw new UserInputException(fileName() + ": column '" + c.name() + "' has the same value (\""
                    + c.categories().get(0) + "\") for every customer, so it cannot tell segments apart.");
        }
        Optional<StrayText> typos = StrayText.in(c);
        if (typos.isPresent()) { // a numeric column with a few typos
            throw new UserInputException(typos(data, c, typos.get()) + "; correct it or leave it empty to cluster on '"
                    + c.name() + "'.");
        }
        for (int r = 0; r < c.size(); r++) {
            String cell = c.text(r);
            if (!MissingValues.isMissing(cell) && Double.isNaN(NumberCells.parse(cell, data.report().decimalComma()))) {
                throw new UserInputException(at(data, c, data.report().lineOf(r), cell) + ", and the column has "
                        + c.categories().size() + " different values, too many to be categories (at most "
                        + FeatureMatrixBuilder.MAX_CATEGORIES + "), so '" + c.name() + "' cannot be a feature.");
            }
        }
        throw new UserInputException(fileName() + ": column '" + c.name() + "' has no numbers, so it cannot be a feature.");
    }
}
