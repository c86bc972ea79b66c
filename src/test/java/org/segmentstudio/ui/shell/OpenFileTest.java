package org.segmentstudio.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.segmentstudio.data.Dataset;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Opening files as the File menu and drag and drop do: through {@link MainWindow#openFile}. */
@ExtendWith(ApplicationExtension.class)
class OpenFileTest {
    private TestWindow shown;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        shown = TestWindow.withSample(stage, 1200, 760);
        window = shown.window();
    }

    @AfterEach
    void closeWindow() throws Exception {
        shown.close();
    }

    private static Path corpus(String name) throws Exception {
        return Path.of(OpenFileTest.class.getResource("/import/" + name).toURI());
    }

    /** Opens the file as the menu does and waits until it is shown. */
    private void openAndWait(FxRobot robot, Path file) throws Exception {
        robot.interact(() -> window.openFile(file));
        String name = file.getFileName().toString();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> name.equals(window.datasetProperty().get().source()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aSemicolonFileWithDecimalCommasFillsTheTable(FxRobot robot) throws Exception {
        openAndWait(robot, corpus("semicolon_decimal_comma.csv"));
        Dataset d = window.datasetProperty().get();
        assertEquals("semicolon_decimal_comma.csv", d.source());
        TableView<?> table = robot.lookup(".data-table").queryAs(TableView.class);
        assertEquals(List.of("Kunde", "Geschlecht", "Alter", "Einkommen (k€)", "Punkte", "Segment"),
                table.getColumns().stream().filter(TableColumn::isVisible).map(TableColumn::getText).toList());
        assertEquals(4, table.getItems().size());
        assertEquals("15,75", table.getColumns().get(3).getCellData(1));
        assertEquals(15.75, d.column("Einkommen (k€)").orElseThrow().value(1));
        assertTrue(window.picker().selectedFeatures().contains("Einkommen (k€)"), window.picker().selectedFeatures()
                .toString());
    }

    @Test
    void rowsLeftOutAreNotedInTheStatusBar(FxRobot robot) throws Exception {
        openAndWait(robot, corpus("ragged_rows.csv"));
        assertEquals(4, window.datasetProperty().get().rowCount());
        assertTrue(window.importNote().contains("2 rows left out"), window.importNote());
    }

    @Test
    void aTypoAmongNumbersIsNotedWithItsLineInsteadOfTheColumnJustMissingFromTheFeatures(FxRobot robot) throws Exception {
        openAndWait(robot, corpus("typo_in_numbers.csv"));
        assertTrue(window.importNote().contains("2 rows left out"), window.importNote());
        assertTrue(window.importNote().contains("Text among the numbers of Income"), window.importNote());
        String details = robot.lookup(".status-import-note").queryLabeled().getTooltip().getText();
        assertTrue(details.contains("'Income': line 15 has \"2O\", which is not a number"), details);
    }

    @Test
    void aBrokenFileLeavesTheLoadedDataAsItWas(FxRobot robot, @TempDir Path dir) throws Exception {
        Dataset before = window.datasetProperty().get();
        Path empty = Files.writeString(dir.resolve("nothing.csv"), "");
        robot.interact(() -> window.openFile(empty));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.listWindows().size() > 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(before, window.datasetProperty().get());
        List<Window> dialogs = robot.listWindows().stream().filter(w -> w != stage).toList();
        assertEquals(1, dialogs.size(), "one error dialog");
        assertTrue(robot.lookup(".error-dialog .content").queryLabeled().getText().startsWith("File nothing.csv is empty"));
        robot.interact(() -> dialogs.forEach(Window::hide));
    }

    @Test
    void cancelInTheStatusBarStopsTheImportAndKeepsTheData(FxRobot robot, @TempDir Path dir) throws Exception {
        Dataset before = window.datasetProperty().get();
        // Big enough that the import is still going when Cancel is pressed right after Open.
        StringBuilder sb = new StringBuilder("ID;Age;Spend\n");
        for (int i = 1; i <= 200_000; i++) {
            sb.append(i).append(';').append(18 + i % 60).append(';').append(i % 100).append(",5\n");
        }
        Path file = Files.writeString(dir.resolve("many.csv"), sb);
        robot.interact(() -> {
            window.openFile(file);
            robot.lookup(".status-cancel").queryButton().fire();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(before, window.datasetProperty().get());
        assertEquals("Opening many.csv cancelled; the data shown is unchanged", window.statusText());
        assertTrue(!robot.lookup(".status-cancel").queryButton().isVisible(), "Cancel is gone");
    }

    @Test
    void theMissingValuesChoiceDecidesWhetherCustomersAreLeftOut(FxRobot robot) throws Exception {
        openAndWait(robot, corpus("question_mark_missing.csv"));
        robot.interact(() -> {
            window.picker().selectFeatures(List.of("Gender", "Age"));
            window.picker().setK(2);
            window.picker().setMissingPolicy(org.segmentstudio.segments.MissingPolicy.DROP);
            window.run();
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.resultProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("2 customers left out: no value in Gender, Age", window.runNote());
        robot.interact(() -> {
            window.picker().setMissingPolicy(org.segmentstudio.segments.MissingPolicy.MEDIAN);
            window.run();
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.resultProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Missing values in Gender, Age filled with the median", window.runNote());
    }
}
