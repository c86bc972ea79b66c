package org.segmentstudio.ui.export;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.segmentstudio.app.Background;
import org.segmentstudio.data.DataFormatException;
import org.segmentstudio.segments.model.ModelFile;
import org.segmentstudio.segments.model.SegmentModel;
import org.segmentstudio.ui.Messages;

/**
 * File ▸ Save analysis…, File ▸ Open analysis… and Segments ▸ Apply saved segments to…: the
 * dialogs, and the reading and writing off the FX thread. What is opened goes to the session
 * through {@code open} (the analysis and the data file to put into its segments).
 */
public final class AnalysisActions {
    /** What the window knows of the run on screen, to save it. */
    public interface Source {
        /** The maker of the run's model, or null before a run; runs off the FX thread. */
        Supplier<SegmentModel> model();

        /** The data file open (null for the sample), for the default name and folder. */
        Path openFile();

        /** The analysis the run was restored from, or null. */
        SegmentModel restored();
    }

    private final Window owner;
    private final Source source;
    private final BiConsumer<SegmentModel, Path> open;
    private final Consumer<String> onDone;
    private final BiConsumer<String, Throwable> onFailed;
    private SaveFolder folder = SaveFolder.none();

    public AnalysisActions(Window owner, Source source, BiConsumer<SegmentModel, Path> open, Consumer<String> onDone,
                           BiConsumer<String, Throwable> onFailed) {
        this.owner = owner;
        this.source = source;
        this.open = open;
        this.onDone = onDone;
        this.onFailed = onFailed;
    }

    public void setSaveFolder(SaveFolder folder) {
        this.folder = folder;
    }

