package org.segmentstudio.ui.scatter;

import java.util.List;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.FlowPane;
import org.segmentstudio.app.RunView;
import org.segmentstudio.engine.IterationSnapshot;
import org.segmentstudio.engine.KMeansParams;
import org.segmentstudio.engine.KMeansResult;
import org.segmentstudio.engine.Scaling;
import org.segmentstudio.segments.FeatureMatrix;
import org.segmentstudio.ui.Messages;

/**
 * The scatter with its controls: which axes to show (two features or the principal components),
 * region shading, reset view and click-to-place starting centroids above; the canvas; the
 * playback bar and inertia sparkline below. Space plays or pauses, the arrow keys step.
 */
public final class ScatterPane extends BorderPane implements RunView<PointCloud, ScatterFrame> {
    private final PlaybackModel playback = new PlaybackModel();
    private final ScatterView view = new ScatterView(playback);
    private final PlaybackBar bar = new PlaybackBar(playback);
    private final ComboBox<String> xAxis = new ComboBox<>();
    private final ComboBox<String> yAxis = new ComboBox<>();
    private final CheckBox pca = new CheckBox(Messages.tr("scatter.pca"));
    private final HBox axisChoice;
    private final FlowPane tools;
    private final HBox captionRow = new HBox(8);
    private final Label seedNote = new Label();
    private final Label caption = new Label();
    private final javafx.scene.control.Hyperlink howItWorks = new javafx.scene.control.Hyperlink(Messages.tr("caption.howItWorks"));
    private Captions.Start start = Captions.Start.KMEANS_PLUS_PLUS;
    /** Each feature's range over the drawn customers, for the caption to tell which moved most. */
    private double[] spread = new double[0];
    private PointCloud spreadOf;
    private List<String> features = List.of();
    private long runId;
    private boolean choosing;

    /** The divider above the table stops here: two rows of tools, a plot with its axes, the caption and the player (at 280 the caption lay over the axis title). */
    static final double MIN_HEIGHT = 340;

    public ScatterPane() {
        getStyleClass().add("scatter-pane");
        // Dragged all the way up, the divider squeezed the tools, the plot and the player into each
        // other and the tools were drawn over the menu bar: the pane keeps a height that holds them,
        // and what does not fit is cut at its edge, never painted outside it.
        setMinHeight(MIN_HEIGHT);
        javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        xAxis.getStyleClass().add("x-axis-choice");
        yAxis.getStyleClass().add("y-axis-choice");
        pca.getStyleClass().add("pca-choice");
        xAxis.setPrefWidth(170);
        yAxis.setPrefWidth(170);
        xAxis.setOnAction(e -> reproject());
        yAxis.setOnAction(e -> reproject());
        pca.setOnAction(e -> reproject());
        xAxis.disableProperty().bind(pca.selectedProperty());
        yAxis.disableProperty().bind(pca.selectedProperty());
        axisChoice = new HBox(6, new Label(Messages.tr("scatter.x")), xAxis, new Label(Messages.tr("scatter.y")), yAxis,
                pca);
        axisChoice.setAlignment(Pos.CENTER_LEFT);
        CheckBox regions = new CheckBox(Messages.tr("scatter.regions"));
        regions.getStyleClass().add("regions-choice");
        regions.selectedProperty().bindBidirectional(view.regionsShownProperty());
        Button reset = new Button(Messages.tr("scatter.resetView"));
        reset.getStyleClass().addAll("flat", "reset-view-button");
        reset.setOnAction(e -> view.resetView());
        ToggleButton place = new ToggleButton(Messages.tr("scatter.place"));
        place.getStyleClass().add("place-seeds-button");
        place.selectedProperty().bindBidirectional(view.placingSeedsProperty());
        Button clear = new Button(Messages.tr("scatter.clearSeeds"));
        clear.getStyleClass().addAll("flat", "clear-seeds-button");
        clear.setOnAction(e -> view.clearSeeds());
        clear.disableProperty().bind(view.seedCountProperty().isEqualTo(0));
        seedNote.getStyleClass().add("seed-note");
        view.seedCountProperty().addListener(o -> updateSeedNote());
        view.placingSeedsProperty().addListener(o -> updateSeedNote());
        HBox seeding = new HBox(6, place, clear, seedNote);
        seeding.setAlignment(Pos.CENTER_LEFT);
        // The axis choice joins the tools when a choice of more than two features first needs it: two
        // combo boxes are 67 nodes for the first frame to style and skin (about a seventh of the window).
        tools = new FlowPane(14, 4, regions, reset, seeding);
        tools.setAlignment(Pos.CENTER_LEFT);
        tools.getStyleClass().add("scatter-tools");
        setTop(tools);
        setCenter(view);
        caption.getStyleClass().add("scatter-caption");
        caption.setMaxWidth(Double.MAX_VALUE);
        caption.setMinWidth(0);
        caption.setWrapText(true); // three features' moves take two lines at 1280 wide, never an ellipsis
        caption.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        howItWorks.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox.setHgrow(caption, javafx.scene.layout.Priority.ALWAYS);
        howItWorks.getStyleClass().add("how-it-works-link");
        howItWorks.setFocusTraversable(false);
        howItWorks.setOnAction(e -> showHowItWorks());
        captionRow.getChildren().addAll(caption, howItWorks);
        captionRow.setAlignment(Pos.CENTER_LEFT);
        captionRow.getStyleClass().add("caption-row");
        // A step's sentence may take two lines where the one before took one, and the plot above
        // jumped at each step: the row keeps the most height it has needed since the features or
        // the width changed.
        captionRow.heightProperty().addListener((o, was, now) -> {
            if (now.doubleValue() > captionRow.getMinHeight()) {
                captionRow.setMinHeight(now.doubleValue());
            }
        });
        captionRow.widthProperty().addListener(o -> captionRow.setMinHeight(javafx.scene.layout.Region.USE_COMPUTED_SIZE));
        setBottom(new javafx.scene.layout.VBox(captionRow, bar));
        javafx.beans.InvalidationListener recaption = o -> updateCaption();
        playback.positionProperty().addListener(recaption);
        playback.phaseProperty().addListener(recaption);
        playback.liveProperty().addListener(recaption);
        playback.shownStartProperty().addListener(recaption);
        playback.frameCountProperty().addListener(recaption);
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
    }

