package org.segmentstudio.ui.profiles;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import javafx.concurrent.Task;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javax.imageio.ImageIO;
import org.segmentstudio.segments.report.AtomicFiles;
import org.segmentstudio.segments.report.HtmlReport;
import org.segmentstudio.segments.report.ReportContent;

/**
 * The report and picture exports. The picture is taken on the FX thread (it must be); encoding and
 * writing happen in the returned task, which the caller runs in the background.
 */
public final class ReportExport {
    private ReportExport() {
    }

    /** FX thread: pictures {@code scatter} now; the task writes the report with it embedded. */
    public static Task<Void> report(Node scatter, ReportContent content, Path target) {
        BufferedImage picture = picture(scatter);
        return new Task<>() {
            @Override
            protected Void call() throws IOException {
                HtmlReport.write(content.withScatterPng(png(picture)), target);
                return null;
            }
        };
    }

    /** FX thread: pictures {@code node} now; the task writes it as a PNG. */
    public static Task<Void> png(Node node, Path target) {
        BufferedImage picture = picture(node);
        return new Task<>() {
            @Override
            protected Void call() throws IOException {
                AtomicFiles.write(target, png(picture));
                return null;
            }
        };
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
