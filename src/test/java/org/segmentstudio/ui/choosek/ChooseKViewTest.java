package org.segmentstudio.ui.choosek;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Application;
import javafx.concurrent.Worker;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.segmentstudio.app.KSearch;
import org.segmentstudio.app.Choice;
import org.segmentstudio.app.NoRunView;
import org.segmentstudio.app.Session;
import org.segmentstudio.data.Samples;
import org.segmentstudio.engine.CancelledException;
import org.segmentstudio.engine.KMeans;
import org.segmentstudio.engine.KMeansParams;
import org.segmentstudio.engine.KMeansResult;
import org.segmentstudio.engine.Scaling;
import org.segmentstudio.segments.FeatureMatrix;
import org.segmentstudio.segments.FeatureMatrixBuilder;
import org.segmentstudio.segments.MissingPolicy;
import org.segmentstudio.segments.report.KChartData;
import org.segmentstudio.ui.Screenshots;
import org.segmentstudio.ui.shell.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ChooseKViewTest {
    /** Fixed scores: this test is about the view, not about how K is advised. */
    private static final KChartData SCORES = new KChartData(List.of(2, 3, 4, 5, 6, 7),
            List.of(181363.6, 106348.4, 73679.8, 44448.5, 37233.8, 30227.6),
            List.of(0.30, 0.47, 0.49, 0.55, 0.54, 0.51), 5, "K = 5: silhouette is highest there, and the elbow bends there");

    private final List<Integer> chosen = new ArrayList<>();
    private final List<Throwable> errors = new ArrayList<>();
    private final CountDownLatch started = new CountDownLatch(1);
    private volatile KSearch search;
    private ChooseKView view;
    private Worker<KChartData> service;
    private Session session;
    private Scene scene;
    private FeatureMatrix features;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        features = FeatureMatrixBuilder.build(Samples.mallCustomers(),
                List.of("Annual Income (k$)", "Spending Score (1-100)"), MissingPolicy.DROP);
        session = new Session(new NoRunView(), (f, p, lo, hi, done, cancelled) -> search.run(f, p, lo, hi, done, cancelled));
        session.setOnProblem(p -> errors.add(p.error()));
        session.choiceProperty().set(new Choice(List.of("Annual Income (k$)", "Spending Score (1-100)"), 5,
                Scaling.NONE, MissingPolicy.DROP, true));
        session.loadSample();
        service = session.kSearch();
        view = new ChooseKView(session, chosen::add);
        scene = new Scene(view, 1030, 300);
        scene.getStylesheets().add(MainWindow.stylesheet());
        stage.setScene(scene);
        stage.show();
    }

    private Worker.State state() {
        try {
            return WaitForAsyncUtils.asyncFx(service::getState).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theRecommendedKIsMarkedOnBothChartsAndAClickChoosesAK(FxRobot robot) throws Exception {
        KChart elbow = robot.lookup(".k-chart").nth(0).query();
        javafx.scene.chart.NumberAxis ks = (javafx.scene.chart.NumberAxis) elbow.getXAxis();
        assertEquals(1.5, ks.getLowerBound(), "before a search the K axis shows 2 to 10, not 0 to 100");
        assertEquals(10.5, ks.getUpperBound());
        robot.interact(() -> view.show(SCORES));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, robot.lookup(".chart-line-symbol.recommended").queryAll().size());
        assertEquals("Recommended K = 5: silhouette is highest there, and the elbow bends there", view.reasonText());
        KChart silhouette = robot.lookup(".k-chart").nth(1).query();
        robot.clickOn(silhouette.getData().get(0).getData().get(1).getNode());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(3), chosen);
        robot.interact(() -> {
            KMeansResult r = KMeans.fit(features.matrix(), KMeansParams.defaults(5).withScaling(Scaling.NONE));
            double[] widths = new double[r.labels().length];
            for (int i = 0; i < widths.length; i++) {
                widths[i] = ((i * 37) % 100) / 100.0 - 0.1; // a spread of widths, to see the plot drawn
            }
            view.silhouettePlot().show(widths, r.labels(), r.k());
        });
        assertTrue(Files.size(Screenshots.save(robot, scene, "choose-k-tab.png")) > 5_000);
    }

    @Test
    void suggestKRunsInTheBackgroundWithProgressAndShowsTheResult(FxRobot robot) throws Exception {
        AtomicInteger calls = new AtomicInteger();
        search = (f, p, lo, hi, done, cancelled) -> {
            calls.incrementAndGet();
            assertEquals(2, lo);
            assertEquals(10, hi);
            for (int k = lo; k <= hi; k++) {
                done.accept(k);
            }
            return SCORES;
        };
        robot.clickOn(".suggest-k-button");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> state() == Worker.State.SUCCEEDED);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, calls.get());
        assertEquals(1.0, WaitForAsyncUtils.asyncFx(service::getProgress).get(), 1e-12);
        assertEquals(SCORES, view.scoresProperty().get());
        assertEquals(2, robot.lookup(".chart-line-symbol.recommended").queryAll().size());
    }

    @Test
    void cancelStopsASearchAndSaysSo(FxRobot robot) throws Exception {
        search = (f, p, lo, hi, done, cancelled) -> {
            started.countDown();
            while (!cancelled.getAsBoolean()) {
                Thread.onSpinWait();
            }
            throw new CancelledException();
        };
        robot.clickOn(".suggest-k-button");
        assertTrue(started.await(10, TimeUnit.SECONDS));
        robot.clickOn(".cancel-k-button");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> state() == Worker.State.CANCELLED);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Suggest K was cancelled.", view.reasonText());
        assertEquals(null, view.scoresProperty().get());
        assertTrue(errors.isEmpty());
    }

    @Test
    void aBadRangeIsSaidBesideTheFieldsAndCannotBeSearched(FxRobot robot) throws Exception {
        robot.interact(() -> {
            robot.lookup(".k-min").queryAs(javafx.scene.control.Spinner.class).getValueFactory().setValue(8);
            robot.lookup(".k-max").queryAs(javafx.scene.control.Spinner.class).getValueFactory().setValue(4);
        });
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.Label problem = robot.lookup(".k-range-problem").queryAs(javafx.scene.control.Label.class);
        assertEquals("The first K must be smaller than the last.", problem.getText());
        assertTrue(robot.lookup(".suggest-k-button").queryButton().isDisabled());

        javafx.scene.control.TextField last = robot.lookup(".k-max .text-field").queryAs(javafx.scene.control.TextField.class);
        robot.interact(() -> last.setText(""));
        robot.interact(() -> last.replaceSelection("x9y9"));
        assertEquals("x9y9", last.getText(), "what is typed stays as typed");
        assertEquals("Each K must be a whole number from 2 to 20.", problem.getText());
        robot.interact(() -> last.setText("25"));
        assertEquals("Each K must be a whole number from 2 to 20.", problem.getText(),
                "no K the K field could not take: a click on K = 25 would have set 20");
        assertTrue(robot.lookup(".suggest-k-button").queryButton().isDisabled());
        robot.interact(() -> last.setText("12"));
        assertEquals("", problem.getText());
        assertTrue(errors.isEmpty());
        assertEquals(Worker.State.READY, state());
    }
}
