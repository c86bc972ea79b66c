package org.segmentstudio.app;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import javafx.concurrent.Task;
import org.segmentstudio.data.CsvImporter;
import org.segmentstudio.data.Dataset;
import org.segmentstudio.data.purchases.BuildReport;
import org.segmentstudio.data.purchases.CustomerBuilder;
import org.segmentstudio.data.purchases.CustomerTable;
import org.segmentstudio.data.purchases.PurchaseHint;
import org.segmentstudio.data.purchases.PurchaseLog;

/**
 * Reads a CSV file or a workbook's sheet off the FX thread, with progress (the share of the file
 * read) and cancel; or builds one row per customer from a purchase log. Task coalesces progress
 * updates, so a fast import does not flood the FX thread.
 */
public final class ImportService extends BackgroundService<ImportService.Opened> {
    /**
     * What was opened: the data; for a table whose rows look like purchases, what they are; for
     * customers built from purchases, what the build did.
     */
    public record Opened(Dataset data, PurchaseHint hint, BuildReport built) {
    }

    private Path file;
    private String sheet;
    private CustomerBuilder.Options build;

    /** FX thread only. */
    public void setFile(Path file) {
        setFile(file, null);
    }

    /** @param sheet the workbook's sheet to read, or null for the first (a CSV ignores it) */
    public void setFile(Path file, String sheet) {
        this.file = file;
        this.sheet = sheet;
        this.build = null;
    }

    /** The next run builds customers from the purchase log {@code file} with these options. */
    public void setBuild(Path file, String sheet, CustomerBuilder.Options options) {
        this.file = file;
        this.sheet = sheet;
        this.build = options;
    }

    @Override
    protected Task<Opened> createTask() {
        Path f = file;
        String s = sheet;
        CustomerBuilder.Options options = build;
        return new Task<>() {
            @Override
            protected Opened call() throws Exception {
                updateMessage(f.getFileName().toString());
                if (options != null) {
                    return built(f, s, options);
                }
                CsvImporter.Progress progress = new CsvImporter.Progress() {
                    @Override
                    public void rowsRead(long rows) {
                    }

                    @Override
                    public void bytesRead(long read, long total) {
                        if (total > 0) {
                            updateProgress(read, total);
                        }
                    }
                };
                Dataset data = new CsvImporter().read(f, s, progress, this::isCancelled);
                // Guessed here, off the window's thread, where the feature list will find it.
                org.segmentstudio.segments.FeatureGuess.of(data);
                return new Opened(data, isCancelled() ? null : PurchaseHint.of(data).orElse(null), null);
            }

            private Opened built(Path f, String s, CustomerBuilder.Options o) throws Exception {
                CustomerTable table;
                PurchaseLog log = new PurchaseLog(f, s);
                try {
                    table = log.build(o, x -> updateProgress(x, 1), this::isCancelled);
                } catch (CancellationException e) {
                    throw new CsvImporter.CancelledException();
                }
                BuildReport r = table.report();
                // What the lines are, for building again from the same log.
                PurchaseHint hint = new PurchaseHint(log.header(), log.guess(), (int) Math.min(Integer.MAX_VALUE,
                        r.purchaseLines()), r.customers(), r.first(), r.last());
                // The customers go through the importer's own rules, as the command line's output
                // file would when opened.
                StringWriter text = new StringWriter();
                table.writeCsv(text);
                byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
                Dataset data = new CsvImporter().read(f.getFileName().toString(), new ByteArrayInputStream(bytes),
                        CsvImporter.Progress.NONE, this::isCancelled);
                org.segmentstudio.segments.FeatureGuess.of(data);
                return new Opened(data, hint, r);
            }
        };
    }
}