    private void onKey(KeyEvent e) {
        // Buttons, boxes and text fields keep their own keys (Space presses a focused button).
        if (e.getTarget() instanceof ButtonBase || e.getTarget() instanceof ComboBoxBase
                || e.getTarget() instanceof TextInputControl) {
            return;
        }
        switch (e.getCode()) {
            case SPACE -> playback.togglePlay();
            case LEFT -> playback.stepBack();
            case RIGHT -> playback.stepForward();
            case HOME -> playback.toStart();
            case END -> playback.skipToEnd();
            default -> {
                return;
            }
        }
        e.consume();
    }

    /** Shows these customers, forgetting any recorded run. */
    public void showFeatures(FeatureMatrix fm) {
        showFeatures(fm, cloudMaker().apply(fm));
    }

    /**
     * What {@link #showFeatures(FeatureMatrix)} would draw for a matrix, as a function that reads no
     * control: it captures the axes chosen now, so it can run off the FX thread (sampling and
     * projecting a million customers takes a while).
     */
    @Override
    public Function<FeatureMatrix, PointCloud> preparer() {
        return cloudMaker();
    }

    @Override
    public void show(FeatureMatrix features, PointCloud prepared) {
        showFeatures(features, prepared);
    }

    @Override
    public void clear() {
        clearRun();
    }

    @Override
    public double[][] placedStarts(int k) {
        setSeedTarget(k);
        return placedSeeds();
    }

    @Override
    public Function<IterationSnapshot, ScatterFrame> begin(KMeansParams params) {
        start = params.seeding() == org.segmentstudio.engine.Seeding.GIVEN ? Captions.Start.PLACED
                : Captions.Start.KMEANS_PLUS_PLUS;
        beginRun(params.nInit(), params.scaling());
        return newPacker();
    }

    @Override
    public void frames(List<ScatterFrame> batch) {
        accept(batch);
    }

    @Override
    public void finish(KMeansResult result) {
        finishRun(result);
    }

    public Function<FeatureMatrix, PointCloud> cloudMaker() {
        List<String> shown = features;
        boolean principal = pca.isSelected();
        int x = xAxis.getSelectionModel().getSelectedIndex();
        int y = yAxis.getSelectionModel().getSelectedIndex();
        return fm -> {
            PointCloud cloud = PointCloud.of(fm);
            if (fm.features().equals(shown)) {
                return principal ? cloud.withPrincipalComponents() : cloud.withAxes(x, y);
            }
            return principal && fm.features().size() > 2 ? cloud.withPrincipalComponents() : cloud;
        };
    }

