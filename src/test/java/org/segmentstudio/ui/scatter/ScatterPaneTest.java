package org.segmentstudio.ui.scatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Slider;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.segmentstudio.data.Samples;
import org.segmentstudio.engine.KMeans;
import org.segmentstudio.engine.KMeansParams;
import org.segmentstudio.engine.KMeansResult;
import org.segmentstudio.engine.Matrix;
import org.segmentstudio.engine.Scaling;
import org.segmentstudio.segments.FeatureMatrix;
import org.segmentstudio.segments.FeatureMatrixBuilder;
import org.segmentstudio.segments.MissingPolicy;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ScatterPaneTest {
    private ScatterPane pane;

    @Start
    void start(Stage stage) {
        pane = new ScatterPane();
        stage.setScene(new Scene(pane, 960, 640));
        stage.show();
    }

    /** Runs k-means on {@code fm} as the app does (packed frames, best start shown), playback paused at the end. */
    private KMeansResult run(FxRobot robot, FeatureMatrix fm, KMeansParams params) {
        List<ScatterFrame> frames = new ArrayList<>();
        KMeansResult[] result = new KMeansResult[1];
        robot.interact(() -> {
            pane.showFeatures(fm);
            pane.beginRun(params.nInit(), params.scaling());
            FramePacker packer = pane.newPacker();
            result[0] = KMeans.fit(fm.matrix(), params, s -> frames.add(packer.apply(s)), () -> false);
            pane.accept(frames);
            pane.finishRun(result[0]);
            pane.playback().skipToEnd();
            pane.playback().pause();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return result[0];
    }

    private static FeatureMatrix sample() {
        return FeatureMatrixBuilder.build(Samples.mallCustomers(),
                List.of("Annual Income (k$)", "Spending Score (1-100)"), MissingPolicy.DROP);
    }

    @Test
    void keysStepBackAndForthAndSpacePlays(FxRobot robot) {
        run(robot, sample(), KMeansParams.defaults(5).withScaling(Scaling.NONE).withNInit(1).withSeed(3));
        PlaybackModel m = pane.playback();
        int last = m.frameCountProperty().get() - 1;
        assertTrue(last >= 2, "the run took a few iterations");
        robot.interact(() -> pane.view().requestFocus());
        robot.type(KeyCode.LEFT);
        assertEquals(last, m.positionProperty().get(), "back one phase: the last update, before its assignment");
        assertEquals(PlaybackModel.Phase.UPDATED, m.phaseProperty().get());
        robot.type(KeyCode.LEFT);
        assertEquals(last - 1, m.positionProperty().get());
        assertEquals(PlaybackModel.Phase.ASSIGNED, m.phaseProperty().get());
        robot.type(KeyCode.RIGHT);
        assertEquals(last, m.positionProperty().get());
        assertEquals(PlaybackModel.Phase.UPDATED, m.phaseProperty().get());
        assertTrue(!m.playingProperty().get());
        List<Integer> visited = new ArrayList<>();
        robot.interact(() -> m.positionProperty().addListener((o, was, now) -> visited.add(now.intValue())));
        robot.type(KeyCode.HOME);
        assertEquals(0, visited.get(0), "home goes back to the seeding");
        assertTrue(!m.playingProperty().get(), "and waits there");
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.SPACE);
        assertTrue(m.playingProperty().get(), "space plays");
        robot.type(KeyCode.SPACE);
        assertTrue(!m.playingProperty().get(), "space pauses");
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> m.speedProperty().set(4));
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, m::isAtEnd);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("playback did not reach the end", e);
        }
        assertEquals(last, m.positionProperty().get());
    }

    @Test
    void showingNewCustomersAfterARunClearsThePlaybackRegression(FxRobot robot) {
        run(robot, sample(), KMeansParams.defaults(5).withScaling(Scaling.NONE).withNInit(1).withSeed(3));
        robot.interact(() -> pane.showFeatures(sample()));
        assertEquals(0, pane.playback().frameCountProperty().get());
        assertEquals("No run yet", robot.lookup(".iteration-label").queryLabeled().getText());
    }

    @Test
    void theScrubberAndSpeedSliderDriveTheModel(FxRobot robot) {
        run(robot, sample(), KMeansParams.defaults(5).withScaling(Scaling.NONE).withNInit(1).withSeed(3));
        PlaybackModel m = pane.playback();
        Slider scrubber = robot.lookup(".iteration-scrubber").queryAs(Slider.class);
        Slider speed = robot.lookup(".speed-slider").queryAs(Slider.class);
        robot.interact(() -> scrubber.setValue(1));
        assertEquals(1, m.positionProperty().get());
        assertEquals(1, m.iterationProperty().get());
        assertTrue(!m.isGliding(), "scrubbing jumps");
        robot.interact(() -> speed.setValue(speed.getMax()));
        assertEquals(4.0, m.speedProperty().get(), 1e-9);
        robot.interact(() -> speed.setValue(speed.getMin()));
        assertEquals(0.25, m.speedProperty().get(), 1e-9);
        robot.interact(() -> speed.setValue(1.3)); // between two steps, as a drag or a click on the track leaves it
        assertEquals(0.5, m.speedProperty().get(), 1e-9, "the speed is one of 0.25x, 0.5x, 1x, 2x, 4x");
        assertEquals("0.5×", robot.lookup(".speed-label").queryLabeled().getText());
        robot.interact(() -> m.scrubTo(0));
        assertEquals(0.0, scrubber.getValue(), "the scrubber follows the model");
    }

    @Test
    void wheelZoomsDragPansAndDoubleClickResets(FxRobot robot) {
        run(robot, sample(), KMeansParams.defaults(5).withScaling(Scaling.NONE).withNInit(1).withSeed(3));
        Viewport v = pane.view().viewport();
        javafx.geometry.Point2D centre = pane.view().localToScreen(v.left() + v.width() / 2, v.top() + v.height() / 2);
        double span = v.xMax() - v.xMin();
        // The robot's wheel direction differs between robots, so it only shows the wheel zooms;
        // the direction (wheel away from the user, deltaY > 0, zooms in) is pinned with an event.
        robot.moveTo(centre).scroll(2, javafx.geometry.VerticalDirection.UP);
        assertTrue(Math.abs(v.xMax() - v.xMin() - span) > span * 0.1, "the wheel zooms");
        robot.interact(v::reset);
        double cx = v.left() + v.width() / 2;
        double cy = v.top() + v.height() / 2;
        robot.interact(() -> javafx.event.Event.fireEvent(pane.view(), new javafx.scene.input.ScrollEvent(
                javafx.scene.input.ScrollEvent.SCROLL, cx, cy, centre.getX(), centre.getY(), false, false, false,
                false, false, false, 0, 40, 0, 40, javafx.scene.input.ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                javafx.scene.input.ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null)));
        assertTrue(v.xMax() - v.xMin() < span * 0.9, "wheel away zooms in: " + span + " -> " + (v.xMax() - v.xMin()));
        double left = v.xMin();
        robot.drag(centre).dropBy(60, 0);
        assertTrue(v.xMin() < left, "dragging right shows what is further left");
        robot.doubleClickOn(centre);
        assertTrue(v.isHome());
    }

    @Test
    void theBestOfSeveralStartsIsShownAndSaidSo(FxRobot robot) {
        KMeansResult r = run(robot, sample(), KMeansParams.defaults(5).withScaling(Scaling.NONE).withSeed(1));
        assertEquals(r.bestRestart(), pane.playback().shownStartProperty().get());
        assertEquals(r.iterations() + 1, pane.playback().frameCountProperty().get());
        assertTrue(pane.bar().startNoteText().startsWith("Showing the best of 10 starts"), pane.bar().startNoteText());
    }

    @Test
    void theCanvasShowsEverySegmentsColourAndItsCentroid(FxRobot robot) throws Exception {
        KMeansResult r = run(robot, sample(), KMeansParams.defaults(5).withScaling(Scaling.NONE).withSeed(1));
        WritableImage image = snapshot(robot, "scatter-canvas.png");
        PixelReader px = image.getPixelReader();
        Viewport v = pane.view().viewport();
        Projection p = pane.view().cloud().projection();
        for (int s = 0; s < r.k(); s++) {
            int x = (int) Math.round(v.screenX(p.x(r.centroids()[s])));
            int y = (int) Math.round(v.screenY(p.y(r.centroids()[s])));
            assertEquals(Palette.argb(s), px.getArgb(x, y) | 0xFF000000, "centroid marker of segment " + (s + 1));
            int blended = blend(Palette.argb(s), 0.85);
            assertTrue(count(image, blended, 6) >= 40, "points of segment " + (s + 1) + " are drawn in its colour");
        }
        assertEquals(r.k(), pane.drawnSegmentsProperty().get());
    }

    @Test
    void manyPointsAreSplattedAndRegionsShaded(FxRobot robot) throws Exception {
        SplittableRandom random = new SplittableRandom(11);
        int n = 20_000;
        double[] v = new double[2 * n];
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) {
            int blob = i % 3;
            v[2 * i] = blob * 10 + random.nextGaussian();
            v[2 * i + 1] = (blob == 1 ? 10 : 0) + random.nextGaussian();
            rows[i] = i;
        }
        FeatureMatrix fm = new FeatureMatrix(List.of("a", "b"), new Matrix(v, n, 2), rows, n);
        KMeansResult r = run(robot, fm, KMeansParams.defaults(3).withScaling(Scaling.ZSCORE).withNInit(1));
        robot.interact(() -> pane.view().regionsShownProperty().set(true));
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> pane.view().isShadingReady()
                    && pane.view().isPointsReady());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("regions were not shaded", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = snapshot(robot, "scatter-splat.png");
        for (int s = 0; s < r.k(); s++) {
            assertTrue(count(image, Palette.argb(s), 2) >= 500, "splatted points of segment " + (s + 1));
            assertTrue(count(image, blend(Palette.argb(s), RegionShading.ALPHA), 3) >= 500,
                    "shaded region of segment " + (s + 1));
        }
    }

    private WritableImage snapshot(FxRobot robot, String name) throws Exception {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = pane.view().snapshot(null, null));
        Path out = Path.of("target", "screenshots", name);
        Files.createDirectories(out.getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", out.toFile());
        return image[0];
    }

    /** {@code argb} at {@code alpha} over white. */
    private static int blend(int argb, double alpha) {
        int r = (int) Math.round((argb >> 16 & 0xFF) * alpha + 255 * (1 - alpha));
        int g = (int) Math.round((argb >> 8 & 0xFF) * alpha + 255 * (1 - alpha));
        int b = (int) Math.round((argb & 0xFF) * alpha + 255 * (1 - alpha));
        return 0xFF000000 | r << 16 | g << 8 | b;
    }

    private static int count(WritableImage image, int argb, int tolerance) {
        PixelReader px = image.getPixelReader();
        int found = 0;
        for (int y = 0; y < (int) image.getHeight(); y++) {
            for (int x = 0; x < (int) image.getWidth(); x++) {
                int c = px.getArgb(x, y);
                if (Math.abs((c >> 16 & 0xFF) - (argb >> 16 & 0xFF)) <= tolerance
                        && Math.abs((c >> 8 & 0xFF) - (argb >> 8 & 0xFF)) <= tolerance
                        && Math.abs((c & 0xFF) - (argb & 0xFF)) <= tolerance) {
                    found++;
                }
            }
        }
        return found;
    }
}
