package org.segmentstudio.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Regression (issue 12): the second Run left the scatter grey with "No run yet". */
@ExtendWith(ApplicationExtension.class)
class EveryRunDrawsTest {
    private TestWindow shown;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        shown = TestWindow.withSample(stage, 1200, 800);
        window = shown.window();
    }

    @AfterEach
    void closeWindow() throws Exception {
        shown.close();
    }

    private void runAndWait(FxRobot robot) throws Exception {
        robot.interact(window::run);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.resultProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void everyRunIsRecordedAndDrawn(FxRobot robot) throws Exception {
        for (int run = 1; run <= 3; run++) {
            runAndWait(robot);
            int frames = window.scatter().playback().frameCountProperty().get();
            assertTrue(frames > 0, "run " + run + " recorded no frame");
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.scatter().drawnSegmentsProperty().get() == 5);
            assertEquals(5, window.scatter().drawnSegmentsProperty().get(), "run " + run);
        }
    }
}
