package org.segmentstudio.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.segmentstudio.engine.Scaling;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The desktop shell as a user meets it: empty state, File ▸ Open Recent, and the error dialog. */
@ExtendWith(ApplicationExtension.class)
class ShellTest {
    @TempDir
    Path dir;
    private final TestPreferences node = new TestPreferences();
    private MainWindow window;
    private Stage stage;
    private ErrorLog log;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        log = new ErrorLog(dir.resolve("appdata"));
        window = new MainWindow(stage, node.prefs(), log);
        Scene scene = new Scene(window, 1100, 700);
        scene.getStylesheets().add(MainWindow.stylesheet());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void closeDialogsAndRemovePreferences(FxRobot robot) throws Exception {
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != stage).toList()
                .forEach(Window::hide));
        node.close();
    }

    @Test
    void withNothingLoadedTheWindowOffersOpenCsvAndLoadSample(FxRobot robot) {
        assertNull(window.datasetProperty().get());
        assertTrue(robot.lookup(".empty-state").query().isVisible());
        assertEquals("Open CSV or workbook…", robot.lookup(".empty-open").queryButton().getText());
        robot.clickOn(".empty-sample");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(200, window.datasetProperty().get().rowCount());
        assertTrue(robot.lookup(".empty-state").tryQuery().isEmpty(), "the empty state made way for the data");

        robot.interact(window::closeData);
        assertNull(window.datasetProperty().get());
        assertTrue(robot.lookup(".empty-state").query().isVisible(), "closing the data brings the empty state back");
    }

    @Test
    void aFailedLoadWithNothingOpenKeepsTheEmptyStateAndSaysWhy(FxRobot robot) throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.csv"), "Name,City\nAda,Paris\nBob,Lyon\n");
        robot.interact(() -> window.openFile(broken));
        TestWindow.waitForNode(robot, ".error-dialog", 10);
        DialogPane pane = robot.lookup(".error-dialog").query();
        assertTrue(pane.getContentText().contains("no numeric column"), pane.getContentText());
        assertNull(window.datasetProperty().get());
        assertTrue(robot.lookup(".empty-state").query().isVisible());
    }

    @Test
    void openedFilesAreListedUnderOpenRecentNewestFirstAndReopenWithTheirChoice(FxRobot robot) throws Exception {
        Path shops = csv("shops.csv");
        Path malls = csv("malls.csv");
        open(robot, shops);
        robot.interact(() -> {
            window.picker().selectFeatures(List.of("Age", "Spend"));
            window.picker().setK(3);
            window.picker().setScaling(Scaling.ZSCORE);
        });
        robot.interact(window::run);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.resultProperty().get() != null);
        open(robot, malls);
        assertEquals(List.of("Income", "Spend"), window.picker().selectedFeatures(), "malls.csv has no choice yet");

        Menu recent = recentMenu();
        robot.interact(() -> recent.getOnShowing().handle(null));
        List<String> labels = recent.getItems().stream().filter(i -> i.getStyleClass().contains("recent-file"))
                .map(MenuItem::getText).toList();
        assertEquals(2, labels.size(), labels.toString());
        assertTrue(labels.get(0).contains("malls.csv") && labels.get(1).contains("shops.csv"), labels.toString());

        MenuItem shopsItem = recent.getItems().stream().filter(i -> i.getText() != null && i.getText().contains("shops.csv"))
                .findFirst().orElseThrow();
        robot.interact(shopsItem::fire);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> window.datasetProperty().get() != null && window.datasetProperty().get().source().equals("shops.csv"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Age", "Spend"), window.picker().selectedFeatures());
        assertEquals(3, window.picker().k());
        assertEquals(Scaling.ZSCORE, window.picker().scaling());
    }

    @Test
    void aRecentFileThatIsGoneIsGreyedOutWhenTheMenuOpens(FxRobot robot) throws Exception {
        Path kept = csv("kept.csv");
        Path gone = csv("moved.csv");
        open(robot, gone);
        open(robot, kept);
        Files.delete(gone);
        Menu recent = recentMenu();
        robot.interact(() -> recent.getOnShowing().handle(null));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> recent.getItems().stream()
                .anyMatch(i -> i.getStyleClass().contains("missing")));
        WaitForAsyncUtils.waitForFxEvents();
        MenuItem missing = recent.getItems().stream().filter(i -> i.getText() != null && i.getText().contains("moved.csv"))
                .findFirst().orElseThrow();
        assertTrue(missing.isDisable());
        assertTrue(missing.getText().endsWith("not found"), missing.getText());
        MenuItem present = recent.getItems().stream().filter(i -> i.getText() != null && i.getText().contains("kept.csv"))
                .findFirst().orElseThrow();
        assertTrue(!present.isDisable() && !present.getText().contains("not found"), present.getText());
        assertEquals(2, node.prefs().recentFiles().size(), "a file that is gone stays listed, in case its drive comes back");
    }

    @Test
    void aFileThatIsGoneDropsOutOfOpenRecent(FxRobot robot) throws Exception {
        Path gone = csv("gone.csv");
        open(robot, gone);
        Files.delete(gone);
        robot.interact(() -> window.openFile(gone));
        TestWindow.waitForNode(robot, ".error-dialog", 10);
        assertTrue(node.prefs().recentFiles().isEmpty());
        assertEquals("gone.csv", window.datasetProperty().get().source(), "the data that was open is still open");
    }

    @Test
    void anUnexpectedErrorShowsAPlainDialogLogsTheDetailsAndKeepsTheData(FxRobot robot) throws Exception {
        robot.interact(window::loadSample);
        CrashHandler[] handler = new CrashHandler[1];
        robot.interact(() -> handler[0] = new CrashHandler(new ErrorReporter(stage, log)).install());
        try {
            Platform.runLater(() -> {
                throw new IllegalStateException("injected failure");
            });
            TestWindow.waitForNode(robot, ".crash-dialog", 10);
            DialogPane pane = robot.lookup(".crash-dialog").query();
            assertEquals("Something went wrong", pane.getHeaderText());
            assertTrue(pane.getContentText().contains("Your data is still open"), pane.getContentText());
            assertTrue(pane.getContentText().contains(log.file().toString()), "the dialog says where the details are");
            assertTrue(Files.readString(log.file()).contains("java.lang.IllegalStateException: injected failure"));

            Node copy = robot.lookup(".copy-details").query();
            robot.clickOn(copy);
            WaitForAsyncUtils.waitForFxEvents();
            String[] clip = new String[1];
            robot.interact(() -> clip[0] = Clipboard.getSystemClipboard().getString());
            assertNotNull(clip[0]);
            assertTrue(clip[0].contains("injected failure"), clip[0]);
            assertTrue(robot.lookup(".crash-dialog").tryQuery().isPresent(), "copying does not close the dialog");
            assertEquals(200, window.datasetProperty().get().rowCount(), "the loaded data survived the error");
        } finally {
            robot.interact(handler[0]::uninstall);
        }
    }

    /**
     * Opening another file over an analysis that was not saved asks first, as Close and Quit do
     * (Open Recent here; File ▸ Open… and a dropped file ask the same way): Cancel keeps what is on
     * screen, "Close without saving" opens the file.
     */
    @Test
    void openingAnotherFileOverAnUnsavedAnalysisAsksFirst(FxRobot robot) throws Exception {
        Path shops = csv("shops.csv");
        Path malls = csv("malls.csv");
        open(robot, malls);
        open(robot, shops);
        robot.interact(window::run);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> {
            var run = window.session().runProperty().get();
            return run != null && run.analysis() != null;
        }).get());
        Menu recent = recentMenu();
        robot.interact(() -> recent.getOnShowing().handle(null));
        MenuItem mallsItem = recent.getItems().stream().filter(i -> i.getText() != null && i.getText().contains("malls.csv"))
                .findFirst().orElseThrow();

        javafx.application.Platform.runLater(mallsItem::fire); // the dialog waits for an answer: not inside interact
        TestWindow.waitForNode(robot, ".discard-dialog", 10);
        robot.interact(() -> ((javafx.scene.control.DialogPane) robot.lookup(".discard-dialog").query())
                .lookupButton(javafx.scene.control.ButtonType.CANCEL).fireEvent(new javafx.event.ActionEvent()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("shops.csv", window.datasetProperty().get().source(), "Cancel keeps the file on screen");
        assertTrue(window.resultProperty().get() != null, "and its segments");

        javafx.application.Platform.runLater(mallsItem::fire);
        TestWindow.waitForNode(robot, ".discard-dialog", 10);
        robot.interact(() -> {
            javafx.scene.control.DialogPane pane = (javafx.scene.control.DialogPane) robot.lookup(".discard-dialog").query();
            pane.getButtonTypes().stream().filter(b -> b.getButtonData() == javafx.scene.control.ButtonBar.ButtonData.OK_DONE)
                    .findFirst().map(pane::lookupButton).orElseThrow().fireEvent(new javafx.event.ActionEvent());
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> window.datasetProperty().get() != null && window.datasetProperty().get().source().equals("malls.csv"));
    }

    private Menu recentMenu() {
        return (Menu) window.menus().file().getItems().stream()
                .filter(i -> i.getStyleClass().contains("recent-files-menu")).findFirst().orElseThrow();
    }

    private Path csv(String name) throws Exception {
        StringBuilder s = new StringBuilder("Id,Age,Income,Spend\n");
        for (int i = 0; i < 30; i++) {
            // Values repeat, so none of these columns looks like an identifier.
            s.append(i + 1).append(',').append(20 + (i * 3) % 25).append(',').append(15 + (i * 7) % 20)
                    .append(',').append((i * 13) % 25).append('\n');
        }
        return Files.writeString(dir.resolve(name), s.toString());
    }

    private void open(FxRobot robot, Path file) throws Exception {
        robot.interact(() -> window.openFile(file));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.datasetProperty().get() != null
                && window.datasetProperty().get().source().equals(file.getFileName().toString()));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
