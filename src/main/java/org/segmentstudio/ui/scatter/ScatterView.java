package org.segmentstudio.ui.scatter;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import javafx.animation.AnimationTimer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.segmentstudio.engine.Scaling;
import org.segmentstudio.ui.Messages;

/**
 * The animated scatter: customers as markers coloured and shaped by segment, centroids as large
 * haloed markers that glide from one iteration to the next and leave a trail. One
 * {@link AnimationTimer} advances the {@link PlaybackModel} and redraws when something changed;
 * arriving frames only append to the record. Many points are splatted into one image; regions
 * are shaded from a raster computed in the background.
 */
public final class ScatterView extends Region {
    /** Up to this many points are drawn as canvas shapes; more are splatted into an image. */
    static final int VECTOR_LIMIT = 3_000;
    /** How long points that just changed segment stay highlighted. */
    static final long HIGHLIGHT_NANOS = 1_200_000_000L;
    private static final int MAX_RINGS = 2_000;
    /** Rings redrawn every frame cost the renderer; with many points a few hundred tell the story. */
    private static final int MAX_FADING_RINGS = 500;
    private static final double PAD_LEFT = 64;
    private static final double PAD_BOTTOM = 48;
    private static final double PAD_TOP = 14;
    private static final double PAD_RIGHT = 16;

    private static final StyleablePropertyFactory<ScatterView> CSS =
            new StyleablePropertyFactory<>(Region.getClassCssMetaData());

    /** The theme's background and text colours, set by the stylesheet (-ss-plot-background, -ss-plot-text). */
    private final StyleableProperty<Color> plotBackground = CSS.createStyleableColorProperty(this, "plotBackground",
            "-ss-plot-background", v -> v.plotBackground, Color.WHITE);
    private final StyleableProperty<Color> plotText = CSS.createStyleableColorProperty(this, "plotText",
            "-ss-plot-text", v -> v.plotText, Color.gray(0.15));
    private PlotColors colors = PlotColors.LIGHT;

    private final Canvas canvas = new Canvas();
    /** Redrawn every frame: centroids, trails, fading rings, legend. The base canvas only on change. */
    private final Canvas overlay = new Canvas();
    private final Label tooltip = new Label();
    private final PlaybackModel model;
    private final Viewport view = new Viewport();
    private final ReadOnlyIntegerWrapper drawnSegments = new ReadOnlyIntegerWrapper(this, "drawnSegments", 0);
    private final ReadOnlyIntegerWrapper hovered = new ReadOnlyIntegerWrapper(this, "hovered", -1);
    private final BooleanProperty regionsShown = new SimpleBooleanProperty(this, "regionsShown", false);
    private final SeedPlacement seeds = new SeedPlacement();
    private final RegionLayer regionLayer = new RegionLayer(this::invalidate);

    private PointCloud cloud;
    private Scaling scaling = Scaling.NONE;
    private List<String> names = List.of();
    private int[] selected = new int[0];
    private IntFunction<String> rowDescriber = row -> Messages.tr("scatter.row", row + 1);
    private IntConsumer onPointClicked = row -> { };

