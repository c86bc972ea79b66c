package org.segmentstudio.ui.shell;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.segmentstudio.engine.Scaling;
import org.segmentstudio.segments.model.ModelFile;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 16 in the window: a run saved with the names typed on its cards reopens with the same
 * labels, names and choices, without a refit; applied to next month's file, its customers go into
 * the saved segments and the fit note says how they fit.
 */
@ExtendWith(ApplicationExtension.class)
class SavedAnalysisWindowTest {
    @TempDir
    Path dir;
    private TestWindow shown;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        shown = TestWindow.show(stage, 1280, 800);
        window = shown.window();
    }

    @AfterEach
    void close(FxRobot robot) throws Exception {
        shown.closeWithDialogs(robot);
    }

    private Path customers(String name, int n, int shift) throws Exception {
        StringBuilder sb = new StringBuilder("CustomerID,Age,Income,Spend\n");
        java.util.Random rnd = new java.util.Random(n + shift);
        for (int i = 0; i < n; i++) {
            int group = i % 3;
            sb.append(500 + i).append(',').append(20 + rnd.nextInt(40)).append(',')
                    .append(20 + group * 40 + shift + rnd.nextInt(10)).append(',')
                    .append(10 + group * 35 + shift + rnd.nextInt(10)).append('\n');
        }
        return Files.writeString(dir.resolve(name), sb);
    }

    /** Opens {@code file}, runs K = 3 on Income and Spend (with {@code scaling}, or the default for null) and waits for the cards. */
    private void openAndRun(FxRobot robot, Path file, Scaling scaling) throws Exception {
        robot.interact(() -> window.openFile(file));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> window.datasetProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            window.picker().selectFeatures(List.of("Income", "Spend"));
            window.picker().setK(3);
            if (scaling != null) {
                window.picker().setScaling(scaling);
            }
        });
        robot.interact(window::run);
        waitAnalysed();
    }

    private void waitAnalysed() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> !window.isBusy()
                && window.resultProperty().get() != null && !window.profiles().model().segmentNamesProperty().get().isEmpty())
                .get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aSavedAnalysisReopensAsSavedAndAppliesToNextMonth(FxRobot robot) throws Exception {
        Path march = customers("march.csv", 300, 0);
        openAndRun(robot, march, Scaling.ZSCORE);
        robot.interact(() -> window.profiles().model().rename(0, "Big spenders"));
        int[] labels = window.resultProperty().get().labels().clone();
        List<String> names = window.profiles().model().segmentNamesProperty().get();

        Path saved = dir.resolve("march.segments");
        var task = WaitForAsyncUtils.asyncFx(() -> window.analyses().save(window.modelMaker(), saved)).get();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, task::isDone);
        assertTrue(Files.exists(saved), "written");
        assertEquals("Big spenders", ModelFile.read(saved).names().get(0));

        robot.interact(window::loadSample);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window.analyses().open(saved));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> window.restored() != null
                && window.datasetProperty().get().source().equals("march.csv")).get());
        waitAnalysed();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() ->
                window.profiles().model().segmentNamesProperty().get().equals(names)).get());
        assertArrayEquals(labels, window.resultProperty().get().labels(), "every customer in its saved segment");
        assertEquals(List.of("Income", "Spend"), window.picker().selectedFeatures());
        assertEquals(3, window.picker().k());
        assertTrue(window.statusText().contains("saved segments"), window.statusText());
        assertFalse(robot.lookup(".run-differs").query().isVisible(), "the choice shown is the saved run's");

        Path april = customers("april.csv", 240, 60);
        robot.interact(() -> window.analyses().applyTo(() -> window.restored(), april));
        TestWindow.waitForNode(robot, ".fit-note-dialog", 20);
        DialogPane fit = robot.lookup(".fit-note-dialog").query();
        assertTrue(fit.getContentText().contains("Big spenders: "), fit.getContentText());
        assertTrue(fit.getContentText().contains("may be out of date"), "everyone 60 higher fits worse: " + fit.getContentText());
        assertEquals("april.csv", window.datasetProperty().get().source());
        assertEquals(names, window.profiles().model().segmentNamesProperty().get(), "shown with the saved names");
        assertNotNull(window.resultProperty().get());
        assertFalse(robot.lookup(".run-differs").query().isVisible(), "applied as saved: the choice shown is the run's");
    }

    @Test
    void comparingWithLastMonthsLabeledFileCountsWhoMoved(FxRobot robot) throws Exception {
        Path march = customers("march.csv", 300, 0);
        openAndRun(robot, march, null);
        int[] labels = window.resultProperty().get().labels();
        // Last month's labeled file: the same customers, the first 30 in another segment, 10 gone, and names.
        StringBuilder sb = new StringBuilder("CustomerID,Income,Spend,Segment,Segment name,Distance to centre\n");
        long moved = 0;
        for (int r = 0; r < 300; r++) {
            int seg = labels[r] + 1;
            if (r < 30) {
                seg = seg % 3 + 1;
                moved++;
            }
            sb.append(500 + r).append(",1,1,").append(seg).append(",Then ").append(seg).append(",0.5\n");
        }
        for (int r = 0; r < 10; r++) {
            sb.append(9000 + r).append(",1,1,1,Then 1,0.5\n");
        }
        Path february = Files.writeString(dir.resolve("february-labeled.csv"), sb);
        robot.interact(() -> window.compareWith(february));
        TestWindow.waitForNode(robot, ".compare-dialog", 15);
        var m = window.lastMigration();
        assertEquals(moved, m.moved());
        assertEquals(270, m.stayed());
        assertEquals(10, m.gone());
        assertEquals(0, m.newCustomers());
        assertEquals(List.of("Then 1", "Then 2", "Then 3"), m.namesBefore());
        assertTrue(robot.lookup(".heat-cell").queryAll().size() == 9, "a 3 × 3 heat map");
        assertTrue(robot.lookup(".migration-flows").tryQuery().isPresent());
    }

    @Test
    void enterAfterTypingANameKeepsItAndStartsNoRun(FxRobot robot) throws Exception {
        robot.interact(window::loadSample);
        robot.interact(window::run);
        waitAnalysed();
        robot.interact(() -> window.showTab(1));
        WaitForAsyncUtils.waitForFxEvents();
        var result = window.resultProperty().get();
        javafx.scene.control.ComboBox<?> first = robot.lookup(".segment-card .segment-name").queryAs(javafx.scene.control.ComboBox.class);
        robot.clickOn(first.getEditor());
        robot.interact(() -> first.getEditor().setText("Gold members"));
        robot.type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.resultProperty().get() == result, "Enter started no new run");
        assertTrue(window.profiles().model().segmentNamesProperty().get().contains("Gold members"),
                window.profiles().model().segmentNamesProperty().get().toString());
        // The refits arrive: each card says how firm its segment is, the table each customer's certainty.
        TestWindow.waitForNode(robot, ".segment-card .firmness", 20);
        javafx.scene.control.TableView<?> table = robot.lookup(".data-table").queryAs(javafx.scene.control.TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getColumns().stream()
                .anyMatch(c -> c.getText().equals("Certainty") && c.isVisible()));
    }

    /** Opens and runs {@code data}, saves the analysis, then adds a customer to the data file: the saved analysis. */
    private Path savedThenDataChanged(FxRobot robot, Path data) throws Exception {
        openAndRun(robot, data, null);
        Path saved = dir.resolve("march.segments");
        var task = WaitForAsyncUtils.asyncFx(() -> window.analyses().save(window.modelMaker(), saved)).get();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, task::isDone);
        Files.writeString(data, Files.readString(data) + "999,30,50,50\n");
        return saved;
    }

    @Test
    void overAnUnsavedAnalysisTheDataFileIsAskedAboutBeforeClosingWithoutSaving(FxRobot robot) throws Exception {
        Path saved = savedThenDataChanged(robot, customers("march.csv", 300, 0));
        robot.interact(() -> window.picker().setK(4));
        robot.interact(window::run); // segments on screen that are not saved
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> !window.isBusy()
                && window.resultProperty().get() != null && window.resultProperty().get().k() == 4).get());
        WaitForAsyncUtils.waitForFxEvents();
        var unsaved = window.resultProperty().get();
        robot.interact(() -> window.profiles().model().rename(0, "Keepers"));

        robot.interact(() -> window.analyses().open(saved));
        TestWindow.waitForNode(robot, ".analysis-data-dialog", 15);
        assertTrue(robot.lookup(".discard-dialog").tryQuery().isEmpty(), "the data file's question comes first");
        robot.clickOn(robot.lookup(".analysis-data-dialog").queryAs(DialogPane.class)
                .lookupButton(javafx.scene.control.ButtonType.CANCEL));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".discard-dialog").tryQuery().isEmpty(), "cancelled there: nothing more is asked");
        assertEquals(unsaved, window.resultProperty().get());

        robot.interact(() -> window.analyses().open(saved));
        TestWindow.waitForNode(robot, ".analysis-data-dialog", 15);
        DialogPane changed = robot.lookup(".analysis-data-dialog").query();
        robot.clickOn(changed.getButtonTypes().stream().filter(b -> b.getText().equals("Use it as it is now"))
                .map(changed::lookupButton).findFirst().orElseThrow());
        TestWindow.waitForNode(robot, ".discard-dialog", 10);
        assertTrue(robot.lookup(".discard-dialog").queryAs(DialogPane.class).getContentText()
                .startsWith("The segments on screen and the names you gave them will be gone."), "a segment was renamed");
        robot.interact(() -> robot.lookup(".discard-dialog").queryAs(DialogPane.class)
                .lookupButton(javafx.scene.control.ButtonType.CANCEL).fireEvent(new javafx.event.ActionEvent()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(unsaved, window.resultProperty().get(), "Cancel keeps the unsaved segments");
        assertEquals(null, window.restored());
    }

    @Test
    void aChangedOrMovedDataFileIsSaidSoAndNothingIsHalfLoaded(FxRobot robot) throws Exception {
        Path march = customers("march.csv", 300, 0);
        Path saved = savedThenDataChanged(robot, march);
        robot.interact(() -> window.analyses().open(saved));
        TestWindow.waitForNode(robot, ".analysis-data-dialog", 15);
        DialogPane changed = robot.lookup(".analysis-data-dialog").query();
        assertTrue(changed.getHeaderText().contains("march.csv has changed since the analysis was saved"),
                changed.getHeaderText());
        javafx.scene.Node asItIs = changed.getButtonTypes().stream().filter(b -> b.getText().equals("Use it as it is now"))
                .map(changed::lookupButton).findFirst().orElseThrow();
        robot.clickOn(asItIs);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> window.restored() != null
                && window.datasetProperty().get().rowCount() == 301).get());
        waitAnalysed();

        Files.delete(march);
        robot.interact(window::loadSample);
        robot.interact(() -> window.analyses().open(saved));
        TestWindow.waitForNode(robot, ".analysis-data-dialog", 15);
        DialogPane moved = robot.lookup(".analysis-data-dialog").query();
        assertTrue(moved.getHeaderText().contains("march.csv is not where the analysis was saved"), moved.getHeaderText());
        assertTrue(moved.getButtonTypes().stream().anyMatch(b -> b.getText().equals("Locate…")));
        robot.clickOn(moved.lookupButton(javafx.scene.control.ButtonType.CANCEL));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(200, window.datasetProperty().get().rowCount(), "cancelled: the sample stays open");
    }
}
