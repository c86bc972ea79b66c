package org.segmentstudio.ui.export;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.value.ObservableBooleanValue;
import javafx.concurrent.Task;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.segmentstudio.app.Background;
import org.segmentstudio.segments.export.CsvExporter;
import org.segmentstudio.data.Dataset;
import org.segmentstudio.data.ExportOptions;
import org.segmentstudio.data.ExportOptions.Delimiter;
import org.segmentstudio.segments.export.SegmentLabels;
import org.segmentstudio.segments.export.XlsxExporter;
import org.segmentstudio.ui.Messages;

/**
 * File ▸ Export ▸: labeled customers CSV, segment summary CSV, Excel workbook. Asks where to save
 * (and, for CSV, which separator through the chooser's file types), then writes in the background;
 * success goes to the status bar, failure to the error dialog, as the window wires them.
 */
public final class ExportActions {

    /**
     * What there is to export now.
     *
     * @param openFile the file the data was read from, which an export must not overwrite; null for the sample
     */
    public record Session(Dataset data, Supplier<SegmentLabels> labeling, Path openFile) {
        /** Labels already at hand (tests, small data). */
        public Session(Dataset data, SegmentLabels labels, Path openFile) {
            this(data, () -> labels, openFile);
        }

        /** Every row's segment; read on the export's background thread (it reads every customer). */
        SegmentLabels labels() {
            return labeling.get();
        }
    }

    /** The three exports, with what the chooser offers and suggests for each. */
    public enum Kind {
        LABELED("menu.file.export.labeled", "-segments", ".csv"),
        SUMMARY("menu.file.export.summary", "-segment-summary", ".csv"),
        WORKBOOK("menu.file.export.workbook", "-segments", ".xlsx");

        private final String titleKey;
        private final String suffix;
        private final String extension;

        Kind(String titleKey, String suffix, String extension) {
            this.titleKey = titleKey;
            this.suffix = suffix;
            this.extension = extension;
        }
    }

    /** The writing itself, run in the background. */
    @FunctionalInterface
    private interface Job {
        void write(Session s, Path target, ExportOptions options) throws Exception;
    }

    private final Window owner;
    private final Supplier<Session> session;
    private final Consumer<String> onSaved;
    private final BiConsumer<String, Throwable> onFailed;
    private Consumer<Task<Void>> onStarted = task -> { };

    /**
     * @param session  what to export; null while there is no result
     * @param onSaved  told the sentence for the status bar
     * @param onFailed told a headline and the failure, for the error dialog
     */
    private SaveFolder saveFolder = SaveFolder.none();

    public ExportActions(Window owner, Supplier<Session> session, Consumer<String> onSaved,
                         BiConsumer<String, Throwable> onFailed) {
        this.owner = owner;
        this.session = session;
        this.onSaved = onSaved;
        this.onFailed = onFailed;
    }

    /** Where the save dialogs open (by default the opened file's folder). */
    public void setSaveFolder(SaveFolder folder) {
        this.saveFolder = folder;
    }

    /** The File ▸ Export ▸ submenu; each item is disabled while {@code unavailable} holds. */
    public Menu menu(ObservableBooleanValue unavailable) {
        Menu menu = new Menu(Messages.tr("menu.file.export"));
        for (Kind kind : Kind.values()) {
            MenuItem item = new MenuItem(Messages.tr(kind.titleKey));
            item.getStyleClass().add("export-" + kind.name().toLowerCase(Locale.ROOT));
            item.setOnAction(e -> chooseAndExport(kind));
            item.disableProperty().bind(unavailable);
            if (kind == Kind.LABELED) {
                item.setAccelerator(KeyCombination.keyCombination("Shortcut+E"));
            }
            menu.getItems().add(item);
        }
        return menu;
    }

