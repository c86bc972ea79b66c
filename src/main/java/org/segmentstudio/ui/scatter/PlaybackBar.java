package org.segmentstudio.ui.scatter;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.segmentstudio.ui.Messages;

/**
 * The controls under the canvas: restart, step back, play / pause, step forward, the iteration
 * scrubber, the speed, which start is shown, and the inertia sparkline.
 */
public final class PlaybackBar extends VBox {
    private final PlaybackModel model;
    private final Slider scrubber = new Slider(0, 0, 0);
    private final Slider speed = new Slider(0, 4, 2);
    private final Label iteration = new Label();
    private final Label speedLabel = new Label();
    private final Label startNote = new Label();
    private boolean syncing;

    public PlaybackBar(PlaybackModel model) {
        this.model = model;
        getStyleClass().add("playback-bar");
        Button restart = button("playback.restart", "|◀", model::toStart, "restart-button");
        Button back = button("playback.back", "◀", model::stepBack, "step-back-button");
        Button play = button("playback.play", "▶", model::togglePlay, "play-button");
        play.textProperty().bind(Bindings.when(model.playingProperty()).then("| |").otherwise("▶"));
        Button forward = button("playback.forward", "▶|", model::stepForward, "step-forward-button");
        scrubber.getStyleClass().add("iteration-scrubber");
        scrubber.setBlockIncrement(1);
        scrubber.setMajorTickUnit(1);
        scrubber.setMinorTickCount(0);
        scrubber.setSnapToTicks(true);
        HBox.setHgrow(scrubber, Priority.ALWAYS);
        scrubber.setMaxWidth(Double.MAX_VALUE);
        scrubber.valueProperty().addListener((o, was, now) -> {
            if (!syncing && Math.round(now.doubleValue()) != model.positionProperty().get()) {
                model.scrubTo((int) Math.round(now.doubleValue()));
            }
        });
        // The speed slider is logarithmic: 0 → 0.25×, 2 → 1×, 4 → 4×.
        speed.getStyleClass().add("speed-slider");
        speed.setPrefWidth(110);
        // Five speeds, 0.25× 0.5× 1× 2× 4×: a click on the track lands on one of them, never on 1.03129×.
        speed.setMajorTickUnit(1);
        speed.setMinorTickCount(0);
        speed.setSnapToTicks(true);
        speed.setBlockIncrement(1);
        speed.valueProperty().addListener((o, was, now) -> {
            if (!syncing) {
                model.speedProperty().set(Math.pow(2, Math.round(now.doubleValue()) - 2));
            }
        });
        model.speedProperty().addListener(o -> sync());
        model.positionProperty().addListener(o -> sync());
        model.phaseProperty().addListener(o -> sync());
        model.frameCountProperty().addListener(o -> sync());
        model.shownStartProperty().addListener(o -> sync());
        model.startsProperty().addListener(o -> sync());
        model.liveProperty().addListener(o -> sync());
        iteration.getStyleClass().add("iteration-label");
        // Wide enough for every text it shows, so the scrubber beside it never moves as it changes.
        iteration.setMinWidth(150);
        iteration.setPrefWidth(150);
        speedLabel.getStyleClass().add("speed-label");
        speedLabel.setMinWidth(46);
        speedLabel.setPrefWidth(46);
        startNote.getStyleClass().add("start-note");
        Label speedTitle = new Label(Messages.tr("playback.speed"));
        HBox controls = new HBox(6, restart, back, play, forward, iteration, scrubber, speedTitle, speed, speedLabel);
        controls.setAlignment(Pos.CENTER_LEFT);
        controls.getStyleClass().add("playback-controls");
        InertiaSparkline sparkline = new InertiaSparkline(model);
        Label sparkTitle = new Label(Messages.tr("playback.inertia"));
        sparkTitle.getStyleClass().add("sparkline-title");
        sparkTitle.setMinWidth(130);
        HBox.setHgrow(sparkline, Priority.ALWAYS);
        HBox spark = new HBox(6, sparkTitle, sparkline, startNote);
        spark.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(controls, spark);
        disableProperty().bind(model.frameCountProperty().isEqualTo(0));
        sync();
    }

    private static Button button(String tooltipKey, String text, Runnable action, String styleClass) {
        Button b = new Button(text);
        b.getStyleClass().addAll("flat", styleClass);
        org.segmentstudio.ui.Tips.set(b, Messages.tr(tooltipKey));
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }

    private void sync() {
        syncing = true;
        try {
            int n = model.frameCountProperty().get();
            scrubber.setMax(Math.max(0, n - 1));
            scrubber.setValue(Math.max(0, model.positionProperty().get()));
            double s = model.speedProperty().get();
            speed.setValue(Math.log(s) / Math.log(2) + 2);
            speedLabel.setText(String.format(Locale.ROOT, "%s×", NiceTicks.format(s)));
            iteration.setText(n == 0 ? Messages.tr("playback.none") : stepText());
            startNote.setText(startText());
        } finally {
            syncing = false;
        }
    }

    /** "Start", or the step on screen as the caption counts them: each assignment begins a step. */
    private String stepText() {
        // Steps as the status bar and the report count them: one update each (the last assignment,
        // which finds nothing to change, is the convergence, not a step).
        int at = model.positionProperty().get();
        int steps = Math.max(1, model.lastIteration());
        boolean last = at == model.lastIteration() && !model.liveProperty().get() && model.currentFrame() != null;
        return switch (model.phaseProperty().get()) {
            case START -> Messages.tr("playback.seeding");
            case ASSIGNED -> last && at > 0 ? Messages.tr(model.currentFrame().converged() ? "playback.converged"
                    : "playback.atLimit") : Messages.tr("playback.iteration", at + 1, steps);
            case UPDATED -> Messages.tr("playback.iteration", Math.max(1, at), steps);
        };
    }

    private String startText() {
        int starts = model.startsProperty().get();
        if (model.frameCountProperty().get() == 0 || starts <= 1) {
            return "";
        }
        if (model.liveProperty().get()) {
            return Messages.tr("playback.liveStart", starts);
        }
        return Messages.tr("playback.bestOf", starts, model.shownStartProperty().get() + 1);
    }

    /** The text that says which start is shown, e.g. "Showing the best of 10 starts". */
    public String startNoteText() {
        return startNote.getText();
    }
}
