package org.segmentstudio.ui.shell;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import javafx.concurrent.Task;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.segmentstudio.ui.Screenshots;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A run fills the Segments tab; a new run or new data empties it first. */
@ExtendWith(ApplicationExtension.class)
class SegmentsTabTest {
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

    @Test
    void aRunShowsOneCardPerSegmentAndTheNamesForExports(FxRobot robot, @TempDir Path dir) throws Exception {
        assertEquals(0, window.profiles().model().segmentNamesProperty().get().size());
        robot.interact(window::run);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.resultProperty().get() != null);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.scatter().isAtEnd());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> window.profiles().model().segmentNamesProperty().get().size() == 5);
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
}
