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
}
