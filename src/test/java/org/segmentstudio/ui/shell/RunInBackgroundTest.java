package org.segmentstudio.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Regression: Run built the feature matrix on the FX thread (about 100 ms with a million
 * customers, a frozen window). It is now read in the background; what the user sees stays.
 */
@ExtendWith(ApplicationExtension.class)
class RunInBackgroundTest {
    private final TestPreferences node = new TestPreferences();
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(stage, node.prefs(), new ErrorLog(Path.of("target", "run-in-background-test")));
        stage.setScene(new Scene(window, 1200, 800));
        stage.getScene().getStylesheets().add(MainWindow.stylesheet());
        stage.show();
        window.loadSample();
    }

    @AfterEach
    void removePreferences() throws Exception {
        node.close();
    }

    @Test
    void runReadsTheFeaturesOffTheFxThreadAndThenShowsThem(FxRobot robot) throws Exception {
        List<String> chosen = List.of("Age", "Spending Score (1-100)");
        robot.interact(() -> {
            window.picker().selectFeatures(chosen);
            window.run();
            // Nothing of the run can have been built yet: its step reports back in a later FX event.
            assertNull(window.runFeaturesForTest(), "run() returns before reading the customers");
            assertTrue(window.runningProperty().get(), "Run is disabled while the features are read");
            assertEquals("Reading the chosen features…", window.statusText());
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> window.resultProperty().get() != null && !window.runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(chosen, window.runFeaturesForTest().features());
        assertSame(window.runFeaturesForTest(), window.scatter().view().cloud().features(),
                "the scatter shows the run's customers");
        assertTrue(window.statusText().startsWith("Converged"), window.statusText());
    }

    @Test
    void manyCustomersAreFirstDrawnFromABackgroundStep(FxRobot robot, @TempDir Path dir) throws Exception {
        int n = org.segmentstudio.app.Session.PICTURE_IN_BACKGROUND_ABOVE + 20_000;
        StringBuilder csv = new StringBuilder("Income,Spend\n");
        for (int i = 0; i < n; i++) {
            csv.append(20 + i % 97).append(',').append(i % 89).append('\n');
        }
        Path many = Files.writeString(dir.resolve("many.csv"), csv);
        robot.interact(() -> window.openFile(many));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.scatter().view().cloud() != null
                && window.scatter().view().cloud().totalPoints() == n);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Income", "Spend"), window.scatter().view().cloud().features().features());
        assertEquals("many.csv", window.datasetProperty().get().source());
    }

    @Test
    void stopWhileTheFeaturesAreReadStartsNoRun(FxRobot robot) throws Exception {
        robot.interact(() -> {
            window.run();
            window.stop();
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !window.runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(window.resultProperty().get(), "k-means never started");
        boolean[] busy = new boolean[1];
        robot.interact(() -> busy[0] = window.isBusy());
        assertFalse(busy[0], "nothing is left running");
        assertEquals("Run cancelled", window.statusText());
    }

    @Test
    void aRunThatCannotStartIsToldInTheDialogAndTheWindowIsReadyAgain(FxRobot robot, @TempDir Path dir)
            throws Exception {
        // Four customers, but only two different ones: K = 3 passes the field and fails in the engine.
        Path twins = Files.writeString(dir.resolve("three.csv"), "Income,Spend\n10,20\n10,20\n50,60\n50,60\n");
        robot.interact(() -> window.openFile(twins));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "three.csv".equals(window.datasetProperty().get().source()));
        robot.interact(() -> {
            window.picker().setK(3);
            window.run();
        });
        TestWindow.waitForNode(robot, ".error-dialog", 20);
        DialogPane pane = robot.lookup(".error-dialog").query();
        assertEquals("Could not run k-means", pane.getHeaderText());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.runningProperty().get(), "Run can be pressed again");
        assertEquals("Ready", window.statusText());
    }
}
