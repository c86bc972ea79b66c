package org.segmentstudio.ui.scatter;

import java.util.ArrayList;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.segmentstudio.engine.IterationSnapshot;
import org.segmentstudio.ui.Messages;

/**
 * The animated scatter: customers as dots coloured by segment, centroids as large markers that
 * glide from one iteration's position to the next. One {@link AnimationTimer} draws at frame
 * rate from the recorded iterations; arriving snapshots only append to the record.
 */
public final class ScatterView extends Region {
    /** How long a centroid takes to glide from one iteration to the next, at 1× speed. */
    static final double STEP_NANOS = 350e6;
    private static final int MAX_DRAWN_POINTS = 20_000;
    private static final double PAD_LEFT = 64;
    private static final double PAD_BOTTOM = 52;
    private static final double PAD_TOP = 16;
    private static final double PAD_RIGHT = 20;

    private final Canvas canvas = new Canvas();
    private final List<IterationSnapshot> frames = new ArrayList<>();
    private final ReadOnlyIntegerWrapper shownIteration = new ReadOnlyIntegerWrapper(this, "shownIteration", -1);
    private final ReadOnlyIntegerWrapper drawnSegments = new ReadOnlyIntegerWrapper(this, "drawnSegments", 0);
    private double[] xs = new double[0];
    private double[] ys = new double[0];
    private String xLabel = "";
    private String yLabel = "";
    private double xMin;
    private double xMax = 1;
    private double yMin;
    private double yMax = 1;
    private int shown = -1;
    private long stepStart;
    private double[][] glideFrom;
    private boolean dirty = true;

    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            tick(now);
        }
    };

    public ScatterView() {
        getStyleClass().add("scatter-view");
        getChildren().add(canvas);
        setMinSize(200, 160);
        timer.start();
    }

    /** Customers to draw, in the data's own units; clears any recorded run. */
    public void setPoints(double[] x, double[] y, String xName, String yName) {
        xs = x.clone();
        ys = y.clone();
        xLabel = xName;
        yLabel = yName;
        double[] xr = range(xs);
        double[] yr = range(ys);
        xMin = xr[0];
        xMax = xr[1];
        yMin = yr[0];
        yMax = yr[1];
        clearRun();
    }

    public void clearRun() {
        frames.clear();
        shown = -1;
        glideFrom = null;
        shownIteration.set(-1);
        drawnSegments.set(0);
        dirty = true;
    }

    /** Appends iterations of the run being shown; the animation reaches them at its own pace. */
    public void append(List<IterationSnapshot> snapshots) {
        frames.addAll(snapshots);
        dirty = true;
    }

    /** Replaces the shown run with {@code run}, played from its start. */
    public void replay(List<IterationSnapshot> run) {
        clearRun();
        append(run);
    }

    /** Jumps to the last recorded iteration, without gliding. */
    public void skipToEnd() {
        if (!frames.isEmpty()) {
            shown = frames.size() - 1;
            glideFrom = null;
            shownIteration.set(frames.get(shown).iteration());
            dirty = true;
        }
    }

    /** The iteration on screen, or -1 before a run. */
    public ReadOnlyIntegerProperty shownIterationProperty() {
        return shownIteration.getReadOnlyProperty();
    }

    /** How many segments the last frame drew points for. */
    public ReadOnlyIntegerProperty drawnSegmentsProperty() {
        return drawnSegments.getReadOnlyProperty();
    }

    /** Whether the animation has caught up with everything recorded. */
    public boolean isAtEnd() {
        return shown == frames.size() - 1 && glideFrom == null;
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            dirty = true;
        }
    }

    private void tick(long now) {
        double t = 1;
        if (glideFrom != null) {
            t = Math.min(1, (now - stepStart) / STEP_NANOS);
            if (t >= 1) {
                glideFrom = null;
                shownIteration.set(frames.get(shown).iteration());
            }
            dirty = true;
        } else if (shown < frames.size() - 1) {
            glideFrom = shown >= 0 ? frames.get(shown).centroids() : null;
            shown++;
            stepStart = now;
            t = 0;
            if (glideFrom == null) {
                shownIteration.set(frames.get(shown).iteration());
            }
            dirty = true;
        }
        if (dirty) {
            dirty = false;
            draw(ease(t));
        }
    }

    private static double ease(double t) {
        return t < 0.5 ? 4 * t * t * t : 1 - Math.pow(-2 * t + 2, 3) / 2;
    }

    private void draw(double t) {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        if (w < 50 || h < 50) {
            return;
        }
        drawAxes(g, w, h);
        IterationSnapshot frame = shown >= 0 ? frames.get(shown) : null;
        int[] labels = null;
        if (frame != null) {
            labels = glideFrom != null && shown > 0 ? frames.get(shown - 1).labels() : frame.labels();
        }
        drawPoints(g, labels);
        if (frame != null) {
            drawCentroids(g, frame.centroids(), t);
        } else if (xs.length > 0) {
            g.setFill(Color.gray(0.45));
            g.setFont(Font.font(14));
            g.setTextAlign(TextAlignment.CENTER);
            g.fillText(Messages.tr("scatter.empty"), PAD_LEFT + (w - PAD_LEFT - PAD_RIGHT) / 2, PAD_TOP + 24);
        }
    }

    private double sx(double x) {
        double w = canvas.getWidth() - PAD_LEFT - PAD_RIGHT;
        return PAD_LEFT + (x - xMin) / (xMax - xMin) * w;
    }

    private double sy(double y) {
        double h = canvas.getHeight() - PAD_TOP - PAD_BOTTOM;
        return PAD_TOP + h - (y - yMin) / (yMax - yMin) * h;
    }

    private void drawAxes(GraphicsContext g, double w, double h) {
        g.setFont(Font.font(11));
        g.setLineWidth(1);
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.CENTER);
        for (double v : NiceTicks.of(xMin, xMax, 8)) {
            double x = Math.round(sx(v)) + 0.5;
            g.setStroke(Color.gray(0.92));
            g.strokeLine(x, PAD_TOP, x, h - PAD_BOTTOM);
            g.setFill(Color.gray(0.4));
            g.fillText(NiceTicks.format(v), x, h - PAD_BOTTOM + 6);
        }
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (double v : NiceTicks.of(yMin, yMax, 6)) {
            double y = Math.round(sy(v)) + 0.5;
            g.setStroke(Color.gray(0.92));
            g.strokeLine(PAD_LEFT, y, w - PAD_RIGHT, y);
            g.setFill(Color.gray(0.4));
            g.fillText(NiceTicks.format(v), PAD_LEFT - 8, y);
        }
        g.setStroke(Color.gray(0.55));
        g.strokeLine(PAD_LEFT, h - PAD_BOTTOM + 0.5, w - PAD_RIGHT, h - PAD_BOTTOM + 0.5);
        g.strokeLine(PAD_LEFT - 0.5, PAD_TOP, PAD_LEFT - 0.5, h - PAD_BOTTOM);
        g.setFill(Color.gray(0.2));
        g.setFont(Font.font(null, javafx.scene.text.FontWeight.BOLD, 12));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(xLabel, PAD_LEFT + (w - PAD_LEFT - PAD_RIGHT) / 2, h - 8);
        g.save();
        g.translate(16, PAD_TOP + (h - PAD_TOP - PAD_BOTTOM) / 2);
        g.rotate(-90);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(yLabel, 0, 0);
        g.restore();
    }

    private void drawPoints(GraphicsContext g, int[] labels) {
        int n = xs.length;
        int stride = Math.max(1, n / MAX_DRAWN_POINTS);
        double r = n > 5000 ? 2 : 4;
        boolean[] seen = new boolean[64];
        int segments = 0;
        g.setLineWidth(0.6);
        for (int i = 0; i < n; i += stride) {
            double px = sx(xs[i]);
            double py = sy(ys[i]);
            if (labels == null) {
                g.setFill(Color.gray(0.55, 0.7));
            } else {
                int s = labels[i];
                g.setFill(Palette.of(s).deriveColor(0, 1, 1, 0.8));
                if (s < seen.length && !seen[s]) {
                    seen[s] = true;
                    segments++;
                }
            }
            g.fillOval(px - r, py - r, 2 * r, 2 * r);
        }
        drawnSegments.set(segments);
    }

    private void drawCentroids(GraphicsContext g, double[][] target, double t) {
        for (int c = 0; c < target.length; c++) {
            double cx = target[c][0];
            double cy = target[c].length > 1 ? target[c][1] : target[c][0];
            if (glideFrom != null && c < glideFrom.length) {
                double fx = glideFrom[c][0];
                double fy = glideFrom[c].length > 1 ? glideFrom[c][1] : glideFrom[c][0];
                cx = fx + (cx - fx) * t;
                cy = fy + (cy - fy) * t;
            }
            double px = sx(cx);
            double py = sy(cy);
            g.setFill(Palette.of(c).deriveColor(0, 1, 1, 0.18));
            g.fillOval(px - 18, py - 18, 36, 36);
            g.setFill(Palette.of(c));
            g.setStroke(Color.WHITE);
            g.setLineWidth(2.5);
            g.fillOval(px - 9, py - 9, 18, 18);
            g.strokeOval(px - 9, py - 9, 18, 18);
            g.setStroke(Color.gray(0.15));
            g.setLineWidth(1);
            g.strokeOval(px - 10.5, py - 10.5, 21, 21);
        }
    }

    private static double[] range(double[] v) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double d : v) {
            min = Math.min(min, d);
            max = Math.max(max, d);
        }
        if (v.length == 0) {
            return new double[] {0, 1};
        }
        if (!(max > min)) {
            return new double[] {min - 1, max + 1};
        }
        double pad = (max - min) * 0.05;
        return new double[] {min - pad, max + pad};
    }
}
