package org.segmentstudio.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** "How does this work?" opens from the link by the caption, in the run's own words and pictures (issue 18). */
@ExtendWith(ApplicationExtension.class)
class HowItWorksTest {
    private TestWindow shown;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        shown = TestWindow.withSample(stage, 1280, 800);
        window = shown.window();
    }

    @AfterEach
    void close(FxRobot robot) throws Exception {
        shown.closeWithDialogs(robot);
    }

    @Test
    void theLinkByTheCaptionExplainsKMeansWithTwoPicturesOfThisRun(FxRobot robot) throws Exception {
        robot.interact(window::run);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.resultProperty().get() != null);
        robot.interact(() -> window.scatter().playback().skipToEnd());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Converged: no customer changed segment — these are the segments", window.scatter().captionText());
        robot.clickOn(".how-it-works-link");
        TestWindow.waitForNode(robot, ".how-it-works-dialog", 10);
        DialogPane pane = robot.lookup(".how-it-works-dialog").query();
        String text = robot.from(pane).lookup(".label").queryAllAs(Label.class).stream().map(Label::getText)
                .reduce("", (a, b) -> a + "\n" + b);
        assertTrue(text.contains("here income, spending"), text);
        assertTrue(text.contains("(5 here)"), text);
        assertTrue(text.contains("it makes 10 starts and keeps the tightest"), text);
        assertTrue(text.contains("elbow"), text);
        assertEquals(2, robot.from(pane).lookup((java.util.function.Predicate<javafx.scene.Node>) n -> n instanceof Canvas)
                .queryAll().size(), "before and after");
    }
}
