package org.segmentstudio.ui.profiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.segmentstudio.data.Dataset;
import org.segmentstudio.data.Samples;
import org.segmentstudio.engine.KMeans;
import org.segmentstudio.engine.KMeansParams;
import org.segmentstudio.engine.KMeansResult;
import org.segmentstudio.engine.Scaling;
import org.segmentstudio.segments.FeatureMatrix;
import org.segmentstudio.segments.FeatureMatrixBuilder;
import org.segmentstudio.segments.MissingPolicy;
import org.segmentstudio.segments.Persona;
import org.segmentstudio.segments.SegmentAnalysis;
import org.segmentstudio.segments.ValueMeasure;
import org.segmentstudio.ui.Screenshots;
import org.segmentstudio.ui.shell.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ProfilesViewTest {
    private ProfilesView view;
    private Scene scene;
    private SegmentAnalysis analysis;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Dataset data = Samples.mallCustomers();
        FeatureMatrix fm = FeatureMatrixBuilder.build(data, List.of("Annual Income (k$)", "Spending Score (1-100)"),
                MissingPolicy.DROP);
        KMeansResult r = KMeans.fit(fm.matrix(), KMeansParams.defaults(5).withScaling(Scaling.NONE));
        analysis = SegmentAnalysis.of(data, fm, r.labels(), r.k());
        view = new ProfilesView();
        scene = new Scene(view, 1060, 760);
        scene.getStylesheets().add(MainWindow.stylesheet());
        stage.setScene(scene);
        stage.show();
    }

    private int targetSegment() {
        for (int s = 0; s < analysis.k(); s++) {
            if (analysis.names().get(s).persona().orElse(null) == Persona.TARGET) {
                return s;
            }
        }
        throw new AssertionError("no target persona");
    }

    @Test
    void oneCardPerSegmentWithTheTargetFirstAndMarked(FxRobot robot) throws Exception {
        assertTrue(robot.lookup(".profiles-empty").tryQuery().isPresent(), "an empty view says what to do");
        robot.interact(() -> view.show(analysis));
        WaitForAsyncUtils.waitForFxEvents();
        Set<Node> cards = robot.lookup(".segment-card").queryAll();
        assertEquals(5, cards.size());
        Set<Node> targets = robot.lookup(".segment-card.target").queryAll();
        assertEquals(1, targets.size());
        Node target = targets.iterator().next();
        ComboBox<?> name = (ComboBox<?>) target.lookup(".segment-name");
        assertEquals("High income \u00b7 High spending", name.getValue());
        assertTrue(robot.from(target).lookup(".start-here").tryQuery().isPresent());
        assertTrue(view.reasonText().startsWith("Ranked by spending \u00d7 size. 39 customers"), view.reasonText());
        assertEquals(3, robot.from(target).lookup(".strategy").queryAll().size());
        assertTrue(robot.from(target).lookup(".mix").queryAs(Label.class).getText().startsWith("Gender:"));
        assertEquals("\u2605 Start marketing here: High income \u00b7 High spending", view.recommendationText());
        assertTrue(Files.size(Screenshots.save(robot, scene, "segments-tab.png")) > 10_000);
    }

    @Test
    void renamingFlowsIntoTheNamesEveryoneReads(FxRobot robot) {
        robot.interact(() -> view.show(analysis));
        int target = targetSegment();
        robot.interact(() -> view.model().rename(target, "Gold members"));
        assertEquals("Gold members", view.model().segmentNamesProperty().get().get(target));
        assertEquals("\u2605 Start marketing here: Gold members", view.recommendationText());
        robot.interact(() -> view.model().rename(target, "  "));
        assertEquals("High income \u00b7 High spending", view.model().segmentNamesProperty().get().get(target));
        robot.interact(() -> {
            ComboBox<String> box = robot.lookup(".segment-card.target .segment-name").query();
            box.setValue("Target");
        });
        assertEquals("Target", view.model().segmentNamesProperty().get().get(target));
        robot.interact(() -> {
            ComboBox<String> box = robot.lookup(".segment-card.target .segment-name").query();
            box.setValue("");
            assertEquals("High income \u00b7 High spending", box.getValue(), "a blank name shows the built one again");
        });
    }

    @Test
    void choosingAnotherMeasureReranks(FxRobot robot) {
        robot.interact(() -> view.show(analysis));
        int before = view.model().analysisProperty().get().ranking().target();
        robot.interact(() -> view.model().measureProperty().set(ValueMeasure.SIZE));
        WaitForAsyncUtils.waitForFxEvents();
        int after = view.model().analysisProperty().get().ranking().target();
        assertNotEquals(before, after);
        assertEquals(1, robot.lookup(".segment-card.target").queryAll().size());
        ComboBox<?> name = robot.lookup(".segment-card.target .segment-name").query();
        assertEquals("Mid income \u00b7 Mid spending", name.getValue());
    }

    @Test
    void aNewAnalysisOpensAtItsFirstCardARenameStaysWhereItIs(FxRobot robot) {
        robot.interact(() -> {
            view.showingProperty().set(true);
            view.show(analysis);
        });
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ScrollPane scroll = robot.lookup(".cards-scroll").queryAs(javafx.scene.control.ScrollPane.class);
        robot.interact(() -> scroll.setVvalue(scroll.getVmax()));
        robot.interact(() -> view.model().rename(0, "Gold"));
        assertEquals(scroll.getVmax(), scroll.getVvalue(), "a rename keeps the place");
        robot.interact(() -> view.model().measureProperty().set(ValueMeasure.SIZE));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ValueMeasure.SIZE, view.model().analysisProperty().get().ranking().measure(), "ranked anew");
        assertEquals(scroll.getVmax(), scroll.getVvalue(), "ranked by another measure: the same segments, the same place");
        Dataset data = Samples.mallCustomers();
        FeatureMatrix fm = FeatureMatrixBuilder.build(data, List.of("Age", "Spending Score (1-100)"), MissingPolicy.DROP);
        KMeansResult r = KMeans.fit(fm.matrix(), KMeansParams.defaults(4).withScaling(Scaling.NONE));
        SegmentAnalysis other = SegmentAnalysis.of(data, fm, r.labels(), r.k());
        robot.interact(() -> view.show(other));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(scroll.getVmin(), scroll.getVvalue(), "the next file's cards from the top");
    }

    @Test
    void rfmsMonetaryIsSaidAsSpendInTheRankByList() {
        assertEquals("spend \u00d7 size", ProfilesView.label(new ValueMeasure("Monetary", "monetary")));
        assertEquals("spending \u00d7 size", ProfilesView.label(new ValueMeasure("Spending Score (1-100)", "spending")));
    }
}
