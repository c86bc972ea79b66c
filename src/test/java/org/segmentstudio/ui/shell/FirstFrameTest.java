package org.segmentstudio.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Work for after the first frame runs once, after the window has shown and painted. */
@ExtendWith(ApplicationExtension.class)
class FirstFrameTest {
    @Test
    void runsOnceAfterTheFirstShowingAndNotAgain(FxRobot robot) throws Exception {
        AtomicInteger runs = new AtomicInteger();
        AtomicInteger shownWhenRun = new AtomicInteger(-1);
        Stage[] stage = new Stage[1];
        robot.interact(() -> {
            stage[0] = new Stage();
            stage[0].setScene(new Scene(new Label("first frame"), 200, 100));
            FirstFrame.then(stage[0], () -> {
                shownWhenRun.set(stage[0].isShowing() ? 1 : 0);
                runs.incrementAndGet();
            });
        });
        WaitForAsyncUtils.sleep(200, TimeUnit.MILLISECONDS);
        assertEquals(0, runs.get(), "nothing before the window shows");
        robot.interact(() -> stage[0].show());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> runs.get() == 1);
        assertEquals(1, shownWhenRun.get());
        robot.interact(() -> stage[0].hide());
        robot.interact(() -> stage[0].show());
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        assertEquals(1, runs.get(), "once, not at every showing");
        robot.interact(() -> stage[0].hide());
    }
}
