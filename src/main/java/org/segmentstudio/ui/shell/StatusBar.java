package org.segmentstudio.ui.shell;

import javafx.concurrent.Worker;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.segmentstudio.ui.Messages;

/** The line at the bottom: what is loaded, what the run is doing, what was left out. */
public final class StatusBar extends HBox {
    private final Label data = new Label();
    private final Label importNote = new Label();
    private final Label run = new Label();
    private final Label note = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Button cancel = new Button(Messages.tr("button.cancel"));

    public StatusBar() {
        getStyleClass().add("status-bar");
        data.getStyleClass().add("status-data");
        importNote.getStyleClass().add("status-import-note");
        run.getStyleClass().add("status-run");
        note.getStyleClass().add("status-note");
        cancel.getStyleClass().addAll("small", "status-cancel");
        progress.setPrefWidth(140);
        show(progress, false);
        show(cancel, false);
        show(importNote, false);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(data, importNote, run, spacer, note, progress, cancel);
    }

    private static void show(Region node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }

    public void setData(String text) {
        data.setText(text);
    }

    /**
     * What the import left out or how it read the file, short; the details in a tooltip.
     *
     * @param text empty to hide
     */
    public void setImportNote(String text, String details) {
        importNote.setText(text);
        // Wrapped: one long line of details ran off the screen's right edge.
        importNote.setTooltip(details == null || details.isEmpty() ? null : org.segmentstudio.ui.Tips.make(details, 520));
        show(importNote, !text.isEmpty());
    }

    public String dataText() {
        return data.getText();
    }

    public String importNoteText() {
        return importNote.getText();
    }

    /** What the status bar says of where the session is. */
    static String describe(org.segmentstudio.app.Session.Status s) {
        return switch (s.state()) {
            case NO_DATA -> "";
            case READY -> Messages.tr("status.ready");
            case LOADING -> Messages.tr("status.loading", s.file().getFileName());
            case IMPORT_CANCELLED -> Messages.tr("status.importCancelled", s.file().getFileName());
            case PREPARING -> Messages.tr("status.preparing");
            case RUNNING -> Messages.tr("status.running", s.iteration());
            case CONVERGED -> Messages.tr("status.converged", s.iteration(), s.starts());
            case RESTORED -> Messages.tr("status.restored");
            case AT_LIMIT -> Messages.tr("status.stopped", s.iteration());
            case CANCELLED -> Messages.tr("status.cancelled");
        };
    }

    public void setRun(String text) {
        run.setText(text);
    }

    public String runText() {
        return run.getText();
    }

    public void setNote(String text) {
        note.setText(text);
    }

    public String noteText() {
        return note.getText();
    }

    /** @param value 0..1, negative for indeterminate, NaN to hide */
    public void setProgress(double value) {
        progress.progressProperty().unbind();
        boolean visible = !Double.isNaN(value);
        show(progress, visible);
        if (visible) {
            progress.setProgress(value);
        }
    }

    /** Shows the worker's progress and a Cancel button until it ends. */
    public void track(Worker<?> worker) {
        track(worker, true);
    }

    /**
     * A Cancel button for the worker until it ends, and its progress bar if {@code bar}: a k-means
     * run, whose length nobody knows in advance, shows its progress on the canvas and in the run
     * text instead of a bar sweeping back and forth, which would also repaint the window on every
     * frame of the run.
     */
    public void track(Worker<?> worker, boolean bar) {
        track(worker, bar, worker::cancel);
    }

    /** As {@link #track(Worker, boolean)}, with what Cancel does (a run stops through the session). */
    public void track(Worker<?> worker, boolean bar, Runnable onCancel) {
        if (bar) {
            progress.progressProperty().bind(worker.progressProperty());
        } else {
            progress.progressProperty().unbind();
        }
        show(progress, bar);
        cancel.setOnAction(e -> onCancel.run());
        show(cancel, true);
    }

    /** Ends {@link #track}. */
    public void untrack() {
        show(cancel, false);
        cancel.setOnAction(null);
        setProgress(Double.NaN);
    }
}