    /** Asks where, then saves the analysis on screen; the file is written whole or not at all. */
    public void save() {
        Supplier<SegmentModel> maker = source.model();
        if (maker == null) {
            return;
        }
        Path data = source.openFile();
        String base = data == null ? "segments" : data.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        FileChooser chooser = folder.dialog("analysis.save.title", base + ModelFile.EXTENSION, data);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.tr("analysis.filter"), "*.segments"));
        File f = folder.show(chooser, owner);
        if (f != null) {
            save(maker, f.toPath());
        }
    }

    /** Saves the analysis to {@code target} in the background (tests call this directly). */
    public Task<Void> save(Supplier<SegmentModel> maker, Path target) {
        Path chosen = target.getFileName().toString().endsWith(ModelFile.EXTENSION) ? target
                : target.resolveSibling(target.getFileName() + ModelFile.EXTENSION);
        if (source.openFile() != null && chosen.toAbsolutePath().normalize().equals(source.openFile().toAbsolutePath().normalize())) {
            onFailed.accept(Messages.tr("analysis.save.failed", chosen.getFileName()),
                    new DataFormatException(chosen.getFileName().toString(), Messages.tr("analysis.save.overData")));
            return null;
        }
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() throws Exception {
                ModelFile.write(chosen, maker.get());
                return null;
            }
        };
        task.setOnSucceeded(e -> onDone.accept(Messages.tr("analysis.saved", chosen.getFileName())));
        task.setOnFailed(e -> onFailed.accept(Messages.tr("analysis.save.failed", chosen.getFileName()), task.getException()));
        Background.executor().execute(task);
        return task;
    }

    /** Asks for a .segments file, then opens it with its data. */
    public void open() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.plain("analysis.open.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.tr("analysis.filter"), "*.segments"));
        folder.prepare(chooser, source.openFile());
        File f = chooser.showOpenDialog(owner);
        if (f != null) {
            open(f.toPath());
        }
    }

    /**
     * Asked just before a saved analysis replaces what is on screen, after any question about its
     * data file (a Cancel there must not follow a "Close without saving" the user agreed to): whether
     * what is on screen may go (it asks the user if unsaved).
     */
    private java.util.function.BooleanSupplier mayReplace = () -> true;

    public void setMayReplace(java.util.function.BooleanSupplier mayReplace) {
        this.mayReplace = java.util.Objects.requireNonNull(mayReplace);
    }

    /** What reading a saved analysis found: the model, and whether its data file is there and unchanged. */
    public record Read(SegmentModel model, boolean dataThere, boolean dataChanged) {
    }

    /** Reads the analysis and checks its data file in the background, then opens both (tests call this directly). */
    public Task<Read> open(Path file) {
        Task<Read> task = new Task<>() {
            @Override
            protected Read call() throws Exception {
                SegmentModel m = ModelFile.read(file);
                String path = m.data().path();
                if (path == null) {
                    return new Read(m, true, false);
                }
                Path data = Path.of(path);
                if (!Files.isRegularFile(data)) {
                    return new Read(m, false, false);
                }
                boolean changed = Files.size(data) != m.data().size() || !ModelFile.sha256(data).equals(m.data().sha256());
                return new Read(m, true, changed);
            }
        };
        task.setOnSucceeded(e -> opened(task.getValue()));
        task.setOnFailed(e -> onFailed.accept(Messages.tr("analysis.open.failed", file.getFileName()), task.getException()));
        Background.executor().execute(task);
        return task;
    }

    private void opened(Read r) {
        SegmentModel m = r.model();
        String path = m.data().path();
        if (path == null) {
            replaceWith(m, null);
            return;
        }
        Path data = Path.of(path);
        if (r.dataThere() && !r.dataChanged()) {
            replaceWith(m, data);
            return;
        }
        ButtonType locate = new ButtonType(Messages.plain("analysis.locate"), ButtonBar.ButtonData.OTHER);
        ButtonType without = new ButtonType(Messages.plain("analysis.without"), ButtonBar.ButtonData.LEFT);
        ButtonType asItIs = new ButtonType(Messages.plain("analysis.asItIs"), ButtonBar.ButtonData.OK_DONE);
        Alert ask = new Alert(Alert.AlertType.WARNING);
        ask.initOwner(owner);
        ask.setTitle(Messages.plain("analysis.open.title"));
        ask.setHeaderText(Messages.tr(r.dataThere() ? "analysis.changed.header" : "analysis.missing.header",
                data.getFileName()));
        ask.setContentText(Messages.tr(r.dataThere() ? "analysis.changed.text" : "analysis.missing.text", path,
                m.data().rows()));
        ask.getDialogPane().getStyleClass().add("analysis-data-dialog");
        ask.getButtonTypes().setAll(r.dataThere() ? List.of(without, asItIs, locate, ButtonType.CANCEL)
                : List.of(without, locate, ButtonType.CANCEL));
        Optional<ButtonType> choice = ask.showAndWait();
        if (choice.isEmpty() || choice.get() == ButtonType.CANCEL) {
            return;
        }
        if (choice.get() == without) {
            showWithoutCustomers(m);
            return;
        }
        if (choice.get() == asItIs) {
            replaceWith(m, data);
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.plain("analysis.locate.title", data.getFileName()));
        Optional.ofNullable(data.toAbsolutePath().getParent()).filter(Files::isDirectory).map(Path::toFile)
                .ifPresent(chooser::setInitialDirectory);
        File f = chooser.showOpenDialog(owner);
        if (f != null) {
            replaceWith(m, f.toPath());
        }
    }

    private void replaceWith(SegmentModel m, Path data) {
        if (mayReplace.getAsBoolean()) {
            open.accept(m, data);
        }
    }

    /**
     * The analysis without its customers: its segments as saved — name, share, and the centre in
     * the data's own units — with what it was found on; the data open stays as it is.
     */
    private void showWithoutCustomers(SegmentModel m) {
        StringBuilder sb = new StringBuilder();
        List<String> features = m.transforms().stream().map(SegmentModel.Transform::feature).toList();
        for (int s = 0; s < m.k(); s++) {
            sb.append(m.names().get(s)).append(" \u2014 ")
                    .append(org.segmentstudio.segments.Formats.percent(m.quality().shares()[s])).append(" of the customers\n   ");
            List<String> parts = new java.util.ArrayList<>();
            for (int j = 0; j < features.size(); j++) {
                parts.add(features.get(j) + " " + org.segmentstudio.segments.Formats.number(m.centroidsInUnits()[s][j]));
            }
            sb.append(String.join(" \u00b7 ", parts)).append('\n');
        }
        Alert info = new Alert(Alert.AlertType.INFORMATION);
        info.initOwner(owner);
        info.setTitle(Messages.plain("analysis.open.title"));
        info.setHeaderText(Messages.tr("analysis.without.header", m.k(), org.segmentstudio.segments.Formats.count(
                m.quality().rowsUsed()), m.data().path() == null ? Messages.tr("sample.name")
                : Path.of(m.data().path()).getFileName()));
        javafx.scene.control.TextArea text = new javafx.scene.control.TextArea(sb.toString());
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(Math.min(16, 2 * m.k() + 1));
        info.getDialogPane().setContent(text);
        info.getDialogPane().getStyleClass().add("analysis-without-dialog");
        info.show();
    }

    /**
     * Asks for another file with the same columns and puts its customers into the segments on screen
     * (or of the analysis they were restored from): never refitting.
     */
    public void applyTo() {
        Supplier<SegmentModel> maker = source.restored() != null ? source::restored : source.model();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.plain("analysis.apply.title"));
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(Messages.tr("analysis.apply.filter"), "*.csv",
                "*.CSV", "*.txt", "*.tsv", "*.xlsx", "*.XLSX", "*.segments"),
                new FileChooser.ExtensionFilter(Messages.tr("chooser.all"), "*.*"));
        folder.prepare(chooser, source.openFile());
        File f = chooser.showOpenDialog(owner);
        if (f == null) {
            return;
        }
        if (f.getName().endsWith(ModelFile.EXTENSION)) {
            // A saved analysis chosen: its segments go onto the customers open now, in place of the
            // segments on screen (asked, once it has been read, when those were not saved).
            applySaved(f.toPath(), source.openFile());
        } else if (maker != null) {
            applyTo(maker, f.toPath());
        }
    }

    /**
     * Reads a saved analysis in the background and puts the customers of {@code data} into its
     * segments, once what is on screen may go: a file that cannot be read asks nothing.
     */
    public Task<SegmentModel> applySaved(Path model, Path data) {
        Task<SegmentModel> task = new Task<>() {
            @Override
            protected SegmentModel call() throws Exception {
                return ModelFile.read(model);
            }
        };
        task.setOnSucceeded(e -> replaceWith(task.getValue(), data));
        task.setOnFailed(e -> onFailed.accept(Messages.tr("analysis.open.failed", model.getFileName()), task.getException()));
        Background.executor().execute(task);
        return task;
    }

    /** Makes the model in the background, then opens {@code file} into its segments (tests call this directly). */
    public Task<SegmentModel> applyTo(Supplier<SegmentModel> maker, Path file) {
        Task<SegmentModel> task = new Task<>() {
            @Override
            protected SegmentModel call() throws IOException {
                return maker.get();
            }
        };
        task.setOnSucceeded(e -> open.accept(task.getValue(), file));
        task.setOnFailed(e -> onFailed.accept(Messages.tr("analysis.apply.failed", file.getFileName()), task.getException()));
        Background.executor().execute(task);
        return task;
    }
}
