package org.segmentstudio.ui.profiles;

import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Node;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.segmentstudio.segments.FeatureStat;
import org.segmentstudio.segments.FeatureWords;
import org.segmentstudio.segments.Level;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A card's index is coloured by what it means for the shop: the Champions' "−76 %" days since the
 * last purchase was in the warning colour, a lapsed group's "+36 %" in the accent colour.
 */
@ExtendWith(ApplicationExtension.class)
class FeatureRowTest {
    private final GridPane grid = new GridPane();

    @Start
    void start(Stage stage) {
        stage.setScene(new javafx.scene.Scene(grid, 400, 200));
        stage.show();
    }

    private static FeatureStat stat(String column, double mean, double everyone) {
        return new FeatureStat(column, FeatureWords.of(column), true, mean, mean, everyone, everyone, Level.MID);
    }

    private Node index(int row) {
        return grid.getChildren().stream().filter(n -> GridPane.getRowIndex(n) == row
                && n.getStyleClass().contains("feature-index")).findFirst().orElseThrow();
    }

    @Test
    void fewerDaysSinceTheLastPurchaseIsGoodNewsLessSpendIsNot(FxRobot robot) {
        robot.interact(() -> {
            FeatureRow.addTo(grid, 0, stat("Recency (days)", 90, 370));
            FeatureRow.addTo(grid, 1, stat("Recency (days)", 500, 370));
            FeatureRow.addTo(grid, 2, stat("Monetary", 40, 106));
            FeatureRow.addTo(grid, 3, stat("Monetary", 400, 106));
            FeatureRow.addTo(grid, 4, stat("Tenure (days)", 501.9, 503.1));
            FeatureRow.addTo(grid, 5, stat("Age", 25.2, 38.9));
        });
        assertTrue(index(5).getStyleClass().contains("neutral"), "younger is not worse: " + index(5).getStyleClass());
        assertTrue(index(4).getStyleClass().contains("even"), "\u00b10 % is neither: " + index(4).getStyleClass());
        assertTrue(index(0).getStyleClass().contains("better"), index(0).getStyleClass().toString());
        assertTrue(index(1).getStyleClass().contains("worse"));
        assertTrue(index(2).getStyleClass().contains("worse"));
        assertTrue(index(3).getStyleClass().contains("better"));
    }
}
