package org.segmentstudio.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * What the status bar shows while work runs: a k-means run gets Cancel but no indeterminate bar,
 * whose sweep would make the renderer repaint on every pulse of a run that already animates.
 */
@ExtendWith(ApplicationExtension.class)
class StatusBarTest {
    private StatusBar status;

    @Start
    void start(Stage stage) {
        Theme.LIGHT.apply();
        status = new StatusBar();
        status.setData("Mall customers (sample): 200 customers, 5 columns");
        status.setRun("Ready");
        Scene scene = new Scene(new BorderPane(null, null, null, status, null), 900, 300);
        scene.getStylesheets().add(MainWindow.stylesheet());
        stage.setScene(scene);
        stage.show();
    }

    private static Task<Void> idleTask() {
        return new Task<>() {
            @Override
            protected Void call() {
                return null;
            }
        };
    }

    @Test
    void aRunShowsCancelButNoBarSweepingBackAndForth(FxRobot robot) {
        Task<Void> task = idleTask();
        robot.interact(() -> status.track(task, false));
        Button cancel = robot.lookup(".status-cancel").queryButton();
        ProgressBar bar = robot.lookup(".progress-bar").queryAs(ProgressBar.class);
        assertTrue(cancel.isVisible());
        assertFalse(bar.isVisible(), "no indeterminate bar repainting every frame");
        robot.interact(() -> status.track(task));
        assertTrue(bar.isVisible());
        assertEquals(-1, bar.getProgress(), 0, "an import's bar follows its worker (indeterminate until it reports)");
    }
}
