package org.segmentstudio.ui.choosek;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.segmentstudio.ui.Messages;
import org.segmentstudio.ui.scatter.Palette;

/**
 * The silhouette plot of the current result: every customer's silhouette width as a thin horizontal
 * bar, sorted within each segment, segments stacked in their colours. Wide bars mean customers that
 * sit well inside their segment; bars left of zero mean customers closer to another segment.
 */
public final class SilhouettePlot extends Region {
    private static final double LEFT = 36;
    private static final double RIGHT = 12;
    private static final double TOP = 24;
    private static final double BOTTOM = 28;
    private static final javafx.css.StyleablePropertyFactory<SilhouettePlot> CSS =
            new javafx.css.StyleablePropertyFactory<>(Region.getClassCssMetaData());
    /** The theme's background and text colours, from the stylesheet, as the scatter takes them. */
    private final javafx.css.StyleableProperty<Color> background = CSS.createStyleableColorProperty(this,
            "plotBackground", "-ss-plot-background", p -> p.background, Color.WHITE);
    private final javafx.css.StyleableProperty<Color> text = CSS.createStyleableColorProperty(this,
            "plotText", "-ss-plot-text", p -> p.text, Color.gray(0.2));
    private final Canvas canvas = new Canvas();
    private double[][] bySegment = new double[0][];
    private double mean = Double.NaN;
    /** Left end of the axis: -0.25, or lower when some customer's width is lower. */
    private double lo = -0.25;

    public SilhouettePlot() {
        getStyleClass().add("silhouette-plot");
        getChildren().add(canvas);
        setMinSize(160, 120);
        ((javafx.beans.Observable) background).addListener(o -> draw());
        ((javafx.beans.Observable) text).addListener(o -> draw());
    }

    @Override
    public java.util.List<javafx.css.CssMetaData<? extends javafx.css.Styleable, ?>> getCssMetaData() {
        return CSS.getCssMetaData();
    }

    /** The background the plot is painted on now, which follows the theme. */
    public Color plotBackground() {
        return background.getValue();
    }

    /** @param widths silhouette width per customer, in [-1, 1]; @param labels 0-based segment per customer */
    public void show(double[] widths, int[] labels, int k) {
        List<List<Double>> groups = new ArrayList<>();
        for (int s = 0; s < k; s++) {
            groups.add(new ArrayList<>());
        }
        double sum = 0;
        for (int i = 0; i < widths.length; i++) {
            groups.get(labels[i]).add(widths[i]);
            sum += widths[i];
        }
        bySegment = new double[k][];
        for (int s = 0; s < k; s++) {
            double[] v = groups.get(s).stream().mapToDouble(Double::doubleValue).toArray();
            Arrays.sort(v);
            bySegment[s] = v;
        }
        mean = widths.length == 0 ? Double.NaN : sum / widths.length;
        lo = Math.min(-0.25, Math.floor(Arrays.stream(widths).min().orElse(0) * 4) / 4);
        draw();
    }

    public void clear() {
        bySegment = new double[0][];
        mean = Double.NaN;
        lo = -0.25;
        draw();
    }

    /** The mean silhouette shown, NaN when empty. */
    public double mean() {
        return mean;
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            draw();
        }
    }

    private double sx(double v, double w) {
        return LEFT + (v - lo) / (1 - lo) * (w - LEFT - RIGHT);
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        Color bg = background.getValue();
        Color fg = text.getValue();
        g.setFill(bg);
        g.fillRect(0, 0, w, h);
        g.setFont(Font.font(12));
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);
        g.setFill(fg);
        g.fillText(Double.isNaN(mean) ? Messages.tr("choosek.silhouette.title")
                : Messages.tr("choosek.silhouette.titleMean", String.format(java.util.Locale.ROOT, "%.2f", mean)), LEFT, 4);
        int n = Arrays.stream(bySegment).mapToInt(a -> a.length).sum();
        if (n == 0 || w < 60 || h < 60) {
            return;
        }
        double gap = 4;
        double plotH = h - TOP - BOTTOM - gap * (bySegment.length - 1);
        double rowH = plotH / n;
        double y = TOP;
        double zero = sx(0, w);
        for (int s = 0; s < bySegment.length; s++) {
            g.setFill(Palette.of(s));
            double[] v = bySegment[s];
            for (int i = v.length - 1; i >= 0; i--) {
                double x = sx(v[i], w);
                g.fillRect(Math.min(x, zero), y, Math.max(0.5, Math.abs(x - zero)), Math.max(rowH, 0.5));
                y += rowH;
            }
            y += gap;
        }
        g.setStroke(bg.interpolate(fg, 0.7));
        g.setLineWidth(1);
        g.strokeLine(Math.round(zero) + 0.5, TOP, Math.round(zero) + 0.5, h - BOTTOM);
        g.setTextAlign(TextAlignment.CENTER);
        g.setFill(bg.interpolate(fg, 0.6));
        g.setFont(Font.font(11));
        for (double t : new double[] {-1, -0.5, 0, 0.5, 1}) {
            if (t < lo) {
                continue;
            }
            g.fillText(t == 0 ? "0" : Double.toString(t), sx(t, w), h - BOTTOM + 4);
        }
        if (!Double.isNaN(mean)) {
            g.setStroke(Color.web("#D55E00"));
            g.setLineDashes(4, 3);
            g.strokeLine(sx(mean, w), TOP, sx(mean, w), h - BOTTOM);
            g.setLineDashes();
        }
    }
}
