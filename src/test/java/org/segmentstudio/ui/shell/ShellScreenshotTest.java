package org.segmentstudio.ui.shell;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Renders the shell headless to {@code target/screenshots/}: the empty state, and the window after
 * a run in the dark theme, to look at them as a user would.
 */
@ExtendWith(ApplicationExtension.class)
class ShellScreenshotTest {
    @TempDir
    Path dir;
    private final TestPreferences node = new TestPreferences();
    private final String previousTheme = Application.getUserAgentStylesheet();
    private MainWindow window;
    private Scene scene;

    @Start
    void start(Stage stage) {
        Theme.LIGHT.apply();
        window = new MainWindow(stage, node.prefs(), new ErrorLog(dir));
        scene = new Scene(window, 1280, 800);
        scene.getStylesheets().add(MainWindow.stylesheet());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void restore(FxRobot robot) throws Exception {
        robot.interact(() -> Application.setUserAgentStylesheet(previousTheme));
        node.close();
    }

    @Test
    void rendersTheEmptyStateAndTheDarkTheme(FxRobot robot) throws Exception {
        save(robot, "empty-state.png");
        robot.interact(() -> {
            Theme.DARK.apply();
            window.loadSample();
            window.run();
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.resultProperty().get() != null);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.scatter().isAtEnd());
        save(robot, "main-window-dark.png");

        robot.interact(() -> window.menus().help().getItems().stream().filter(i -> i.getText().contains("About")).findFirst().orElseThrow().fire());
        TestWindow.waitForNode(robot, ".about-dialog", 5);
        javafx.scene.control.DialogPane about = robot.lookup(".about-dialog").query();
        assertTrue(about.getContentText().contains(AboutDialog.version()), about.getContentText());
        save(robot, about.getScene(), "about-dark.png");
        robot.interact(() -> about.getScene().getWindow().hide());
    }

    private void save(FxRobot robot, String name) throws Exception {
        save(robot, scene, name);
    }

    private static void save(FxRobot robot, Scene scene, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = scene.snapshot(null));
        Path out = Path.of("target", "screenshots", name);
        Files.createDirectories(out.getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", out.toFile());
        assertTrue(Files.size(out) > 3_000, "a real picture was written");
    }
}
