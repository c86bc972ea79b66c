package org.segmentstudio.ui.compare;

import java.io.File;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ScrollPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.segmentstudio.data.AtomicFiles;
import org.segmentstudio.data.ExportException;
import org.segmentstudio.segments.model.Migration;
import org.segmentstudio.ui.Messages;
import org.segmentstudio.ui.export.SaveFolder;

/** Who moved since an earlier result: the migration view in a dialog, with Export CSV…. */
public final class CompareDialog {
    private CompareDialog() {
    }

    /**
     * Shows the dialog, not waiting.
     *
     * @param openFile the data file open (where the save dialog starts), or null
     */
    public static void show(Window owner, Migration m, String before, String now, SaveFolder folder, Path openFile,
                            Consumer<String> onSaved, BiConsumer<String, Throwable> onFailed) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(Messages.plain("compare.title"));
        d.setHeaderText(Messages.tr("compare.header", before, now));
        ScrollPane scroll = new ScrollPane(new MigrationView(m, before, now));
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(560);
        scroll.setPrefViewportWidth(720);
        d.getDialogPane().setContent(scroll);
        d.getDialogPane().getStyleClass().add("compare-dialog");
        ButtonType export = new ButtonType(Messages.plain("compare.export"), ButtonBar.ButtonData.LEFT);
        d.getDialogPane().getButtonTypes().addAll(export, ButtonType.CLOSE);
        Node exportButton = d.getDialogPane().lookupButton(export);
        exportButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // the dialog stays open
            FileChooser chooser = folder.dialog("compare.export", "migration.csv", openFile);
            File f = folder.show(chooser, d.getDialogPane().getScene().getWindow());
            if (f != null) {
                try {
                    AtomicFiles.writeText(f.toPath(), w -> w.write(m.csv()));
                    onSaved.accept(Messages.tr("compare.exported", f.getName()));
                } catch (ExportException ex) {
                    onFailed.accept(Messages.tr("error.export", f.getName()), ex);
                }
            }
        });
        d.show();
    }
}
