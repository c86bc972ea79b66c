package org.segmentstudio.ui.choosek;

import java.util.function.IntConsumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.concurrent.Worker;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.segmentstudio.app.Choice;
import org.segmentstudio.app.Run;
import org.segmentstudio.app.Session;
import org.segmentstudio.app.BackgroundStep;
import org.segmentstudio.engine.KMeansResult;
import org.segmentstudio.engine.metrics.Silhouette;
import org.segmentstudio.segments.report.KChartData;
import org.segmentstudio.ui.Messages;
import org.segmentstudio.ui.picker.WholeNumberSpinner;

/**
 * The "Choose K" tab: Suggest K runs K over a range in the background; the elbow and silhouette
 * charts sit side by side with the recommended K marked and the reason in one line; a click on
 * either chart chooses that K. Beside them, the silhouette plot of the current result.
 */
public final class ChooseKView extends BorderPane {
    /** The sample of customers a large result's silhouette plot is drawn from is fixed, so it does not flicker. */
    private static final long SILHOUETTE_SEED = 42L;
    private final Session session;
    /** The widest search offered: no K the K field could not take (each K is a full run with restarts). */
    public static final int MAX_K = org.segmentstudio.ui.picker.FeaturePicker.MAX_K;
    private final WholeNumberSpinner kMin = new WholeNumberSpinner(2, MAX_K, 2);
    private final WholeNumberSpinner kMax = new WholeNumberSpinner(2, MAX_K, 10);
    private final Label rangeProblem = new Label();
    private final Button suggest = new Button(Messages.tr("choosek.suggest"));
    private final Button cancel = new Button(Messages.tr("choosek.cancel"));
    private final ProgressBar progress = new ProgressBar();
    private final Label reason = new Label(Messages.tr("choosek.hint"));
    private final KChart elbow;
    private final KChart silhouette;
    private final SilhouettePlot plot = new SilhouettePlot();
    private final ReadOnlyObjectWrapper<KChartData> scores = new ReadOnlyObjectWrapper<>(this, "scores");
    private final BackgroundStep<Silhouette.Widths> silhouettes = new BackgroundStep<>();

