package org.segmentstudio.ui.shell;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Renders the main window after a run on the sample, as a user first sees it, to
 * {@code target/screenshots/main-window.png}. The README screenshot is this file, copied to
 * {@code assets/screenshot.png}.
 */
@ExtendWith(ApplicationExtension.class)
class ReadmeScreenshotTest {
    private TestWindow shown;
    private MainWindow window;
    private Scene scene;

    @Start
    void start(Stage stage) {
        shown = TestWindow.withSample(stage, 1280, 800);
        window = shown.window();
        scene = shown.scene();
    }

    @AfterEach
    void closeWindow() throws Exception {
        shown.close();
    }

    @Test
    void rendersTheMainWindowAfterARun(FxRobot robot) throws Exception {
        robot.interact(window::run);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.resultProperty().get() != null);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.scatter().isAtEnd());
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(100);
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = scene.snapshot(null));
        Path out = Path.of("target", "screenshots", "main-window.png");
        Files.createDirectories(out.getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", out.toFile());
        assertTrue(Files.size(out) > 10_000, "a real picture was written");
    }
}
