package org.segmentstudio.ui.scatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.segmentstudio.data.Samples;
import org.segmentstudio.segments.FeatureMatrixBuilder;
import org.segmentstudio.segments.MissingPolicy;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Regression: the scatter stayed white in the dark theme. Its colours come from the theme's
 * background and text colours (AtlantaFX's looked-up {@code -color-bg-default} and
 * {@code -color-fg-default}), given here by a stylesheet of the test's own instead of a global theme.
 */
@ExtendWith(ApplicationExtension.class)
class ScatterThemeTest {
    private static final String APP_CSS = "/org/segmentstudio/css/app.css";
    private ScatterPane pane;
    private Scene scene;

    @Start
    void start(Stage stage) {
        pane = new ScatterPane();
        scene = new Scene(pane, 800, 560);
        stage.setScene(scene);
        stage.show();
        pane.showFeatures(FeatureMatrixBuilder.build(Samples.mallCustomers(),
                List.of("Annual Income (k$)", "Spending Score (1-100)"), MissingPolicy.DROP));
    }

    private static String theme(String background, String text) {
        String css = ".root { -color-bg-default: " + background + "; -color-fg-default: " + text
                + "; -color-fg-subtle: gray; }";
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8));
    }

    /** The colour of the canvas at its top-left corner, outside the plot: the background. */
    private Color backgroundAfter(FxRobot robot, String background, String text) throws Exception {
        robot.interact(() -> scene.getStylesheets().setAll(ScatterThemeTest.class.getResource(APP_CSS).toExternalForm(),
                theme(background, text)));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> pane.view().isPointsReady());
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = pane.view().snapshot(null, null));
        return image[0].getPixelReader().getColor(3, 3);
    }

    @Test
    void theCanvasFollowsADarkThemeAndKeepsTheLightLook(FxRobot robot) throws Exception {
        Color dark = backgroundAfter(robot, "#0d1117", "#e6edf3");
        assertTrue(dark.getBrightness() < 0.2, "dark background, got " + dark);
        PlotColors colors = pane.view().colors();
        assertTrue(colors.axisName().getBrightness() > 0.7 && colors.grid().getBrightness() < 0.3,
                "light text and faint grid lines on the dark background");

        Color light = backgroundAfter(robot, "#ffffff", "#1f2328");
        assertEquals(Color.WHITE, light);
        assertEquals(PlotColors.LIGHT, pane.view().colors(), "the light look is as it was");
    }
}
