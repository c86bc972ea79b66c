package org.segmentstudio.app;

import java.nio.file.Path;
import javafx.concurrent.Task;
import org.segmentstudio.data.CsvImporter;
import org.segmentstudio.data.Dataset;

/**
 * Reads a CSV file or a workbook's sheet off the FX thread, with progress (the share of the file read) and cancel.
 * Task coalesces progress updates, so a fast import does not flood the FX thread.
 */
public final class ImportService extends BackgroundService<Dataset> {
    private Path file;
    private String sheet;


    /** FX thread only. */
    public void setFile(Path file) {
        setFile(file, null);
    }

    /** @param sheet the workbook's sheet to read, or null for the first (a CSV ignores it) */
    public void setFile(Path file, String sheet) {
        this.file = file;
        this.sheet = sheet;
    }

    @Override
    protected Task<Dataset> createTask() {
        Path f = file;
        String s = sheet;
        return new Task<>() {
            @Override
            protected Dataset call() throws Exception {
                updateMessage(f.getFileName().toString());
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
                return new CsvImporter().read(f, s, progress, this::isCancelled);
            }
        };
    }
}