    /**
     * @param session  whose choice Suggest K searches, and whose scores and runs this tab shows
     * @param onChoose told the K the user clicked on a chart
     */
    public ChooseKView(Session session, IntConsumer onChoose) {
        this.session = session;
        Worker<KChartData> service = session.kSearch();
        getStyleClass().add("choose-k-view");
        getStylesheets().add(ChooseKView.class.getResource("/org/segmentstudio/css/choosek.css").toExternalForm());
        elbow = new KChart(Messages.tr("choosek.elbow"), Messages.tr("choosek.k"), Messages.tr("choosek.inertia"), onChoose);
        silhouette = new KChart(Messages.tr("choosek.silhouette"), Messages.tr("choosek.k"),
                Messages.tr("choosek.silhouetteValue"), onChoose);
        suggest.getStyleClass().addAll("accent", "suggest-k-button");
        cancel.getStyleClass().add("cancel-k-button");
        kMin.getStyleClass().add("k-min");
        kMax.getStyleClass().add("k-max");
        kMin.setPrefWidth(72);
        kMax.setPrefWidth(72);
        suggest.setOnAction(e -> session.suggestK(kMin.getValue(), kMax.getValue()));
        cancel.setOnAction(e -> session.cancelSuggestK());
        javafx.beans.binding.StringBinding problem = javafx.beans.binding.Bindings.createStringBinding(() -> {
            if (!kMin.validProperty().get() || !kMax.validProperty().get()) {
                return Messages.tr("choosek.range.bounds", kMin.minProperty().get(), kMax.maxProperty().get());
            }
            return kMin.getValue() >= kMax.getValue() ? Messages.tr("choosek.range.order") : "";
        }, kMin.validProperty(), kMax.validProperty(), kMin.valueProperty(), kMax.valueProperty(), kMax.maxProperty());
        rangeProblem.textProperty().bind(problem);
        rangeProblem.getStyleClass().addAll("field-problem", "k-range-problem");
        rangeProblem.managedProperty().bind(problem.isNotEmpty());
        rangeProblem.visibleProperty().bind(rangeProblem.managedProperty());
        javafx.beans.binding.BooleanBinding noChoice = javafx.beans.binding.Bindings.createBooleanBinding(
                () -> session.choiceProperty().get() == null || !session.choiceProperty().get().ready(),
                session.choiceProperty());
        suggest.disableProperty().bind(service.runningProperty().or(problem.isNotEmpty()).or(noChoice)
                .or(session.datasetProperty().isNull()));
        cancel.disableProperty().bind(service.runningProperty().not());
        progress.progressProperty().bind(service.progressProperty());
        progress.visibleProperty().bind(service.runningProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        reason.getStyleClass().add("k-reason");
        reason.setWrapText(true);
        HBox bar = new HBox(suggest, new Label(Messages.tr("choosek.from")), kMin, new Label(Messages.tr("choosek.to")),
                kMax, cancel, progress, rangeProblem);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("choose-k-bar");
        for (var n : bar.getChildren()) {
            ((javafx.scene.layout.Region) n).setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        VBox top = new VBox(bar, reason);
        top.getStyleClass().add("choose-k-top");
        setTop(top);
        HBox charts = new HBox(elbow, silhouette, plot);
        charts.getStyleClass().add("k-charts");
        for (var n : charts.getChildren()) {
            HBox.setHgrow(n, Priority.ALWAYS);
        }
        elbow.setPrefWidth(360);
        silhouette.setPrefWidth(360);
        plot.setPrefWidth(300);
        setCenter(charts);
        service.stateProperty().addListener((o, was, now) -> {
            switch (now) {
                case RUNNING -> reason.setText(Messages.tr("choosek.running"));
                case CANCELLED -> reason.setText(Messages.tr("choosek.cancelled"));
                case FAILED -> reason.setText(Messages.tr("choosek.failed"));
                case SUCCEEDED -> {
                    if (service.getValue() == null) {
                        reason.setText(Messages.tr("choosek.cancelled"));
                    }
                }
                default -> { }
            }
        });
        session.kScoresProperty().addListener((o, was, now) -> scoresChanged(now));
        session.choiceProperty().addListener(o -> markStale());
        session.datasetProperty().addListener((o, was, now) -> dataChanged(now));
        session.runProperty().addListener((o, was, now) -> runChanged(was, now));
        // Made when first shown (the window's tab): what is open and run by then, as if it had just come.
        dataChanged(session.datasetProperty().get());
        scoresChanged(session.kScoresProperty().get());
        runChanged(null, session.runProperty().get());
    }

    private void scoresChanged(Session.KScores now) {
        if (now == null) {
            clearCharts();
        } else {
            show(now.data());
        }
        markStale();
    }

    private void dataChanged(org.segmentstudio.data.Dataset now) {
        if (now != null) {
            limitTo(now.rowCount());
        }
    }

    private void runChanged(Run was, Run now) {
        if (now == null) {
            silhouettes.cancel();
            plot.clear();
        } else if (was == null || was.result() != now.result()) {
            showSilhouette(now);
        }
    }

    /** Shows the scores of a K search. */
    public void show(KChartData data) {
        scores.set(data);
        elbow.show(data.ks(), data.inertia(), data.recommended());
        silhouette.show(data.ks(), data.silhouette(), data.recommended());
        reason.setText(Messages.tr("choosek.recommended", data.recommended(), data.reason()));
    }

    /**
     * Charts made for other features or another scaling than those chosen now say so, instead of
     * advising a K for a choice they were not computed on.
     */
    private void markStale() {
        Session.KScores k = session.kScoresProperty().get();
        Choice c = session.choiceProperty().get();
        if (k == null || c == null) {
            pseudoClassStateChanged(STALE, false);
            return;
        }
        boolean stale = !k.features().equals(c.features()) || k.scaling() != c.scaling();
        pseudoClassStateChanged(STALE, stale);
        reason.setText(stale ? Messages.tr("choosek.stale", String.join(", ", k.features()),
                Messages.tr("scaling." + k.scaling().name()))
                : Messages.tr("choosek.recommended", k.data().recommended(), k.data().reason()));
    }

    private static final javafx.css.PseudoClass STALE = javafx.css.PseudoClass.getPseudoClass("stale");

    /** The search goes at most up to this many customers (K cannot exceed them). */
    public void limitTo(int customers) {
        int top = Math.max(2, Math.min(MAX_K, customers));
        kMin.maxProperty().set(top);
        kMax.maxProperty().set(top);
    }

    /** Forgets the charts (new data: the session dropped its scores). */
    private void clearCharts() {
        scores.set(null);
        elbow.clear();
        silhouette.clear();
        reason.setText(Messages.tr("choosek.hint"));
    }

    /** Computes each customer's silhouette width for a run in the background, then plots it. */
    private void showSilhouette(Run run) {
        KMeansResult result = run.result();
        plot.clear();
        silhouettes.setOnSucceeded(e -> {
            Silhouette.Widths w = silhouettes.getValue();
            int[] rows = w.rows();
            int[] labels = new int[rows.length];
            int[] all = result.labels();
            for (int i = 0; i < rows.length; i++) {
                labels[i] = all[rows[i]];
            }
            plot.show(w.widths(), labels, result.k());
        });
        // Every pair of customers is compared (a seeded sample above Silhouette.EXACT_LIMIT): off the FX thread.
        silhouettes.configure(() -> Silhouette.widths(run.clustered(), result.labels(), result.k(), SILHOUETTE_SEED));
        silhouettes.restart();
    }

    /** The silhouette plot of the current result. */
    public SilhouettePlot silhouettePlot() {
        return plot;
    }

    /** The last scores shown, or null; the report draws its charts from them. */
    public ReadOnlyObjectProperty<KChartData> scoresProperty() {
        return scores.getReadOnlyProperty();
    }

    String reasonText() {
        return reason.getText();
    }
}
