package org.segmentstudio.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.api.FxRobot;

/** Renders a scene headless to {@code target/screenshots/}, so a person can look at what a test saw. */
public final class Screenshots {
    private Screenshots() {
    }

    /** @return the PNG written */
    public static Path save(FxRobot robot, Scene scene, String fileName) throws IOException {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = scene.snapshot(null));
        Path out = Path.of("target", "screenshots", fileName);
        Files.createDirectories(out.getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", out.toFile());
        return out;
    }
}
