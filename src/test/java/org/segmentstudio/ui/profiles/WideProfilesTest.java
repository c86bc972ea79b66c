package org.segmentstudio.ui.profiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.segmentstudio.data.Column;
import org.segmentstudio.data.ColumnKind;
import org.segmentstudio.data.Dataset;
import org.segmentstudio.engine.KMeans;
import org.segmentstudio.engine.KMeansParams;
import org.segmentstudio.engine.KMeansResult;
import org.segmentstudio.engine.Scaling;
import org.segmentstudio.segments.FeatureMatrix;
import org.segmentstudio.segments.FeatureMatrixBuilder;
import org.segmentstudio.segments.MissingPolicy;
import org.segmentstudio.segments.SegmentAnalysis;
import org.segmentstudio.ui.shell.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Regression (issue 14): with six spend columns the cards cut their figures ("+20…", "detergen…").
 * Every row of every card now shows whole, and two cards still sit side by side in the room the
 * Segments tab has at 1280 × 800.
 */
@ExtendWith(ApplicationExtension.class)
class WideProfilesTest {
    private static final String[] SPEND = {"Fresh", "Milk", "Grocery", "Frozen", "Detergents_Paper", "Delicassen"};
    private ProfilesView view;
    private SegmentAnalysis analysis;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Random rnd = new Random(440);
        int n = 440;
        List<Column> columns = new ArrayList<>();
        for (String name : SPEND) {
            String[] text = new String[n];
            double[] values = new double[n];
            for (int r = 0; r < n; r++) {
                values[r] = Math.round(Math.exp(8 + 1.2 * rnd.nextGaussian()));
                text[r] = Long.toString((long) values[r]);
            }
            columns.add(new Column(name, ColumnKind.NUMERIC, text, values));
        }
        Dataset data = new Dataset("wholesale.csv", columns);
        FeatureMatrix fm = FeatureMatrixBuilder.build(data, List.of(SPEND), MissingPolicy.DROP);
        KMeansResult r = KMeans.fit(fm.matrix(), KMeansParams.defaults(5).withScaling(Scaling.AUTO));
        analysis = SegmentAnalysis.of(data, fm, r.labels(), r.k());
        view = new ProfilesView();
        // The Segments tab's room at 1280 × 800: the window less the features column.
        Scene scene = new Scene(view, 1030, 560);
        scene.getStylesheets().add(MainWindow.stylesheet());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void everyFigureShowsWholeAndTwoCardsFitSideBySide(FxRobot robot) {
        robot.interact(() -> view.show(analysis));
        WaitForAsyncUtils.waitForFxEvents();
        List<Node> cards = new ArrayList<>(robot.lookup(".segment-card").queryAll());
        assertEquals(5, cards.size());
        for (Node card : cards) {
            for (String style : List.of(".feature-word", ".feature-index", ".feature-value")) {
                for (Node n : card.lookupAll(style)) {
                    Label l = (Label) n;
                    Text shown = (Text) l.lookup(".text");
                    assertEquals(l.getText(), shown.getText(), "cut: " + l.getText());
                }
            }
        }
        double width = ((Region) cards.get(0)).getWidth();
        assertTrue(2 * width + 12 <= 1030 - 24, "two cards side by side: " + width);
        assertEquals(((Region) cards.get(0)).getLayoutY(), ((Region) cards.get(1)).getLayoutY(), "on one row");
    }
}
