package org.segmentstudio.ui.shell;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.segmentstudio.ui.scatter.PointCloud;
import org.segmentstudio.ui.scatter.ScatterView;
import org.segmentstudio.ui.scatter.Viewport;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The scatter and the table talk to each other; starting centroids can be placed by clicking. */
@ExtendWith(ApplicationExtension.class)
class ScatterInteractionTest {
    private TestWindow shown;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        shown = TestWindow.withSample(stage, 1200, 800);
        window = shown.window();
    }

    @AfterEach
    void closeWindow() throws Exception {
        shown.close();
    }

    private Point2D screenPoint(int point) {
        ScatterView v = window.scatter().view();
        Viewport vp = v.viewport();
        PointCloud c = v.cloud();
        return v.localToScreen(vp.screenX(c.x(point)), vp.screenY(c.y(point)));
    }

    private void save(FxRobot robot, String name) throws Exception {
        javafx.scene.image.WritableImage[] image = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> image[0] = window.getScene().snapshot(null));
        java.nio.file.Path out = java.nio.file.Path.of("target", "screenshots", name);
        java.nio.file.Files.createDirectories(out.getParent());
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image[0], null), "png", out.toFile());
    }

    private void runAndWait(FxRobot robot) throws Exception {
        robot.interact(window::run);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.resultProperty().get() != null);
        robot.interact(() -> window.scatter().playback().skipToEnd());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void clickingAPointSelectsItsRowAndSelectedRowsAreRinged(FxRobot robot) throws Exception {
        runAndWait(robot);
        // Customer 200 (row 199) has the highest income: a point on its own at the right.
        int point = window.scatter().view().cloud().pointOfDatasetRow(199);
        robot.moveTo(screenPoint(point));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.scatter().view().hoveredProperty().get() >= 0);
        robot.clickOn(screenPoint(point));
        TableView<?> table = robot.lookup(".data-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(199, table.getSelectionModel().getSelectedIndex());
        assertArrayEquals(new int[] {point}, window.scatter().view().highlightedPoints());

        robot.interact(() -> table.getSelectionModel().selectRange(0, 3));
        int[] ringed = window.scatter().view().highlightedPoints();
        assertTrue(ringed.length >= 3, "rows 0-2 are ringed too");
    }

    @Test
    void theSegmentColumnFollowsEachRunWithoutRebuildingTheTable(FxRobot robot) throws Exception {
        TableView<?> table = robot.lookup(".data-table").queryAs(TableView.class);
        javafx.scene.control.TableColumn<?, ?> segment = table.getColumns().stream()
                .filter(c -> c.getStyleClass().contains("segment-column")).findFirst().orElseThrow();
        assertEquals("", String.valueOf(segment.getCellData(0)));
        runAndWait(robot);
        int first = Integer.parseInt(String.valueOf(segment.getCellData(0)).split(" · ")[0]);
        assertTrue(first >= 1 && first <= 5);
        robot.interact(() -> {
            window.run();
            assertEquals("", String.valueOf(segment.getCellData(0)), "a new run clears the old segments");
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.resultProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(String.valueOf(first), String.valueOf(segment.getCellData(0)).split(" · ")[0],
                "same data, same seed, same segment");
    }

    /** Regression: the column showed 1…5 while the legend and the cards showed names. */
    @Test
    void theSegmentColumnShowsEachSegmentsNameAsEdited(FxRobot robot) throws Exception {
        TableView<?> table = robot.lookup(".data-table").queryAs(TableView.class);
        javafx.scene.control.TableColumn<?, ?> segment = table.getColumns().stream()
                .filter(c -> c.getStyleClass().contains("segment-column")).findFirst().orElseThrow();
        runAndWait(robot);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> !window.profiles().model().segmentNamesProperty().get().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        int s = window.resultProperty().get().labels()[0];
        String name = window.profiles().model().segmentNamesProperty().get().get(s);
        assertEquals((s + 1) + " · " + name, segment.getCellData(0));
        robot.interact(() -> window.profiles().model().rename(s, "Window shoppers"));
        assertEquals((s + 1) + " · Window shoppers", segment.getCellData(0), "a renamed segment shows its new name");
        assertTrue(window.scatter().view().cloud() != null
                && String.valueOf(segment.getCellData(1)).matches("\\d · .+"), "every customer's segment is named");
    }

    @Test
    void startingCentroidsPlacedByClickingStartTheRun(FxRobot robot) throws Exception {
        robot.interact(() -> window.picker().setK(3));
        robot.clickOn(".place-seeds-button");
        ScatterView v = window.scatter().view();
        double[][] at = {{20, 20}, {60, 50}, {110, 80}};
        for (double[] p : at) {
            Viewport vp = v.viewport();
            robot.clickOn(v.localToScreen(vp.screenX(p[0]), vp.screenY(p[1])));
        }
        assertEquals(3, v.seedCountProperty().get());
        double[][] seeds = window.scatter().placedSeeds();
        assertNotNull(seeds);
        assertEquals(20, seeds[0][0], 1.5);
        assertEquals(80, seeds[2][1], 1.5);
        runAndWait(robot);
        assertEquals(1, window.scatter().playback().startsProperty().get(), "a placed start is the only start");
        double[][] first = window.scatter().playback().frame0Centroids();
        for (int s = 0; s < 3; s++) {
            assertArrayEquals(seeds[s], first[s], 1e-9, "iteration 0 starts where centroid " + (s + 1) + " was placed");
        }
    }

    @Test
    void theAxisChoiceIsThereOnlyForMoreThanTwoFeatures(FxRobot robot) throws Exception {
        // With the sample's two features the axis choice is not even in the window (nothing to style at start).
        assertTrue(robot.lookup(".x-axis-choice").tryQuery().isEmpty());
        robot.interact(() -> window.picker().selectFeatures(List.of("Age", "Annual Income (k$)",
                "Spending Score (1-100)")));
        runAndWait(robot);
        assertTrue(shown(robot.lookup(".x-axis-choice").query()));
        assertTrue(shown(robot.lookup(".y-axis-choice").query()));
        robot.interact(() -> window.picker().selectFeatures(List.of("Age", "Spending Score (1-100)")));
        runAndWait(robot);
        assertFalse(shown(robot.lookup(".x-axis-choice").query()));
        assertFalse(robot.lookup(".x-axis-choice").query().getParent().isManaged());
    }

    @Test
    void theDividerAboveTheTableNeverPushesTheScatterOverTheMenuBar(FxRobot robot) throws Exception {
        robot.interact(() -> window.picker().selectFeatures(List.of("Age", "Annual Income (k$)",
                "Spending Score (1-100)")));
        runAndWait(robot);
        javafx.scene.control.SplitPane split = robot.lookup(".split-pane").queryAs(javafx.scene.control.SplitPane.class);
        robot.interact(() -> split.setDividerPositions(0.0));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node scatter = window.scatter();
        javafx.scene.Node bar = window.menus().bar();
        double menuBottom = bar.localToScene(bar.getLayoutBounds()).getMaxY();
        javafx.geometry.Bounds tools = robot.lookup(".scatter-tools").query().localToScene(
                robot.lookup(".scatter-tools").query().getLayoutBounds());
        assertTrue(tools.getMinY() >= menuBottom - 0.5, "the tools start below the menu bar: " + tools + " vs " + menuBottom);
        assertTrue(((javafx.scene.layout.Region) scatter).getHeight() >= 279, "the scatter keeps a readable height");
    }

    @Test
    void steppingThroughARunTheChartKeepsItsHeight(FxRobot robot) throws Exception {
        // At 1200 wide a three-feature step's sentence takes two lines where the start's takes one:
        // the plot above it jumped up and down at each step.
        robot.interact(() -> window.picker().selectFeatures(List.of("Age", "Annual Income (k$)",
                "Spending Score (1-100)")));
        runAndWait(robot);
        ScatterView v = window.scatter().view();
        java.util.Set<Double> heights = new java.util.TreeSet<>();
        java.util.Set<Integer> lines = new java.util.TreeSet<>();
        robot.interact(() -> window.scatter().playback().toStart());
        int frames = window.scatter().playback().frameCountProperty().get();
        for (int i = 0; i < Math.min(frames, 8); i++) {
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> window.scatter().layout());
            heights.add(v.getHeight());
            javafx.scene.control.Label caption = robot.lookup(".scatter-caption").queryAs(javafx.scene.control.Label.class);
            lines.add((int) Math.round(caption.getHeight() / caption.getFont().getSize()));
            robot.interact(() -> window.scatter().playback().stepForward());
        }
        assertEquals(1, heights.size(), "the chart's heights while stepping: " + heights + " (caption sizes " + lines + ")");
    }

    /** Whether the node and all its parents are visible. */
    private static boolean shown(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void withThreeFeaturesTheAxesCanBeChosenOrProjected(FxRobot robot) throws Exception {
        robot.interact(() -> window.picker().selectFeatures(List.of("Age", "Annual Income (k$)",
                "Spending Score (1-100)")));
        runAndWait(robot);
        ScatterView v = window.scatter().view();
        assertTrue(shown(robot.lookup(".x-axis-choice").query()));
        assertEquals("Age", v.cloud().projection().xLabel());
        robot.interact(() -> window.scatter().chooseAxes(2, 1, false));
        assertEquals("Spending Score (1-100)", v.cloud().projection().xLabel());
        assertEquals("Annual Income (k$)", v.cloud().projection().yLabel());
        robot.interact(() -> window.scatter().chooseAxes(0, 1, true));
        assertTrue(v.cloud().projection().xLabel().startsWith("Principal component 1"), v.cloud().projection().xLabel());
        robot.interact(() -> v.regionsShownProperty().set(true));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, v::isShadingReady);
        robot.moveTo(screenPoint(10));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> v.hoveredProperty().get() >= 0);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(window.resultProperty().get().k(), window.scatter().drawnSegmentsProperty().get());
        save(robot, "scatter-pca-regions-hover.png");
    }
}
