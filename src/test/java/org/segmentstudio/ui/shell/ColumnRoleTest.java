package org.segmentstudio.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.segmentstudio.data.ColumnKind;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A column's role is the user's to change in the features list, and the file remembers it (issue 14). */
@ExtendWith(ApplicationExtension.class)
class ColumnRoleTest {
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

    private void open(FxRobot robot, Path f) throws Exception {
        robot.interact(() -> window.openFile(f));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.datasetProperty().get() != null
                && window.datasetProperty().get().source().equals(f.getFileName().toString())
                && !WaitForAsyncUtils.asyncFx(window::isBusy).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private ColumnKind kind(String column) {
        return window.datasetProperty().get().column(column).orElseThrow().kind();
    }

    /** Selects the column's row and opens the list's context menu on it, as a right-click does; then clicks the item. */
    private void rightClickAndChoose(FxRobot robot, String column, String item) {
        javafx.scene.control.ListView<String> list = robot.lookup(".feature-list").queryAs(javafx.scene.control.ListView.class);
        robot.interact(() -> {
            list.getSelectionModel().select(column);
            javafx.geometry.Bounds b = list.localToScreen(list.getBoundsInLocal());
            list.getContextMenu().show(list, b.getMinX() + 40, b.getMinY() + 40);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(item);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void outletNumbersBecomeCategoriesStayTickedAndAreRememberedForTheFile(FxRobot robot) throws Exception {
        StringBuilder csv = new StringBuilder("Outlet,Gender,Visits,Spend\n");
        for (int i = 0; i < 60; i++) {
            csv.append(new int[] {101, 205, 317}[i % 3]).append(',').append(i % 2 == 0 ? "Female" : "Male").append(',')
                    .append(1 + i % 9).append(',').append(100 + (i * 37) % 400).append('\n');
        }
        Path f = Files.writeString(dir.resolve("outlets.csv"), csv);
        open(robot, f);
        assertEquals(ColumnKind.NUMERIC, kind("Outlet"));
        robot.interact(() -> window.picker().selectFeatures(List.of("Outlet", "Spend")));
        rightClickAndChoose(robot, "Outlet", "Use as a category (codes, one-hot)");
        assertEquals(ColumnKind.CATEGORICAL, kind("Outlet"));
        assertEquals(List.of("Outlet", "Spend"), window.picker().selectedFeatures(), "the ticks stay");

        rightClickAndChoose(robot, "Gender", "Use as a number");
        TestWindow.waitForNode(robot, ".error-dialog", 10);
        DialogPane pane = robot.lookup(".error-dialog").query();
        assertTrue(pane.getContentText().contains("\"Female\" on line 2 of outlets.csv is not one"), pane.getContentText());
        robot.interact(() -> pane.getScene().getWindow().hide());
        assertEquals(ColumnKind.CATEGORICAL, kind("Gender"), "the data stays as it was");

        rightClickAndChoose(robot, "Spend", "Use as a category (codes, one-hot)");
        TestWindow.waitForNode(robot, ".error-dialog", 10);
        DialogPane many = robot.lookup(".error-dialog").query();
        assertTrue(many.getContentText().contains("too many to be categories"), many.getContentText());
        robot.interact(() -> many.getScene().getWindow().hide());
        assertEquals(ColumnKind.NUMERIC, kind("Spend"), "a measure with many values stays a number, in the list");

        robot.interact(window::loadSample);
        open(robot, f);
        assertEquals(ColumnKind.CATEGORICAL, kind("Outlet"), "reopened: the role the user gave it");
    }

    @Test
    void aColumnLeftOutIsNeverAFeatureNorOnTheCardsAndComesBack(FxRobot robot) throws Exception {
        StringBuilder csv = new StringBuilder("Postcode,Visits,Spend\n");
        for (int i = 0; i < 60; i++) {
            csv.append(1000 + (i * 7) % 50).append(',').append(1 + i % 9).append(',').append(100 + (i * 37) % 400)
                    .append('\n');
        }
        Path f = Files.writeString(dir.resolve("postcodes.csv"), csv);
        open(robot, f);
        rightClickAndChoose(robot, "Postcode", "Leave out (not a feature, not on the cards)");
        assertTrue(window.datasetProperty().get().isLeftOut("Postcode"));
        assertTrue(!window.picker().selectedFeatures().contains("Postcode"));
        robot.interact(window::run);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> !window.isBusy()
                && window.profiles().model().analysisProperty().get() != null).get());
        var profile = window.profiles().model().analysisProperty().get().profiles().get(0);
        assertTrue(profile.stat("Postcode").isEmpty(), "not averaged on the cards");

        robot.interact(window::loadSample);
        open(robot, f);
        assertTrue(window.datasetProperty().get().isLeftOut("Postcode"), "the file remembers it");
        rightClickAndChoose(robot, "Postcode", "Use as a number");
        assertTrue(!window.datasetProperty().get().isLeftOut("Postcode"), "and it comes back");
        assertEquals(ColumnKind.NUMERIC, kind("Postcode"));
    }

    @Test
    void aRoleGivenWhileSegmentsAreOnScreenAsksFirstAndCancelKeepsThemAndTheData(FxRobot robot) throws Exception {
        StringBuilder csv = new StringBuilder("Channel,Visits,Spend\n");
        for (int i = 0; i < 60; i++) {
            csv.append(1 + i % 2).append(',').append(1 + i % 9).append(',').append(100 + (i * 37) % 400).append('\n');
        }
        Path f = Files.writeString(dir.resolve("channels.csv"), csv);
        open(robot, f);
        robot.interact(() -> window.picker().selectFeatures(List.of("Visits", "Spend")));
        robot.interact(window::run);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> !window.isBusy()
                && window.profiles().model().analysisProperty().get() != null).get());
        var data = window.datasetProperty().get();
        var result = window.resultProperty().get();
        javafx.scene.control.ListView<?> list = robot.lookup(".feature-list").queryAs(javafx.scene.control.ListView.class);
        javafx.scene.control.MenuItem leaveOut = list.getContextMenu().getItems().stream()
                .filter(i -> i.getStyleClass().contains("role-leave-out")).findFirst().orElseThrow();
        robot.interact(() -> list.getSelectionModel().select(0)); // Channel
        javafx.application.Platform.runLater(leaveOut::fire);
        TestWindow.waitForNode(robot, ".discard-dialog", 10);
        robot.interact(() -> ((DialogPane) robot.lookup(".discard-dialog").query()).lookupButton(javafx.scene.control.ButtonType.CANCEL)
                .fireEvent(new javafx.event.ActionEvent()));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.datasetProperty().get() == data, "Cancel: the data as it was, Channel not left out");
        assertTrue(!data.isLeftOut("Channel"));
        assertTrue(window.resultProperty().get() == result, "and the segments on screen");
    }
}
