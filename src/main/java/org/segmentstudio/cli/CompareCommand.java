package org.segmentstudio.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.segmentstudio.data.CsvImporter;
import org.segmentstudio.data.DataFormatException;
import org.segmentstudio.data.Dataset;
import org.segmentstudio.segments.model.Migration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code compare}: who moved between two labeled files. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Compare two labeled files as the export writes them (Segment and Segment name columns), matched"
                + " by customer ID: who stayed, who moved where, who is new and who is gone.")
final class CompareCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--before", required = true, paramLabel = "LABELED.csv", description = "The earlier labeled customers.")
    Path before;

    @Option(names = "--after", required = true, paramLabel = "LABELED.csv", description = "The later labeled customers.")
    Path after;

    @Option(names = "--id", paramLabel = "COL", description = "The customer ID column (guessed when not given).")
    String id;

    record Report(String id, long stayed, long moved, @com.fasterxml.jackson.annotation.JsonProperty("new") long fresh,
                  long gone, long[][] matrix, double[][] rowShares, List<String> segmentsBefore,
                  List<String> segmentsAfter, List<String> largestMovements) {
    }

    @Override
    public Integer call() {
        try {
            Dataset b = read(before);
            Dataset a = read(after);
            String idColumn = id != null ? id.strip() : Migration.guessId(b, a);
            Migration m = Migration.of(Migration.ofLabeled(b, idColumn), Migration.ofLabeled(a, idColumn));
            Report r = new Report(idColumn, m.stayed(), m.moved(), m.newCustomers(), m.gone(), m.matrix(), m.rowShares(),
                    m.namesBefore(), m.namesAfter(), m.largestMovements(5));
            spec.commandLine().getOut().println(Json.write(r));
            spec.commandLine().getOut().flush();
            return 0;
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage() + (id == null ? " Name the ID column with --id." : ""));
        } catch (DataFormatException e) {
            throw new UserInputException(e.getMessage());
        } catch (IOException e) {
            throw new UserInputException("cannot read the labeled files: " + e.getMessage());
        }
    }

    private static Dataset read(Path file) throws IOException, DataFormatException {
        try {
            return new CsvImporter().read(file, null, CsvImporter.Progress.NONE, () -> false);
        } catch (CsvImporter.CancelledException e) {
            throw new IllegalStateException("never cancelled", e);
        }
    }
}
