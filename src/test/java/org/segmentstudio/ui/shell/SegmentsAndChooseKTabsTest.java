package org.segmentstudio.ui.shell;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.concurrent.Task;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.segmentstudio.engine.metrics.Silhouette;
import org.segmentstudio.segments.report.KChartData;
import org.segmentstudio.ui.Screenshots;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Segments and Choose K tabs in the window: a run fills the cards and the silhouette plot, new
 * data empties them; Suggest K on the sample (income and spending, no scaling) recommends K = 5.
 */
@ExtendWith(ApplicationExtension.class)
class SegmentsAndChooseKTabsTest {
    private TestWindow shown;
    private MainWindow window;
    private Scene scene;

    @Start
    void start(Stage stage) {
        shown = TestWindow.withSample(stage, 1280, 800);
        window = shown.window();
        scene = shown.scene();
    }

    @AfterEach
    void closeWindow() throws Exception {
        shown.close();
    }

    @Test
    void aRunShowsOneCardPerSegmentAndTheNamesForExports(FxRobot robot, @TempDir Path dir) throws Exception {
        assertEquals(0, window.profiles().model().segmentNamesProperty().get().size());
        robot.interact(window::run);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.resultProperty().get() != null);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.scatter().isAtEnd());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> window.profiles().model().segmentNamesProperty().get().size() == 5);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, robot.lookup(".segment-card").queryAll().size(),
                "the cards wait for their tab: building them as a run ends held up the FX thread");
        robot.interact(() -> window.showTab(1));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(5, robot.lookup(".segment-card").queryAll().size());
        assertEquals(5, window.profiles().model().segmentNamesProperty().get().size());
        assertTrue(window.profiles().model().segmentNamesProperty().get().contains("High income \u00b7 High spending"));

        Path out = Screenshots.save(robot, scene, "main-window-segments.png");

        robot.interact(() -> window.profiles().model().rename(window.profiles().model().analysisProperty().get()
                .ranking().target(), "Gold members"));
        Path report = dir.resolve("report.html");
        Path png = dir.resolve("scatter.png");
        Path labeled = dir.resolve("labeled.csv");
        Task<Void>[] tasks = new Task[3];
        robot.interact(() -> {
            tasks[0] = window.exportReport(report);
            tasks[1] = window.exportScatterPng(png);
            tasks[2] = window.exportLabeled(labeled);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> tasks[0].isDone() && tasks[1].isDone() && tasks[2].isDone());
        assertTrue(Files.readString(labeled).contains("Gold members"), "edited names reach the exports");
        String html = Files.readString(report);
        Files.copy(report, out.resolveSibling("segments-report.html"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertTrue(html.contains("Start marketing here: Gold members</h2>"), "edited names reach the report");
        assertTrue(html.contains("src=\"data:image/png;base64,"), "the scatter is embedded");
        assertEquals(5, html.split("<article class=\"card", -1).length - 1);
        byte[] head = Arrays.copyOf(Files.readAllBytes(png), 4);
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, head);

        robot.interact(window::loadSample);
        assertEquals(0, robot.lookup(".segment-card").queryAll().size());
        assertEquals(0, window.profiles().model().segmentNamesProperty().get().size());
    }

    private static boolean inLegend(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p.getStyleClass().contains("chart-legend")) {
                return true;
            }
        }
        return false;
    }

    @Test
    void theChooseKTabOpenedAfterARunShowsThatRunsSilhouettesAndTheFilesLimit(FxRobot robot, @TempDir Path dir)
            throws Exception {
        // The tab's view is made when it is first shown: it takes what was opened and run before.
        StringBuilder few = new StringBuilder("Id,Income,Spend\n");
        for (int i = 0; i < 7; i++) {
            few.append(i + 1).append(',').append(20 + 9 * i % 40).append(',').append(80 - 13 * i % 60).append('\n');
        }
        Path seven = java.nio.file.Files.writeString(dir.resolve("seven.csv"), few);
        robot.interact(() -> window.openFile(seven));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> window.datasetProperty().get() != null
                && window.datasetProperty().get().rowCount() == 7);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            window.picker().selectFeatures(List.of("Income", "Spend"));
            window.picker().setK(3);
        });
        robot.interact(window::run);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> !window.isBusy()
                && window.resultProperty().get() != null).get());
        robot.interact(() -> window.showTab(2));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> !Double.isNaN(window.chooseK().silhouettePlot().mean()));
        assertEquals(7, ((org.segmentstudio.ui.picker.WholeNumberSpinner) robot.lookup(".k-max").query())
                .maxProperty().get(), "K goes up to the 7 customers at most");
    }

    @Test
    void suggestKRecommendsFiveAClickSetsKAndTheReportCarriesTheCharts(FxRobot robot, @TempDir Path dir)
            throws Exception {
        assertEquals(List.of("Annual Income (k$)", "Spending Score (1-100)"), window.picker().selectedFeatures());
        robot.interact(() -> window.showTab(2));
        robot.clickOn(".suggest-k-button");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.chooseK().scoresProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        KChartData scores = window.chooseK().scoresProperty().get();
        assertEquals(5, scores.recommended());
        assertEquals(List.of(2, 3, 4, 5, 6, 7, 8, 9, 10), scores.ks());
        assertTrue(scores.reason().startsWith("K = 5"), scores.reason());

        List<Node> elbowDots = robot.lookup(".k-chart").nth(0).queryAs(Node.class).lookupAll(".chart-line-symbol")
                .stream().filter(n -> !inLegend(n)).sorted(Comparator.comparingDouble(n -> n.localToScene(0, 0).getX())).toList();
        assertEquals(9, elbowDots.size());
        robot.clickOn(elbowDots.get(1));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, window.picker().k(), "clicking K = 3 on the elbow chart chooses it");
        robot.interact(() -> window.picker().setK(5));

        robot.interact(window::run);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.resultProperty().get() != null);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> !Double.isNaN(window.chooseK().silhouettePlot().mean()));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> window.profiles().model().segmentNamesProperty().get().size() == 5);
        // In the space the run clustered in: the default scaling (auto) standardises the sample's features.
        double expected = Silhouette.of(window.session().runProperty().get().clustered(),
                window.resultProperty().get().labels(), 5, 42L).value();
        assertEquals(expected, window.chooseK().silhouettePlot().mean(), 1e-9,
                "the plot's mean is the engine's silhouette of the result");
        // The picture for the README shows the run's end, not a step of its replay.
        robot.interact(() -> window.scatter().playback().skipToEnd());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.scatter().view().isPointsReady());
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(robot, scene, "main-window-choose-k.png");

        Path report = dir.resolve("report.html");
        Task<Void>[] task = new Task[1];
        robot.interact(() -> task[0] = window.exportReport(report));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> task[0].isDone());
        String html = Files.readString(report);
        assertEquals(2, html.split(">K = 5</text>", -1).length - 1, "elbow and silhouette charts mark K = 5");
        assertTrue(html.contains("Recommended K = 5"));
    }
}
