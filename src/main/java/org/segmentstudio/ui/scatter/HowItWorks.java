package org.segmentstudio.ui.scatter;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Window;
import org.segmentstudio.segments.FeatureWords;
import org.segmentstudio.ui.Messages;

/**
 * "How does this work?": what k-means does, what K means, why several starts are tried and what the
 * elbow and silhouette say, in four sentences, with a two-frame picture drawn from the run on
 * screen — its starting centres among the grey customers, and the segments it ended with.
 */
public final class HowItWorks {
    private static final double PICTURE_W = 260;
    private static final double PICTURE_H = 170;

    private HowItWorks() {
    }

    /** The four sentences, with this run's features, K and starts where there is a run. */
    static List<String> sentences(PlaybackModel m, PointCloud cloud) {
        List<String> words = new ArrayList<>();
        if (cloud != null) {
            for (String f : cloud.features().features()) {
                String w = f.contains("=") ? FeatureWords.of(f.substring(0, f.indexOf('='))) : FeatureWords.of(f);
                if (!words.contains(w)) {
                    words.add(w);
                }
            }
        }
        boolean run = m.frameCountProperty().get() > 0;
        int k = run ? m.frame(0).k() : 5;
        return List.of(
                words.isEmpty() ? Messages.tr("howItWorks.what") : Messages.tr("howItWorks.whatOf", String.join(", ", words)),
                Messages.tr("howItWorks.k", k),
                Messages.tr("howItWorks.starts", Math.max(1, m.startsProperty().get())),
                Messages.tr("howItWorks.chooseK"));
    }

    /** The help dialog, owned by {@code owner}; shown with {@code show()}. */
    public static Dialog<ButtonType> dialog(Window owner, ScatterPane pane) {
        PlaybackModel m = pane.playback();
        PointCloud cloud = pane.view().cloud();
        VBox text = new VBox(8);
        for (String s : sentences(m, cloud)) {
            Label l = new Label(s);
            l.setWrapText(true);
            l.setMaxWidth(2 * PICTURE_W + 24);
            text.getChildren().add(l);
        }
        VBox content = new VBox(14, text);
        if (cloud != null && m.frameCountProperty().get() > 0) {
            int last = m.frameCountProperty().get() - 1;
            content.getChildren().add(new HBox(24,
                    framed(picture(cloud, m.frame(0).centroids(), null, pane.view().colors()), Messages.tr("howItWorks.before")),
                    framed(picture(cloud, m.frame(last).centroids(), m.labelsAt(last), pane.view().colors()),
                            Messages.tr("howItWorks.after", m.lastIteration()))));
        }
        content.setPadding(new Insets(4, 14, 4, 14));
        Dialog<ButtonType> d = new Dialog<>();
        if (owner != null) {
            d.initOwner(owner);
        }
        d.setTitle(Messages.tr("howItWorks.title"));
        d.setHeaderText(Messages.tr("howItWorks.header"));
        d.getDialogPane().setContent(content);
        d.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        d.getDialogPane().getStyleClass().add("how-it-works-dialog");
        return d;
    }

    private static VBox framed(Canvas c, String caption) {
        Label l = new Label(caption);
        l.setWrapText(true);
        l.setMaxWidth(PICTURE_W);
        l.getStyleClass().add("how-it-works-caption");
        return new VBox(4, c, l);
    }

    /**
     * The customers (grey without {@code labels}, else in their segments' colours) and the centres.
     *
     * @param centroids in the data's own units
     */
    static Canvas picture(PointCloud cloud, double[][] centroids, byte[] labels, PlotColors colors) {
        Canvas canvas = new Canvas(PICTURE_W, PICTURE_H);
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(colors.background());
        g.fillRect(0, 0, PICTURE_W, PICTURE_H);
        g.setStroke(colors.grid());
        g.strokeRect(0.5, 0.5, PICTURE_W - 1, PICTURE_H - 1);
        double[] b = cloud.bounds();
        double pad = 10;
        double sx = (PICTURE_W - 2 * pad) / Math.max(1e-12, b[1] - b[0]);
        double sy = (PICTURE_H - 2 * pad) / Math.max(1e-12, b[3] - b[2]);
        double[] xs = cloud.xs();
        double[] ys = cloud.ys();
        int step = Math.max(1, xs.length / 4_000);
        for (int i = 0; i < xs.length; i += step) {
            int s = labels == null ? -1 : ScatterFrame.segment(labels[i]);
            g.setFill(s < 0 ? Color.gray(0.6, 0.7) : Palette.of(s).deriveColor(0, 1, 1, 0.8));
            g.fillOval(pad + (xs[i] - b[0]) * sx - 2, PICTURE_H - pad - (ys[i] - b[2]) * sy - 2, 4, 4);
        }
        Projection p = cloud.projection();
        for (int c = 0; c < centroids.length; c++) {
            double x = pad + (p.x(centroids[c]) - b[0]) * sx;
            double y = PICTURE_H - pad - (p.y(centroids[c]) - b[2]) * sy;
            g.setStroke(Color.WHITE);
            g.setLineWidth(3);
            Palette.marker(c).stroke(g, x, y, 7);
            g.setFill(Palette.of(c));
            Palette.marker(c).fill(g, x, y, 7);
            g.setStroke(Color.gray(0.1));
            g.setLineWidth(1);
            Palette.marker(c).stroke(g, x, y, 7);
        }
        return canvas;
    }
}
