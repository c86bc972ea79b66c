package org.segmentstudio.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.segmentstudio.data.ColumnRole;
import org.segmentstudio.data.CsvImporter;
import org.segmentstudio.data.DataFormatException;
import org.segmentstudio.data.Dataset;
import org.segmentstudio.data.ExportException;
import org.segmentstudio.data.ExportOptions;
import org.segmentstudio.data.purchases.PurchaseLog;
import org.segmentstudio.engine.KMeansResult;
import org.segmentstudio.segments.SegmentLabelsBuilder;
import org.segmentstudio.segments.export.CsvExporter;
import org.segmentstudio.segments.export.SegmentLabels;
import org.segmentstudio.segments.model.Assignment;
import org.segmentstudio.segments.model.FitNote;
import org.segmentstudio.segments.model.ModelFile;
import org.segmentstudio.segments.model.SegmentModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code apply}: puts customers into a saved analysis's segments, never refitting. */
@Command(name = "apply", mixinStandardHelpOptions = true,
        description = "Put the customers of a file into the segments of a saved analysis (segment --save-model, or the"
                + " app's File > Save analysis): each into the nearest saved centre in the saved scaling, never"
                + " refitting. A purchase log is first built into customers with the saved choices.")
final class ApplyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "FILE.segments", description = "The saved analysis.")
    Path model;

    @Option(names = "--input", required = true, paramLabel = "FILE", description = "The customers (or purchases): CSV or .xlsx.")
    Path input;

    @Option(names = "--sheet", paramLabel = "NAME", description = "A workbook's sheet (default: the first).")
    String sheet;

    @Option(names = "--output", paramLabel = "FILE", description = "Also write the labeled customers, as the export does.")
    Path output;

    record Fit(List<Double> sharesThen, List<Double> sharesNow, List<Double> distancesThen, List<Double> distancesNow,
               int[] borderlineNow, List<String> fitWorse, boolean outOfDate, String note) {
    }

    record Report(String model, String input, int rowsUsed, int rowsSkipped, List<String> names, int[] sizes,
                  List<Double> shares, Fit fit, String output) {
    }

    @Override
    public Integer call() {
        String file = input.getFileName().toString();
        for (Path p : output == null ? List.<Path>of() : List.of(input, model)) {
            if (output.toAbsolutePath().normalize().equals(p.toAbsolutePath().normalize())) {
                throw new UserInputException("--output is " + p.getFileName() + "; choose another name so it is never"
                        + " overwritten.");
            }
        }
        try {
            SegmentModel m = ModelFile.read(model);
            Dataset data = read(m);
            Assignment a;
            try {
                a = Assignment.of(m, data);
            } catch (IllegalArgumentException e) {
                throw new UserInputException(e.getMessage());
            }
            if (a.labels().length == 0) {
                throw new UserInputException(file + ": no customer has every feature of the saved segments ("
                        + String.join(", ", m.columns()) + ").");
            }
            FitNote note = FitNote.of(m, a);
            if (output != null) {
                KMeansResult asIf = new KMeansResult(m.centroidsInUnits(), a.labels(), Double.NaN, 0, true, 0, List.of());
                SegmentLabels labels = SegmentLabelsBuilder.build(data, a.features(), asIf, m.names());
                new CsvExporter().writeLabeled(data, labels, output,
                        ExportOptions.of(ExportOptions.Delimiter.COMMA).withSourceFile(input));
            }
            int[] sizes = a.sizesFor(m.k());
            List<Double> shares = new ArrayList<>();
            for (int s : sizes) {
                shares.add((double) s / a.labels().length);
            }
            Fit fit = new Fit(list(note.sharesThen()), list(note.sharesNow()), list(note.distancesThen()),
                    list(note.distancesNow()), note.borderlineNow(), note.fitWorse().stream().map(m.names()::get).toList(),
                    note.outOfDate(),
                    note.text());
            Report report = new Report(model.toString(), input.toString(), a.labels().length,
                    data.rowCount() - a.labels().length, m.names(), sizes, shares, fit,
                    output == null ? null : output.toString());
            spec.commandLine().getOut().println(Json.write(report));
            spec.commandLine().getOut().flush();
            return 0;
        } catch (DataFormatException | ExportException e) {
            throw new UserInputException(e.getMessage());
        } catch (IOException e) {
            throw new UserInputException(file + " cannot be read: " + e.getMessage());
        }
    }

    /** The customers: the file with the saved roles, or, for a purchase-log analysis, the customers built from it. */
    private Dataset read(SegmentModel m) throws IOException, DataFormatException {
        String file = input.getFileName().toString();
        if (m.purchases() != null) {
            return new PurchaseLog(input, sheet).build(org.segmentstudio.segments.model.ModelBuilder.purchaseOptions(m, false),
                    x -> { }, () -> false).toDataset(file);
        }
        Dataset data;
        try {
            data = new CsvImporter().read(input, sheet, CsvImporter.Progress.NONE, () -> false);
        } catch (CsvImporter.CancelledException e) {
            throw new IllegalStateException("never cancelled", e);
        }
        return ColumnRole.applyNamed(data, m.roles());
    }

    private static List<Double> list(double[] v) {
        List<Double> out = new ArrayList<>();
        for (double x : v) {
            out.add(Json.number(x));
        }
        return out;
    }
}