    private final PointLayer pointLayer = new PointLayer(this::invalidate);
    private String baseKey = "";
    private String legendKey = "";
    private List<String> legend = List.of();
    private double legendWidth;
    private String cornerKey = "";
    private LegendPainter.Corner legendCorner = LegendPainter.Corner.TOP_RIGHT;
    private long selectedVersion;
    private long seenRevision = -1;
    private long seenViewRevision = -1;
    private long seenAssignments = -1;
    private long arrivedAt = Long.MIN_VALUE;
    private boolean highlighting;
    private boolean dirty = true;
    private final FramePacing pacing = new FramePacing();
    private long frames;
    private long drawNanos;
    private long slowestDraw;

    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            tick(now);
        }
    };

    public ScatterView(PlaybackModel model) {
        this.model = model;
        getStyleClass().add("scatter-view");
        tooltip.getStyleClass().add("scatter-tooltip");
        tooltip.setManaged(false);
        tooltip.setVisible(false);
        tooltip.setMouseTransparent(true);
        overlay.setMouseTransparent(true);
        getChildren().addAll(canvas, overlay, tooltip);
        setMinSize(200, 160);
        setFocusTraversable(true);
        regionsShown.addListener(o -> invalidate());
        javafx.beans.InvalidationListener recolour = o -> {
            colors = PlotColors.of(plotBackground.getValue(), plotText.getValue());
            baseKey = "";
            invalidate();
        };
        ((javafx.beans.Observable) plotBackground).addListener(recolour);
        ((javafx.beans.Observable) plotText).addListener(recolour);
        seeds.placingProperty().addListener(o -> invalidate());
        wireMouse();
        timer.start();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return CSS.getCssMetaData();
    }

    /** The plot's colours now, which follow the theme. */
    PlotColors colors() {
        return colors;
    }

    /** The customers to draw; clears the record of any run. */
    public void setCloud(PointCloud points) {
        cloud = points;
        view.setHome(points.bounds());
        selected = new int[0];
        selectedVersion++;
        hovered.set(-1);
        tooltip.setVisible(false);
        pointLayer.clear();
        regionLayer.clear();
        invalidate();
    }

    /** The same customers under another projection; the run stays, the view is reset. */
    public void reproject(PointCloud points) {
        cloud = points;
        view.setHome(points.bounds());
        pointLayer.clear();
        regionLayer.clear();
        invalidate();
    }

    public PointCloud cloud() {
        return cloud;
    }

    /** Scaling the clustering uses, so the shaded regions follow its distances. */
    public void setScaling(Scaling s) {
        scaling = s;
        invalidate();
    }

    /** Names of the segments, in segment order; missing names read "Segment N". */
    public void setSegmentNames(List<String> segmentNames) {
        names = List.copyOf(segmentNames);
        invalidate();
    }

    /** What the tooltip says about a customer, given the dataset row. */
    public void setRowDescriber(IntFunction<String> describer) {
        rowDescriber = describer;
    }

    /** Told the dataset row of a point the user clicked. */
    public void setOnPointClicked(IntConsumer handler) {
        onPointClicked = handler;
    }

    /** Rings the points of these dataset rows (a selection made elsewhere); empty for none. */
    public void highlightRows(int[] datasetRows) {
        if (cloud == null) {
            return;
        }
        int[] points = new int[Math.min(datasetRows.length, MAX_RINGS)];
        int n = 0;
        for (int i = 0; i < datasetRows.length && n < points.length; i++) {
            int p = cloud.pointOfDatasetRow(datasetRows[i]);
            if (p >= 0) {
                points[n++] = p;
            }
        }
        selected = java.util.Arrays.copyOf(points, n);
        selectedVersion++;
        invalidate();
    }

    /** Shown points ringed as selected. */
    public int[] highlightedPoints() {
        return selected.clone();
    }

    /** How many initial centroids a click-to-place session collects. */
    public void setSeedTarget(int k) {
        seeds.setTarget(k);
        invalidate();
    }

    public int seedTarget() {
        return seeds.target();
    }

    public void clearSeeds() {
        seeds.clear();
        invalidate();
    }

    /** Places an initial centroid at plane coordinates (x, y); ignored once K are placed. */
    public void addSeed(double x, double y) {
        if (cloud != null && seeds.add(cloud.projection(), x, y)) {
            invalidate();
        }
    }

    /** The placed initial centroids in the data's units when all K are placed, else null. */
    public double[][] placedSeeds() {
        return seeds.placed();
    }

    public ReadOnlyIntegerProperty seedCountProperty() {
        return seeds.countProperty();
    }

    /** Whether a click places an initial centroid instead of picking a customer. */
    public BooleanProperty placingSeedsProperty() {
        return seeds.placingProperty();
    }

    public BooleanProperty regionsShownProperty() {
        return regionsShown;
    }

    public Viewport viewport() {
        return view;
    }

    public void resetView() {
        view.reset();
        invalidate();
    }

    /** How many segments the last frame drew points for. */
    public ReadOnlyIntegerProperty drawnSegmentsProperty() {
        return drawnSegments.getReadOnlyProperty();
    }

    /** The shown point under the mouse, or -1. */
    public ReadOnlyIntegerProperty hoveredProperty() {
        return hovered.getReadOnlyProperty();
    }

    /** The corner the legend is drawn in now. */
    public String legendCorner() {
        return legendCorner.name();
    }

    /** The legend's lines as drawn now (a segment's name and size each); empty before a run. */
    public List<String> legendLines() {
        return model.currentFrame() == null ? List.of() : legend;
    }

    /** Frames drawn so far. */
    public long framesDrawn() {
        return frames;
    }

    /** Time spent drawing on the FX thread so far, in nanoseconds. */
    public long drawNanos() {
        return drawNanos;
    }

    /** The longest single frame's drawing since the last reset, in nanoseconds; resets it. */
    public long takeSlowestDraw() {
        long s = slowestDraw;
        slowestDraw = 0;
        return s;
    }

    /** Whether the points on screen are drawn for the current frame and view. */
    public boolean isPointsReady() {
        return cloud != null && !dirty && (cloud.size() <= VECTOR_LIMIT || pointLayer.isReady());
    }

    /** Whether the current frame's regions have been shaded (when shading is on). */
    public boolean isShadingReady() {
        return !dirty && regionLayer.isReadyFor(regionKey());
    }

    private void invalidate() {
        dirty = true;
    }

    @Override
    protected void layoutChildren() {
        if (Canvases.fit(snapSizeX(getWidth()), snapSizeY(getHeight()), canvas, overlay)) {
            dirty = true;
        }
        tooltip.autosize();
    }

    private void tick(long now) {
        model.tick(now);
        boolean gliding = model.isGliding();
        int position = model.positionProperty().get();
        if (model.assignments() != seenAssignments) {
            arrivedAt = now; // customers were just (re)assigned: ring those that changed
            seenAssignments = model.assignments();
        }
        // The customers an assignment moved stay ringed while it is on screen, as the caption counts them.
        boolean highlight = !gliding && position > 0 && model.phaseProperty().get() == PlaybackModel.Phase.ASSIGNED;
        if (model.revision() != seenRevision || view.revision() != seenViewRevision || highlight || highlighting) {
            dirty = true;
        }
        highlighting = highlight;
        seenRevision = model.revision();
        seenViewRevision = view.revision();
        // Paced while a run on many customers is in progress; playback and small data draw every pulse.
        boolean busy = model.liveProperty().get() && cloud != null && cloud.size() > VECTOR_LIMIT;
        if (dirty && pacing.mayDraw(now, busy)) {
            dirty = false;
            pacing.drew(now);
            long t0 = System.nanoTime();
            draw(now);
            long spent = System.nanoTime() - t0;
            drawNanos += spent;
            slowestDraw = Math.max(slowestDraw, spent);
            frames++;
        }
    }

    private void draw(long now) {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        GraphicsContext top = overlay.getGraphicsContext2D();
        top.clearRect(0, 0, w, h);
        if (w < 120 || h < 100 || cloud == null) {
            GraphicsContext g = canvas.getGraphicsContext2D();
            g.setFill(colors.background());
            g.fillRect(0, 0, w, h);
            baseKey = "";
            return;
        }
        view.setArea(PAD_LEFT, PAD_TOP, w - PAD_LEFT - PAD_RIGHT, h - PAD_TOP - PAD_BOTTOM);
        ScatterFrame frame = model.currentFrame();
        int labelsIndex = frame == null ? -1 : model.labelsIndex();
        byte[] labels = labelsIndex < 0 ? null : model.labelsAt(labelsIndex);
        String key = w + "x" + h + "/" + System.identityHashCode(cloud) + "/" + model.revisionOfRun() + "/"
                + labelsIndex + "/" + (frame == null ? -1 : model.positionProperty().get()) + "/" + view.revision()
                + "/" + regionsShown.get() + "/" + System.identityHashCode(regionLayer.current()) + "/" + selectedVersion + "/"
                + scaling + "/" + pointLayer.generation();
        if (!key.equals(baseKey)) {
            baseKey = key;
            drawBase(frame, labels, labelsIndex);
        }
        top.save();
        top.beginPath();
        top.rect(view.left(), view.top(), view.width(), view.height());
        top.clip();
        if (highlighting && frame != null) {
            // Bright as they are recoloured, then calmer, but still there while the caption counts them.
            double fade = Math.max(0.55, 1 - (now - arrivedAt) / (double) HIGHLIGHT_NANOS);
            int[] changed = frame.changedPoints();
            if (changed.length > MAX_FADING_RINGS) {
                int[] every = new int[MAX_FADING_RINGS];
                for (int i = 0; i < every.length; i++) {
                    every[i] = changed[(int) ((long) i * changed.length / every.length)];
                }
                changed = every;
            }
            drawRings(top, changed, colors.changedRing().deriveColor(0, 1, 1, 0.85 * Math.max(0, fade)), 1.6);
        }
        if (frame != null) {
            CentroidPainter.paint(top, view, cloud.projection(), model);
        }
        drawSeeds(top);
        top.restore();
        if (frame != null) {
            String legendKey = labelsIndex + "/" + model.revisionOfRun() + "/" + names + "/" + frame.k() + "/"
                    + model.phaseProperty().get();
            if (!legendKey.equals(this.legendKey)) {
                this.legendKey = legendKey;
                legend = legendLines(labels, frame.k());
                legendWidth = LegendPainter.textWidth(legend);
            }
            String cornerKey = w + "x" + h + "/" + view.revision() + "/" + System.identityHashCode(cloud) + "/"
                    + legend.size() + "/" + legendWidth;
            if (!cornerKey.equals(this.cornerKey)) {
                this.cornerKey = cornerKey;
                legendCorner = LegendPainter.quietestCorner(view, cloud.xs(), cloud.ys(), legendWidth, legend.size());
            }
            LegendPainter.paint(top, view, legend, legendWidth, colors, legendCorner);
        } else {
            drawHint(top, seeds.placingProperty().get() ? Messages.tr("scatter.placeHint", seeds.countProperty().get(), seeds.target())
                    : Messages.tr("scatter.empty"));
        }
    }

    /** What changes only with the segments shown or the view: grid, regions, points, selection, axes. */
    private void drawBase(ScatterFrame frame, byte[] labels, int labelsIndex) {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(colors.background());
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        AxesPainter.grid(g, view, colors);
        g.save();
        g.beginPath();
        g.rect(view.left(), view.top(), view.width(), view.height());
        g.clip();
        if (regionsShown.get() && frame != null) {
            regionLayer.draw(g, view, regionKey(), frame, cloud.projection(), scaling, cloud.sampleMatrix());
        }
        drawPoints(g, labels, labelsIndex);
        drawRings(g, selected, Color.rgb(200, 0, 60), 2.2);
        g.restore();
        AxesPainter.labels(g, view, cloud.projection().xLabel(), cloud.projection().yLabel(), canvas.getHeight(), colors);
    }

    private static final Font HINT_FONT = Font.font(null, FontWeight.NORMAL, 14);
    private String hintText;
    private double hintWidth;

    private void drawHint(GraphicsContext g, String text) {
        Font font = HINT_FONT;
        if (!text.equals(hintText)) {
            javafx.scene.text.Text probe = new javafx.scene.text.Text(text);
            probe.setFont(font);
            hintText = text;
            hintWidth = probe.getLayoutBounds().getWidth() + 24;
        }
        double w = hintWidth;
        double cx = view.left() + view.width() / 2;
        // On a pill in the legend's colours, so the hint stays readable over the customers.
        g.setFill(colors.legendBackground());
        g.fillRoundRect(cx - w / 2, view.top() + 6, w, 28, 14, 14);
        g.setStroke(colors.legendBorder());
        g.setLineWidth(1);
        g.strokeRoundRect(cx - w / 2 + 0.5, view.top() + 6.5, w - 1, 27, 14, 14);
        g.setFill(colors.hint());
        g.setFont(font);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        g.fillText(text, cx, view.top() + 12);
    }

    private void drawPoints(GraphicsContext g, byte[] labels, int labelsIndex) {
        int n = cloud.size();
        double[] xs = cloud.xs();
        double[] ys = cloud.ys();
        boolean[] seen = new boolean[256];
        if (labels != null) {
            for (byte b : labels) {
                seen[ScatterFrame.segment(b)] = true;
            }
        }
        int segments = 0;
        for (boolean s : seen) {
            segments += s ? 1 : 0;
        }
        drawnSegments.set(segments);
        if (n <= VECTOR_LIMIT) {
            double r = n > 1000 ? 3.2 : 4.6;
            for (int i = 0; i < n; i++) {
                int s = labels == null ? -1 : ScatterFrame.segment(labels[i]);
                g.setFill(s < 0 ? Color.gray(0.55, 0.75) : Palette.of(s).deriveColor(0, 1, 1, 0.85));
                (s < 0 ? Marker.CIRCLE : Palette.marker(s)).fill(g, view.screenX(xs[i]), view.screenY(ys[i]), r);
            }
            return;
        }
        String key = System.identityHashCode(cloud) + "/" + labelsIndex + "/" + model.revisionOfRun() + "/"
                + view.revision();
        pointLayer.draw(g, view, key, xs, ys, labels, n > 30_000 ? 2 : 3);
    }

    private void drawRings(GraphicsContext g, int[] points, Color color, double width) {
        if (points.length == 0 || color.getOpacity() <= 0.01) {
            return;
        }
        g.setStroke(color);
        g.setLineWidth(width);
        double r = cloud.size() > VECTOR_LIMIT ? 4 : 7;
        int limit = Math.min(points.length, MAX_RINGS);
        for (int c = 0; c < limit; c++) {
            int i = points[c];
            g.strokeOval(view.screenX(cloud.x(i)) - r, view.screenY(cloud.y(i)) - r, 2 * r, 2 * r);
        }
    }

    private void drawSeeds(GraphicsContext g) {
        if (seeds.countProperty().get() > 0 && (model.currentFrame() == null || seeds.placingProperty().get())) {
            seeds.draw(g, view, cloud.projection());
        }
    }

    private List<String> legendLines(byte[] labels, int k) {
        long[] count = new long[k];
        if (labels != null) {
            for (byte b : labels) {
                int s = ScatterFrame.segment(b);
                if (s < k) {
                    count[s]++;
                }
            }
        }
        double scale = cloud.isSampled() ? (double) cloud.totalPoints() / cloud.size() : 1;
        List<String> lines = new ArrayList<>(k);
        for (int s = 0; s < k; s++) {
            String name = s < names.size() ? names.get(s) : Messages.tr("scatter.segment", s + 1);
            long size = Math.round(count[s] * scale);
            // Before the first assignment no customer has a segment: the legend names the centres only.
            lines.add(labels == null ? name
                    : Messages.tr(cloud.isSampled() ? "scatter.legend.about" : "scatter.legend", name, size));
        }
        return lines;
    }

    private String regionKey() {
        return model.positionProperty().get() + "/" + model.revisionOfRun() + "/" + view.revision() + "/"
                + System.identityHashCode(cloud) + "/" + scaling;
    }

    private void wireMouse() {
        PanZoom panZoom = new PanZoom(this, view, () -> tooltip.setVisible(false));
        setOnMousePressed(e -> requestFocus());
        setOnMouseClicked(e -> {
            if (panZoom.wasDragged() || e.getButton() != MouseButton.PRIMARY || !view.contains(e.getX(), e.getY())) {
                return;
            }
            if (e.getClickCount() == 2 && !seeds.placingProperty().get()) {
                resetView();
            } else if (seeds.placingProperty().get()) {
                addSeed(view.dataX(e.getX()), view.dataY(e.getY()));
            } else {
                int p = nearestPoint(e.getX(), e.getY());
                if (p >= 0) {
                    onPointClicked.accept(cloud.datasetRow(p));
                }
            }
        });
        setOnMouseMoved(e -> hover(e.getX(), e.getY()));
        setOnMouseExited(e -> {
            hovered.set(-1);
            tooltip.setVisible(false);
        });
    }

    private void hover(double x, double y) {
        int p = cloud == null || seeds.placingProperty().get() ? -1 : nearestPoint(x, y);
        hovered.set(p);
        if (p < 0) {
            tooltip.setVisible(false);
            return;
        }
        tooltip.setText(rowDescriber.apply(cloud.datasetRow(p)));
        tooltip.autosize();
        double tx = x + 14;
        double ty = y + 14;
        if (tx + tooltip.getWidth() > getWidth()) {
            tx = x - 14 - tooltip.getWidth();
        }
        if (ty + tooltip.getHeight() > getHeight()) {
            ty = y - 14 - tooltip.getHeight();
        }
        tooltip.relocate(Math.max(0, tx), Math.max(0, ty));
        tooltip.setVisible(true);
    }

    /** The shown point nearest pixel (x, y) within a few pixels, or -1. */
    int nearestPoint(double x, double y) {
        return cloud == null || !view.contains(x, y) ? -1 : cloud.nearest(view, x, y, 8);
    }
}