    /**
     * Shows these customers as {@code cloud} (made by {@link #cloudMaker()} for {@code fm}),
     * forgetting any recorded run. FX thread; cheap however many customers there are.
     */
    public void showFeatures(FeatureMatrix fm, PointCloud cloud) {
        playback.clear();
        if (fm.features().equals(features)) {
            view.setCloud(cloud);
            return;
        }
        features = fm.features();
        captionRow.setMinHeight(javafx.scene.layout.Region.USE_COMPUTED_SIZE);
        view.clearSeeds();
        choosing = true;
        try {
            xAxis.setItems(FXCollections.observableArrayList(fm.features()));
            yAxis.setItems(FXCollections.observableArrayList(fm.features()));
            xAxis.getSelectionModel().select(0);
            yAxis.getSelectionModel().select(fm.features().size() > 1 ? 1 : 0);
            boolean choose = fm.features().size() > 2;
            if (choose && axisChoice.getParent() == null) {
                tools.getChildren().add(0, axisChoice);
            }
            axisChoice.setVisible(choose);
            axisChoice.setManaged(choose);
            if (fm.features().size() <= 2) {
                pca.setSelected(false);
            }
        } finally {
            choosing = false;
        }
        view.setCloud(cloud);
    }

    private void reproject() {
        if (choosing || view.cloud() == null) {
            return;
        }
        PointCloud c = view.cloud();
        view.reproject(pca.isSelected() ? c.withPrincipalComponents()
                : c.withAxes(Math.max(0, xAxis.getSelectionModel().getSelectedIndex()),
                        Math.max(0, yAxis.getSelectionModel().getSelectedIndex())));
    }

    /** Shows the X and Y features by index, or the principal components. */
    public void chooseAxes(int xFeature, int yFeature, boolean principal) {
        choosing = true;
        xAxis.getSelectionModel().select(xFeature);
        yAxis.getSelectionModel().select(yFeature);
        pca.setSelected(principal);
        choosing = false;
        reproject();
    }

    /** Forgets the recorded run (the customers stay drawn). */
    public void clearRun() {
        playback.clear();
    }

    private void updateCaption() {
        PointCloud c = view.cloud();
        if (c != null && c != spreadOf) {
            spreadOf = c;
            spread = c.spread();
        }
        caption.setText(c == null ? "" : Captions.of(playback, c.features().features(), spread, start));
    }

    /** What the caption under the scatter says now ("" before a run). */
    public String captionText() {
        return caption.getText();
    }

    /** Help ▸ How does this work?: k-means in four sentences, pictured from the run on screen. */
    public void showHowItWorks() {
        HowItWorks.dialog(getScene() == null ? null : getScene().getWindow(), this).show();
    }

    /** A run is about to start: record it from its first frame. */
    public void beginRun(int restarts, Scaling scaling) {
        runId++;
        view.setScaling(scaling);
        view.placingSeedsProperty().set(false);
        playback.begin(runId, restarts);
    }

    /** The packer for the run begun last; the clustering service calls this as the run starts. */
    public FramePacker newPacker() {
        return new FramePacker(runId, view.cloud() == null ? null : view.cloud().sampleRows());
    }

    /** Frames of a run in progress, on the FX thread. */
    public void accept(List<ScatterFrame> frames) {
        playback.accept(frames);
    }

    /** The run ended: shows the best start, or (for a cancelled run, {@code result} null) what was recorded. */
    public void finishRun(KMeansResult result) {
        playback.finish(result == null ? -1 : result.bestRestart());
    }

    /** The starting centroids placed by clicking, in the data's units, when K are placed; else null. */
    public double[][] placedSeeds() {
        return view.placedSeeds();
    }

    public void setSeedTarget(int k) {
        view.setSeedTarget(k);
        updateSeedNote();
    }

    private void updateSeedNote() {
        int n = view.seedCountProperty().get();
        seedNote.setText(n == 0 && !view.placingSeedsProperty().get() ? ""
                : Messages.tr("scatter.seedsPlaced", n, view.seedTarget()));
    }

    public void setSegmentNames(List<String> names) {
        view.setSegmentNames(names);
    }

    public void setRowDescriber(IntFunction<String> describer) {
        view.setRowDescriber(describer);
    }

    public void setOnPointClicked(IntConsumer handler) {
        view.setOnPointClicked(handler);
    }

    public void highlightRows(int[] datasetRows) {
        view.highlightRows(datasetRows);
    }

    public PlaybackModel playback() {
        return playback;
    }

    public ScatterView view() {
        return view;
    }

    public PlaybackBar bar() {
        return bar;
    }

    /** Whether the animation has caught up with everything recorded. */
    public boolean isAtEnd() {
        return playback.isAtEnd();
    }

    /** How many segments the last frame drew points for. */
    public ReadOnlyIntegerProperty drawnSegmentsProperty() {
        return view.drawnSegmentsProperty();
    }
}
