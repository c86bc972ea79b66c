package org.segmentstudio.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.concurrent.Task;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.segmentstudio.data.CsvImporter;
import org.segmentstudio.data.Dataset;
import org.segmentstudio.data.ExportOptions;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private TestWindow shown;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        shown = TestWindow.withSample(stage, 1200, 760);
        window = shown.window();
    }

    @AfterEach
    void closeWindow() throws Exception {
        shown.close();
    }

    @Test
    void theSampleIsLoadedWithIncomeAndSpendingPreselected(FxRobot robot) {
        assertEquals(200, window.datasetProperty().get().rowCount());
        assertEquals(List.of("Annual Income (k$)", "Spending Score (1-100)"), window.picker().selectedFeatures());
        assertEquals(5, window.picker().k());
        assertNotNull(robot.lookup(".data-table").query());
    }

    @Test
    void runConvergesShowsFiveSegmentsAndExports(FxRobot robot, @TempDir Path dir) throws Exception {
        robot.interact(() -> {
            window.picker().selectFeatures(List.of("Annual Income (k$)", "Spending Score (1-100)"));
            window.picker().setK(5);
        });
        robot.clickOn(".run-button");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.resultProperty().get() != null);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.scatter().isAtEnd());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.statusText().startsWith("Converged"), window.statusText());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.scatter().drawnSegmentsProperty().get() == 5);

        Path out = dir.resolve("segments.csv");
        Task<Void>[] task = new Task[1];
        robot.interact(() -> task[0] = window.exportLabeled(out, ExportOptions.Delimiter.COMMA));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> task[0].isDone());
        assertTrue(Files.exists(out));
        Dataset back = new CsvImporter().read(out);
        assertEquals(200, back.rowCount());
        assertEquals(List.of("CustomerID", "Gender", "Age", "Annual Income (k$)", "Spending Score (1-100)", "Segment",
                "Segment name", "Distance to centre"), back.columnNames().subList(0, 8));
        // Once the background refits are in, each customer's certainty goes out too.
        assertTrue(back.columnCount() == 8 || back.columnNames().subList(8, 10).equals(List.of("Certainty", "Borderline")),
                back.columnNames().toString());
        long distinct = java.util.stream.IntStream.range(0, 200)
                .mapToObj(r -> back.column("Segment").orElseThrow().text(r)).distinct().count();
        assertEquals(5, distinct);
    }

    /** Once the choice moves away from the run on screen, a note under Run says what that run was found with. */
    @Test
    void aNoteSaysTheSegmentsShownAreFromAnotherChoiceUntilTheNextRun(FxRobot robot) throws Exception {
        javafx.scene.control.Label note = robot.lookup(".run-differs").queryAs(javafx.scene.control.Label.class);
        assertTrue(!note.isVisible(), "no run yet, nothing to say");
        robot.clickOn(".run-button");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.resultProperty().get() != null
                && !WaitForAsyncUtils.asyncFx(window::isBusy).get());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!note.isVisible(), "the run on screen is the choice shown");

        robot.interact(() -> window.picker().setMissingPolicy(org.segmentstudio.segments.MissingPolicy.MEAN));
        assertTrue(!note.isVisible(), "the sample has no gaps: how they are filled changes nothing");
        robot.interact(() -> window.picker().setK(4));
        assertTrue(note.isVisible());
        assertEquals("The segments shown were found with K = 5. Press Run for your new choice.", note.getText());
        robot.interact(() -> {
            window.picker().selectFeatures(List.of("Age", "Spending Score (1-100)"));
            window.picker().setScaling(org.segmentstudio.engine.Scaling.ZSCORE);
        });
        assertEquals("The segments shown were found with K = 5; Annual Income (k$), Spending Score (1-100); "
                + "scaling \u201cAuto (log if skewed)\u201d. Press Run for your new choice.", note.getText());

        robot.interact(() -> {
            window.picker().setK(5);
            window.picker().setScaling(org.segmentstudio.engine.Scaling.AUTO);
            window.picker().selectFeatures(List.of("Spending Score (1-100)", "Annual Income (k$)"));
        });
        assertTrue(!note.isVisible(), "back to the run's choice (the order of the features does not matter)");

        robot.interact(() -> window.picker().setK(3));
        assertTrue(note.isVisible());
        robot.clickOn(".run-button");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.resultProperty().get() != null
                && window.resultProperty().get().k() == 3 && !WaitForAsyncUtils.asyncFx(window::isBusy).get());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!note.isVisible(), "the new run is the choice shown");

        // A category is clustered as its one-hot parts (Gender=Female, Gender=Male): still the column chosen.
        robot.interact(() -> window.picker().selectFeatures(List.of("Gender", "Spending Score (1-100)")));
        assertTrue(note.isVisible());
        assertTrue(note.getText().contains("Annual Income (k$), Spending Score (1-100)"), note.getText());
        var before = window.resultProperty().get();
        robot.clickOn(".run-button");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.resultProperty().get() != before
                && !WaitForAsyncUtils.asyncFx(window::isBusy).get());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!note.isVisible(), note.getText());
        robot.interact(() -> window.picker().selectFeatures(List.of("Spending Score (1-100)")));
        assertTrue(note.getText().contains("with Spending Score (1-100), Gender."), "numbers first, a category once: "
                + note.getText());
    }
}
