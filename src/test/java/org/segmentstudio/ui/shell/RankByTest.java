package org.segmentstudio.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.segmentstudio.segments.ValueMeasure;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Regression: "Rank by" chosen on one file followed the user to the next (size stayed chosen and
 * the mall sample's target became the largest, average segment). It is kept from run to run on the
 * same data, and starts from the default on new data.
 */
@ExtendWith(ApplicationExtension.class)
class RankByTest {
    private TestWindow shown;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        shown = TestWindow.withSample(stage, 1280, 800);
        window = shown.window();
    }

    @AfterEach
    void close() throws Exception {
        shown.close();
    }

    private ValueMeasure runAndRead(FxRobot robot) throws Exception {
        robot.interact(window::run);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.session().runProperty().get() != null
                && window.session().runProperty().get().analysis() != null);
        WaitForAsyncUtils.waitForFxEvents();
        return window.profiles().model().measureProperty().get();
    }

    @Test
    void theMeasureIsKeptOnTheSameDataAndForgottenOnNewData(FxRobot robot) throws Exception {
        ValueMeasure byDefault = runAndRead(robot);
        assertNotEquals(ValueMeasure.SIZE, byDefault);
        robot.interact(() -> window.profiles().model().measureProperty().set(ValueMeasure.SIZE));
        assertEquals(ValueMeasure.SIZE, runAndRead(robot), "the same data: the user's measure stays");
        robot.interact(window::loadSample);
        assertEquals(byDefault, runAndRead(robot), "new data: back to the default");
    }
}
