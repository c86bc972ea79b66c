package org.segmentstudio.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.segmentstudio.data.Column;
import org.segmentstudio.data.ColumnKind;
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
            String idColumn = id != null ? id.strip() : guessId(b, a);
            Side sb = side(b, idColumn);
            Side sa = side(a, idColumn);
            Migration m = Migration.of(sb.segments, sa.segments, Migration.names(sb.names), Migration.names(sa.names));
            Report r = new Report(idColumn, m.stayed(), m.moved(), m.newCustomers(), m.gone(), m.matrix(), m.rowShares(),
                    m.namesBefore(), m.namesAfter(), m.largestMovements(5));
            spec.commandLine().getOut().println(Json.write(r));
            spec.commandLine().getOut().flush();
            return 0;
        } catch (DataFormatException e) {
            throw new UserInputException(e.getMessage());
        } catch (IOException e) {
            throw new UserInputException("cannot read the labeled files: " + e.getMessage());
        }
    }

    private record Side(Map<String, Integer> segments, Map<Integer, String> names) {
    }

    private static Dataset read(Path file) throws IOException, DataFormatException {
        try {
            return new CsvImporter().read(file, null, CsvImporter.Progress.NONE, () -> false);
        } catch (CsvImporter.CancelledException e) {
            throw new IllegalStateException("never cancelled", e);
        }
    }

    private static Side side(Dataset d, String idColumn) {
        Column ids = d.column(idColumn).orElseThrow(() -> new UserInputException(d.source() + " has no column '"
                + idColumn + "'. Columns are: " + String.join(", ", d.columnNames()) + "."));
        Column seg = d.column("Segment").orElseThrow(() -> new UserInputException(d.source()
                + " has no Segment column: give a labeled file as Export labeled customers or segment --output writes it."));
        Column name = d.column("Segment name").orElse(null);
        Map<String, Integer> segments = new HashMap<>();
        Map<Integer, String> names = new TreeMap<>();
        for (int r = 0; r < d.rowCount(); r++) {
            String key = ids.text(r).strip();
            String cell = seg.text(r).strip();
            int s = cell.isEmpty() ? 0 : (int) Math.round(seg.isNumeric() ? seg.value(r) : Double.parseDouble(cell));
            if (segments.put(key, s) != null) {
                throw new UserInputException(d.source() + ": customer '" + key + "' appears twice in " + idColumn
                        + " (line " + d.report().lineOf(r) + "); give the ID column with --id.");
            }
            if (s > 0 && name != null) {
                names.putIfAbsent(s, name.text(r));
            }
        }
        return new Side(segments, names);
    }

    /** The first identifier column both files have, else the first column both have whose name says ID or customer. */
    static String guessId(Dataset b, Dataset a) {
        for (Column c : b.columns()) {
            if (c.kind() == ColumnKind.IDENTIFIER && a.column(c.name()).isPresent()) {
                return c.name();
            }
        }
        for (Column c : b.columns()) {
            String n = c.name().toLowerCase(Locale.ROOT);
            if ((n.contains("id") || n.contains("customer") || n.contains("client") || n.contains("member"))
                    && !n.startsWith("segment") && a.column(c.name()).isPresent()) {
                return c.name();
            }
        }
        throw new UserInputException("no customer ID column in both " + b.source() + " and " + a.source()
                + "; name it with --id.");
    }
}
