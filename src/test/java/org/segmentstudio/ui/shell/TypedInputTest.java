package org.segmentstudio.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Regression (issue 12): typing "abc" into K and leaving the field opened the crash dialog, and
 * the next Run used K = 20 while the field showed "abc"; K = 0 and 500 were silently changed.
 * Whatever is typed or pasted, the field holds only what it shows, and Run waits for a K it can use.
 */
@ExtendWith(ApplicationExtension.class)
class TypedInputTest {
    private TestWindow shown;
    private MainWindow window;
    private CrashHandler crashes;
    private ErrorLog log;

    @Start
    void start(Stage stage) throws Exception {
        shown = TestWindow.withSample(stage, 1280, 800);
        window = shown.window();
        log = new ErrorLog(Files.createTempDirectory("typed-input-log"));
        crashes = new CrashHandler(new ErrorReporter(stage, log)).install();
    }

    @AfterEach
    void close(FxRobot robot) throws Exception {
        robot.interact(crashes::uninstall);
        shown.close();
    }

    private TextField kField(FxRobot robot) {
        return robot.lookup(".k-spinner .text-field").queryAs(TextField.class);
    }

    private Button run(FxRobot robot) {
        return robot.lookup(".run-button").queryButton();
    }

    private String kProblem(FxRobot robot) {
        return robot.lookup(".k-problem").queryAs(Label.class).getText();
    }

    private void typeK(FxRobot robot, String text) {
        TextField k = kField(robot);
        robot.clickOn(k);
        robot.interact(k::selectAll);
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void leaveK(FxRobot robot) {
        robot.clickOn(".scatter-view");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void assertNoCrash(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".crash-dialog").tryQuery().isEmpty(), "no crash dialog");
        assertFalse(Files.exists(log.file()) && Files.readString(log.file()).contains("Exception"),
                "nothing was logged as an error");
    }

    @Test
    void lettersCannotBeTypedAndAKOutOfRangeIsSaidAndNeverRun(FxRobot robot) throws Exception {
        typeK(robot, "abc");
        assertEquals("abc", kField(robot).getText(), "what is typed stays as typed");
        assertTrue(run(robot).isDisabled(), "letters cannot be run");
        leaveK(robot);
        assertNoCrash(robot);
        assertEquals("abc", kField(robot).getText(), "leaving the field does not put back a K the user did not type");
        assertEquals("K is a whole number of segments from 2 to 20.", kProblem(robot));

        typeK(robot, "1.5");
        leaveK(robot);
        assertEquals("1.5", kField(robot).getText(), "1.5 is not silently read as 15 or 1");
        assertTrue(run(robot).isDisabled());
        robot.interact(() -> kField(robot).clear());
        assertTrue(run(robot).isDisabled(), "an empty K cannot be run");

        typeK(robot, "500");
        leaveK(robot);
        assertEquals("500", kField(robot).getText(), "500 is not silently made 20");
        assertTrue(run(robot).isDisabled());
        robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.runningProperty().get(), "Ctrl+R does not run a K the field does not hold");
        assertNull(window.resultProperty().get());

        typeK(robot, "0");
        assertTrue(run(robot).isDisabled(), "0 is not silently made 2");
        typeK(robot, "-3");
        assertTrue(run(robot).isDisabled(), "-3 is not read as 3");

        robot.interact(() -> {
            kField(robot).selectAll();
            kField(robot).replaceSelection(" 7 ");
        });
        assertEquals("7", kField(robot).getText(), "a pasted number loses its spaces");
        assertEquals("", kProblem(robot));
        assertFalse(run(robot).isDisabled());
        robot.clickOn(".run-button"); // the caret is still in the field: Run uses what it shows
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.resultProperty().get() != null);
        assertEquals(7, window.resultProperty().get().k());
        assertNoCrash(robot);
    }

    @Test
    void aSmallFileSaysHowManySegmentsItsCustomersAllow(FxRobot robot, @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path four = Files.writeString(dir.resolve("four.csv"), "Income,Spend\n10,20\n30,40\n50,60\n70,80\n");
        robot.interact(() -> window.openFile(four));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "four.csv".equals(window.datasetProperty().get().source()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("4", kField(robot).getText(), "K = 5 came down to the four customers, in the field");
        typeK(robot, "5");
        assertEquals("K is a whole number of segments from 2 to 4: there are only 4 customers.", kProblem(robot));
        assertTrue(run(robot).isDisabled());
    }

    @Test
    void withNoFeatureTickedRunWaitsAndTheListSaysWhy(FxRobot robot) throws Exception {
        robot.interact(() -> window.picker().selectFeatures(List.of()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Tick at least one feature to run.", robot.lookup(".features-problem").queryAs(Label.class).getText());
        assertTrue(run(robot).isDisabled());
        robot.interact(window::run);
        assertTrue(robot.lookup(".error-dialog").tryQuery().isEmpty(), "no dialog: the list says it");
        robot.interact(() -> window.picker().selectFeatures(List.of("Age")));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(run(robot).isDisabled());
        assertFalse(robot.lookup(".features-problem").queryAs(Label.class).isVisible());
    }
}
