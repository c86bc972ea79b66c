package org.segmentstudio.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javafx.css.CssParser;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.text.FontWeight;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window in the app's own look at 1280×800, as a manager first sees it. Regression: a missing
 * "}" in app.css made JavaFX drop every rule after it, so the empty state (and the scatter's
 * tooltip) showed unstyled: a plain title, no spacing, the buttons touching.
 */
@ExtendWith(ApplicationExtension.class)
class WindowLookTest {
    private TestWindow shown;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        shown = TestWindow.show(stage, 1280, 800);
        window = shown.window();
    }

    @AfterEach
    void closeWindow() throws Exception {
        shown.close();
    }

    @Test
    void everyStylesheetParsesWithoutErrors() throws Exception {
        for (String name : List.of("app.css", "profiles.css", "choosek.css")) {
            URL css = MainWindow.class.getResource("/org/segmentstudio/css/" + name);
            CssParser.errorsProperty().clear();
            new CssParser().parse(css);
            List<String> errors = new ArrayList<>();
            CssParser.errorsProperty().forEach(e -> errors.add(e.toString()));
            assertEquals(List.of(), errors, name);
        }
    }

    @Test
    void theEmptyStateHasAnEmphasisedTitleAndApartButtons(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Label title = robot.lookup(".empty-title").queryAs(Label.class);
        Label hint = robot.lookup(".empty-hint").queryAs(Label.class);
        assertTrue(title.getFont().getSize() > hint.getFont().getSize() + 4, "the title is larger than the hint");
        assertTrue(title.getFont().getStyle().toLowerCase().contains("bold")
                || FontWeight.findByName(title.getFont().getStyle()) == FontWeight.BOLD, title.getFont().getStyle());
        Button open = robot.lookup(".empty-open").queryButton();
        Button sample = robot.lookup(".empty-sample").queryButton();
        double gap = sample.localToScene(sample.getLayoutBounds()).getMinX()
                - open.localToScene(open.getLayoutBounds()).getMaxX();
        assertTrue(gap >= 8, "the two buttons stand apart, gap " + gap);
    }

    /**
     * Regression: the Features list showed four rows, hiding the sample's preselected
     * "Spending Score (1-100)" below a scrollbar.
     */
    @Test
    void everyFeatureOfTheSampleIsVisibleWithoutScrolling(FxRobot robot) {
        robot.interact(window::loadSample);
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> list = robot.lookup(".feature-list").queryAs(ListView.class);
        Bounds shown = list.localToScene(list.getLayoutBounds());
        for (String feature : List.of("CustomerID", "Gender", "Age", "Annual Income (k$)", "Spending Score (1-100)")) {
            Node cell = robot.from(list).lookup(".list-cell")
                    .match((ListCell<?> c) -> feature.equals(c.getItem())).query();
            Bounds b = cell.localToScene(cell.getLayoutBounds());
            assertTrue(cell.isVisible() && b.getMinY() >= shown.getMinY() && b.getMaxY() <= shown.getMaxY(),
                    feature + " is shown whole: " + b + " in " + shown);
        }
        assertTrue(robot.from(list).lookup(".scroll-bar").queryAll().stream().noneMatch(bar -> bar.isVisible()
                && ((ScrollBar) bar).getOrientation() == Orientation.VERTICAL), "no scrollbar in the feature list");
    }
}