    private void chooseAndExport(Kind kind) {
        Session s = session.get();
        if (s == null) {
            return;
        }
        FileChooser chooser = saveFolder.dialog(kind.titleKey, baseName(s.data()) + kind.suffix + kind.extension,
                s.openFile());
        FileChooser.ExtensionFilter comma = new FileChooser.ExtensionFilter(Messages.tr("chooser.csv.comma"), "*.csv");
        FileChooser.ExtensionFilter semicolon =
                new FileChooser.ExtensionFilter(Messages.tr("chooser.csv.semicolon"), "*.csv");
        if (kind == Kind.WORKBOOK) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.tr("chooser.xlsx"), "*.xlsx"));
        } else {
            chooser.getExtensionFilters().addAll(comma, semicolon);
            chooser.setSelectedExtensionFilter(ExportOptions.defaults().delimiter() == Delimiter.SEMICOLON
                    ? semicolon : comma);
        }
        File f = saveFolder.show(chooser, owner);
        if (f == null) {
            return;
        }
        Path target = withExtension(f.toPath(), kind.extension);
        Delimiter delimiter = chooser.getSelectedExtensionFilter() == semicolon ? Delimiter.SEMICOLON
                : chooser.getSelectedExtensionFilter() == comma ? Delimiter.COMMA : ExportOptions.defaults().delimiter();
        export(s, kind, target, delimiter);
    }

    /**
     * Writes one export in the background without asking anything; what the menu items run once
     * the user has chosen the file.
     *
     * @return the running task, or null when there is nothing to export
     */
    public Task<Void> export(Kind kind, Path target, Delimiter delimiter) {
        Session s = session.get();
        return s == null ? null : export(s, kind, target, delimiter);
    }

    private Task<Void> export(Session s, Kind kind, Path target, Delimiter delimiter) {
        Job job = switch (kind) {
            case LABELED -> (x, t, o) -> new CsvExporter().writeLabeled(x.data(), x.labels(), t, o);
            case SUMMARY -> (x, t, o) -> new CsvExporter().writeSummary(x.data(), x.labels(), t, o);
            case WORKBOOK -> (x, t, o) -> new XlsxExporter().writeWorkbook(x.data(), x.labels(), t, o);
        };
        ExportOptions options = ExportOptions.of(delimiter).withSourceFile(s.openFile());
        String name = String.valueOf(target.getFileName());
        FileTime before = modified(target);
        AtomicBoolean started = new AtomicBoolean();
        AtomicBoolean written = new AtomicBoolean();
        AtomicBoolean told = new AtomicBoolean();
        // Cancel interrupts the writer: its temp file goes and the target stays as it was, unless the
        // file had just been moved into place. Which one is told, once, when the writer has stopped.
        Runnable cancelled = () -> {
            if (told.compareAndSet(false, true)) {
                String key = Objects.equals(before, modified(target)) ? "status.exportCancelled"
                        : "status.exportCancelledTooLate";
                Platform.runLater(() -> onSaved.accept(Messages.tr(key, name)));
            }
        };
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() throws Exception {
                started.set(true);
                try {
                    job.write(s, target, options);
                } finally {
                    written.set(true);
                    if (isCancelled()) {
                        cancelled.run();
                    }
                }
                return null;
            }
        };
        task.setOnSucceeded(e -> onSaved.accept(Messages.tr("status.exported", name)));
        task.setOnFailed(e -> onFailed.accept(Messages.tr("error.export", name), task.getException()));
        task.setOnCancelled(e -> {
            if (!started.get() || written.get()) { // not begun, or already done: the writer will not tell
                cancelled.run();
            }
        });
        onStarted.accept(task);
        Background.executor().execute(task);
        return task;
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return null; // not there (yet)
        }
    }

    /** Told each export as it starts, e.g. to show its progress and a Cancel button in the status bar until it ends. */
    public void setOnStarted(Consumer<Task<Void>> onStarted) {
        this.onStarted = onStarted;
    }

    /** Adds the extension when the user typed a bare name (some platforms' choosers do not); keeps any other. */
    static Path withExtension(Path file, String extension) {
        String name = file.getFileName().toString();
        return name.contains(".") ? file : file.resolveSibling(name + extension);
    }

    /** What suggested file names start with: the data's file name without its extension. */
    public static String baseName(Dataset data) {
        String s = data.source();
        int dot = s.lastIndexOf('.');
        return dot > 0 ? s.substring(0, dot) : s;
    }
}
