package org.segmentstudio.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.concurrent.Task;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
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

/** Suggest K on the sample, income and spending, no scaling: K = 5, as the case study finds. */
@ExtendWith(ApplicationExtension.class)
class ChooseKTabTest {
    private MainWindow window;
    private Scene scene;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        window = new MainWindow(stage);
        scene = new Scene(window, 1280, 800);
        scene.getStylesheets().add(MainWindow.stylesheet());
        stage.setScene(scene);
        stage.show();
        window.loadSample();
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
        double expected = Silhouette.of(window.runFeaturesForTest().matrix(), window.resultProperty().get().labels(),
                5, 42L).value();
        assertEquals(expected, window.chooseK().silhouettePlot().mean(), 1e-9,
                "the plot's mean is the engine's silhouette of the result");
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
