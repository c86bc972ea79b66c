package org.segmentstudio.ui.shell;

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
    private final Label run = new Label();
    private final Label note = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Button cancel = new Button(Messages.tr("status.cancel"));

    public StatusBar() {
        getStyleClass().add("status-bar");
        data.getStyleClass().add("status-data");
        run.getStyleClass().add("status-run");
        note.getStyleClass().add("status-note");
        progress.setPrefWidth(140);
        progress.setVisible(false);
        progress.setManaged(false);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        cancel.getStyleClass().addAll("small", "status-cancel");
        showCancel(null);
        getChildren().addAll(data, run, spacer, note, progress, cancel);
    }

    public void setData(String text) {
        data.setText(text);
    }

    public void setRun(String text) {
        run.setText(text);
    }

    public String dataText() {
        return data.getText();
    }

    public String runText() {
        return run.getText();
    }

    public void setNote(String text) {
        note.setText(text);
    }

    /** @param value 0..1, negative for indeterminate, NaN to hide */
    public void setProgress(double value) {
        boolean show = !Double.isNaN(value);
        progress.setVisible(show);
        progress.setManaged(show);
        if (show) {
            progress.setProgress(value);
        } else {
            showCancel(null);
        }
    }

    /** Long work: progress (0..1, negative for indeterminate) and a Cancel button that runs {@code onCancel}. */
    public void setBusy(double value, Runnable onCancel) {
        setProgress(value);
        showCancel(onCancel);
    }

    private void showCancel(Runnable onCancel) {
        cancel.setVisible(onCancel != null);
        cancel.setManaged(onCancel != null);
        cancel.setOnAction(onCancel == null ? null : e -> onCancel.run());
    }
}
