package org.segmentstudio.app;

import java.nio.file.Path;
import javafx.concurrent.Service;
import javafx.concurrent.Task;
import org.segmentstudio.data.CsvImporter;
import org.segmentstudio.data.Dataset;

/** Reads a CSV file off the FX thread, with progress in rows and cancel. */
public final class ImportService extends Service<Dataset> {
    private Path file;

    public ImportService() {
        setExecutor(Background.executor());
    }

    /** FX thread only. */
    public void setFile(Path file) {
        this.file = file;
    }

    @Override
    protected Task<Dataset> createTask() {
        Path f = file;
        return new Task<>() {
            @Override
            protected Dataset call() throws Exception {
                updateMessage(f.getFileName().toString());
                return new CsvImporter().read(f, rows -> updateMessage(rows + " rows read"), this::isCancelled);
            }
        };
    }
}
