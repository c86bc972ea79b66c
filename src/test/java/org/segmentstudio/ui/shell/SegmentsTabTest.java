package org.segmentstudio.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A run fills the Segments tab; a new run or new data empties it first. */
@ExtendWith(ApplicationExtension.class)
class SegmentsTabTest {
    private MainWindow window;
    private Scene scene;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        window = new MainWindow(stage);
        scene = new Scene(window, 1280, 800);
        scene.getStylesheets().add(MainWindow.stylesheet());
        stage.setScene(scene);
        stage.show();
        window.loadSample();
    }

    @Test
    void aRunShowsOneCardPerSegmentAndTheNamesForExports(FxRobot robot) throws Exception {
        assertEquals(0, window.profiles().model().segmentNamesProperty().get().size());
        robot.interact(window::run);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.resultProperty().get() != null);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.scatter().isAtEnd());
        robot.interact(() -> window.showTab(1));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(5, robot.lookup(".segment-card").queryAll().size());
        assertEquals(5, window.profiles().model().segmentNamesProperty().get().size());
        assertTrue(window.profiles().model().segmentNamesProperty().get().contains("High income \u00b7 High spending"));

        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = scene.snapshot(null));
        Path out = Path.of("target", "screenshots", "main-window-segments.png");
        Files.createDirectories(out.getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", out.toFile());

        robot.interact(window::loadSample);
        assertEquals(0, robot.lookup(".segment-card").queryAll().size());
        assertEquals(0, window.profiles().model().segmentNamesProperty().get().size());
    }
}
