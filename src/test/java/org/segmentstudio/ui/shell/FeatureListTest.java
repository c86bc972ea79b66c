package org.segmentstudio.ui.shell;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Regression: in the app's own look at 1280×800 the Features list showed four rows, hiding the
 * preselected "Spending Score (1-100)" of the sample below a scrollbar.
 */
@ExtendWith(ApplicationExtension.class)
class FeatureListTest {
    private MainWindow window;

    @Start
    void start(Stage stage) {
        Theme.LIGHT.apply();
        window = new MainWindow(stage);
        stage.setScene(new Scene(window, 1280, 800));
        stage.getScene().getStylesheets().add(MainWindow.stylesheet());
        stage.show();
        window.loadSample();
    }

    @Test
    void everyFeatureOfTheSampleIsVisibleWithoutScrolling(FxRobot robot) {
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
