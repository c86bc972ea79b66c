package org.segmentstudio.data.purchases;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import org.segmentstudio.data.CsvImporter;
import org.segmentstudio.data.CsvLines;
import org.segmentstudio.data.DataFormatException;
import org.segmentstudio.data.DatasetLines;
import org.segmentstudio.data.LineSource;
import org.segmentstudio.data.PrefetchedLines;

/**
 * A purchase log on disk, a CSV streamed or a workbook's sheet: its columns guessed from the first
 * lines, and one row per customer built from all of them.
 */
public final class PurchaseLog {
    /** The guess reads this many lines. */
    static final int GUESS_LINES = 5_000;

    private final Path file;
    private final String sheet;

    /** @param sheet a workbook's sheet, or null for the first (a CSV ignores it) */
    public PurchaseLog(Path file, String sheet) {
        this.file = file;
        this.sheet = sheet;
    }

    public Path file() {
        return file;
    }

    /** The header and the first lines, as the guess and the dialog's choices need them. */
    public PurchaseGuess.Result guess() throws IOException, DataFormatException {
        return read(source -> {
            List<String[]> lines = new ArrayList<>();
            String[] cells;
            while (lines.size() < GUESS_LINES && (cells = source.next()) != null) {
                lines.add(cells);
            }
            return PurchaseGuess.guess(source.header(), lines, source.decimalComma());
        });
    }

    /** What the first lines of a column say of how it writes dates. */
    public PurchaseDates.Evidence dateEvidence(String column) throws IOException, DataFormatException {
        return read(source -> {
            PurchaseDates.Evidence e = new PurchaseDates.Evidence();
            int c = source.header().indexOf(column);
            String[] cells;
            for (int n = 0; c >= 0 && n < GUESS_LINES && (cells = source.next()) != null; n++) {
                e.add(c < cells.length ? cells[c] : null);
            }
            return e;
        });
    }

    /** The column names. */
    public List<String> header() throws IOException, DataFormatException {
        return read(LineSource::header);
    }

    /** Builds the customers; see {@link CustomerBuilder}. */
    public CustomerTable build(CustomerBuilder.Options options, DoubleConsumer progress, BooleanSupplier cancelled)
            throws IOException, DataFormatException {
        CustomerBuilder builder = new CustomerBuilder(options);
        // The CSV is parsed on a second thread while the first adds the lines up.
        return read(source -> {
            try (PrefetchedLines ahead = new PrefetchedLines(source)) {
                return builder.build(ahead, progress, cancelled);
            }
        });
    }

    private interface Pass<T> {
        T over(LineSource source) throws IOException, DataFormatException;
    }

    /** Runs a pass; a CSV whose later bytes prove not to be UTF-8 is read again as Windows-1252. */
    private <T> T read(Pass<T> pass) throws IOException, DataFormatException {
        if (Files.isRegularFile(file) && CsvImporter.isWorkbook(file)) {
            try {
                return pass.over(new DatasetLines(new CsvImporter().read(file, sheet, CsvImporter.Progress.NONE,
                        () -> false)));
            } catch (CsvImporter.CancelledException e) {
                throw new IllegalStateException("not cancellable", e);
            }
        }
        try (LineSource source = CsvLines.open(file)) {
            return pass.over(source);
        } catch (CsvLines.NotUtf8 e) {
            try (LineSource source = CsvLines.openAsWindows1252(file)) {
                return pass.over(source);
            }
        }
    }
}
