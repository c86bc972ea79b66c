package org.segmentstudio.ui.export;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.value.ObservableBooleanValue;
import javafx.concurrent.Task;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.segmentstudio.app.Background;
import org.segmentstudio.data.AtomicFiles;
import org.segmentstudio.data.ExportOptions;
import org.segmentstudio.segments.report.HtmlReport;
import org.segmentstudio.segments.report.ReportContent;
import org.segmentstudio.ui.Messages;

/**
 * File ▸ Export report… and Export scatter as PNG…: asks where to save, pictures the scatter on the
 * FX thread (it must be), then encodes and writes in the background. Success goes to the status
 * bar, failure to the error dialog, as the window wires them.
 */
public final class ReportExport {

    /**
     * What there is to report now.
     *
     * @param content  the report without its picture
     * @param openFile the data file, which must not be overwritten; null for the sample
     * @param baseName the name the suggested file names start with
     */
    public record Session(ReportContent content, Path openFile, String baseName) {
    }

    private final Window owner;
    private final Node scatter;
    private final Supplier<Session> session;
    private final Consumer<String> onSaved;
    private final BiConsumer<String, Throwable> onFailed;

    /** @param session what to report; null while there is no result */
    private SaveFolder saveFolder = SaveFolder.none();

    public ReportExport(Window owner, Node scatter, Supplier<Session> session, Consumer<String> onSaved,
                        BiConsumer<String, Throwable> onFailed) {
        this.owner = owner;
        this.scatter = scatter;
        this.session = session;
        this.onSaved = onSaved;
        this.onFailed = onFailed;
    }

    /** Where the save dialogs open (by default the opened file's folder). */
    public void setSaveFolder(SaveFolder folder) {
        this.saveFolder = folder;
    }

    /** The two menu items, disabled while {@code disabled} holds. */
    public List<MenuItem> menuItems(ObservableBooleanValue disabled) {
        MenuItem report = item("menu.file.exportReport", "chooser.html", "-report.html", this::report);
        MenuItem png = item("menu.file.exportPng", "chooser.png", "-scatter.png", this::png);
        report.disableProperty().bind(disabled);
        png.disableProperty().bind(disabled);
        return List.of(report, png);
    }

    private MenuItem item(String titleKey, String filterKey, String suffix, Function<Path, Task<Void>> save) {
        MenuItem item = new MenuItem(Messages.tr(titleKey));
        item.setOnAction(e -> {
            Session s = session.get();
            if (s == null) {
                return;
            }
            FileChooser chooser = saveFolder.dialog(titleKey, s.baseName() + suffix, s.openFile());
            String extension = suffix.substring(suffix.lastIndexOf('.'));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.tr(filterKey), "*" + extension));
            File f = saveFolder.show(chooser, owner);
            if (f != null) {
                String name = f.getName();
                save.apply(name.contains(".") ? f.toPath() : f.toPath().resolveSibling(name + extension));
            }
        });
        return item;
    }

    /** Writes the one-page HTML report with the scatter as it is on screen; FX thread. */
    public Task<Void> report(Path target) {
        Session s = session.get();
        if (s == null) {
            throw new IllegalStateException("there is no result to report");
        }
        BufferedImage picture = picture(scatter);
        return inBackground(s, target, () -> HtmlReport.write(s.content().withScatterPng(png(picture)), target));
    }

    /** Writes the scatter as it is on screen to a PNG; FX thread. */
    public Task<Void> png(Path target) {
        Session s = session.get();
        if (s == null) {
            throw new IllegalStateException("there is no result to picture");
        }
        BufferedImage picture = picture(scatter);
        return inBackground(s, target, () -> {
            byte[] bytes = png(picture);
            AtomicFiles.write(target, out -> out.write(bytes));
        });
    }

    @FunctionalInterface
    private interface Write {
        void run() throws IOException;
    }

    private Task<Void> inBackground(Session s, Path target, Write write) {
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() throws IOException {
                ExportOptions.defaults().withSourceFile(s.openFile()).checkTarget(target);
                write.run();
                return null;
            }
        };
        String name = String.valueOf(target.getFileName());
        task.setOnSucceeded(e -> onSaved.accept(Messages.tr("status.exported", name)));
        task.setOnFailed(e -> onFailed.accept(Messages.tr("error.export", name), task.getException()));
        Background.executor().execute(task);
        return task;
    }

    private static BufferedImage picture(Node node) {
        return SwingFXUtils.fromFXImage(node.snapshot(null, null), null);
    }

    static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
