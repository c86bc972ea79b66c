package org.segmentstudio.ui.scatter;

import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * Records every iteration of the shown run and plays it back: play / pause, step, restart, scrub,
 * speed. Each iteration plays as k-means' two steps: <em>update</em>, every centre glides to the
 * middle of its customers (the colours stay), then <em>assign</em>, every customer takes the
 * colour of its nearest centre (those that changed are ringed). Before the first assignment the
 * starting centres are shown alone ({@link Phase#START}). Stepping moves one phase at a time. Time only moves in {@link #tick(long)}, which the canvas calls once per frame, so the
 * model can be driven by a test without a clock.
 *
 * <p>While a run with several restarts is in progress, restart 0 is shown live and the others are
 * recorded on the side; when the run ends the best restart replaces it if it is not restart 0.
 */
public final class PlaybackModel {
    /** How long one iteration takes to glide into the next at 1× speed. */
    public static final double STEP_NANOS = 450e6;
    /** While playing, how long each iteration rests before the next, at 1×: long enough to see who changed. */
    public static final double HOLD_NANOS = 350e6;
    /**
     * A run of few iterations plays slower, so each can be followed at 1×: its steps are stretched
     * until the run lasts about this many plain steps, at most {@link #MAX_PACE} times each.
     */
    static final double SHORT_RUN_STEPS = 8;
    static final double MAX_PACE = 1.6;
    /** A long run plays faster, down to this pace, so forty iterations do not take a minute at 1×. */
    static final double MIN_PACE = 0.5;
    public static final double MIN_SPEED = 0.25;
    public static final double MAX_SPEED = 4;

    /** Where in an iteration the replay is. */
    public enum Phase {
        /** The starting centres, before any customer is assigned. */
        START,
        /** The centres have moved to the middle of their customers; the colours are the previous step's. */
        UPDATED,
        /** Every customer has the colour of its nearest centre. */
        ASSIGNED
    }

    private final ReadOnlyIntegerWrapper position = new ReadOnlyIntegerWrapper(this, "position", -1);
    private final javafx.beans.property.ReadOnlyObjectWrapper<Phase> phase =
            new javafx.beans.property.ReadOnlyObjectWrapper<>(this, "phase", Phase.START);
    /** Counts the assignments shown, so the view rings the customers that changed at each one. */
    private long assignments;
    private final ReadOnlyIntegerWrapper frameCount = new ReadOnlyIntegerWrapper(this, "frameCount", 0);
    private final ReadOnlyIntegerWrapper iteration = new ReadOnlyIntegerWrapper(this, "iteration", -1);
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing", false);
    private final ReadOnlyBooleanWrapper live = new ReadOnlyBooleanWrapper(this, "live", false);
    private final ReadOnlyIntegerWrapper starts = new ReadOnlyIntegerWrapper(this, "starts", 1);
    private final ReadOnlyIntegerWrapper shownStart = new ReadOnlyIntegerWrapper(this, "shownStart", 0);
    private final DoubleProperty speed = new SimpleDoubleProperty(this, "speed", 1);

    private long run;
    private RecordedRun shown = new RecordedRun();
    private RecordedRun best;
    private RecordedRun current;
    /** Frame the glide starts from, or -1 when not gliding. */
    private int glideFrom = -1;
    private double glide = 1;
    /** Length of the glide under way at 1×, in nanoseconds. */
    private double glideNanos = STEP_NANOS;
    /** Rest left before playing moves on, in nanoseconds at 1×. */
    private double hold;
    private long lastTick = -1;
    private long revision;
    private long runRevision;

    public PlaybackModel() {
        speed.addListener((o, was, now) -> {
            double v = now.doubleValue();
            if (!(v >= MIN_SPEED && v <= MAX_SPEED)) {
                speed.set(Double.isNaN(v) ? 1 : Math.max(MIN_SPEED, Math.min(MAX_SPEED, v)));
            }
        });
    }

    /** Forgets everything recorded and waits for the frames of run {@code runId}. */
    public void begin(long runId, int restarts) {
        run = runId;
        shown = new RecordedRun();
        best = null;
        current = null;
        glideFrom = -1;
        glide = 1;
        sync(-1);
        starts.set(restarts);
        shownStart.set(0);
        runRevision++;
        live.set(true);
        playing.set(true);
        sync(-1);
    }

    /** Forgets the recorded run, leaving nothing to play. */
    public void clear() {
        run = -1;
        runRevision++;
        shown = new RecordedRun();
        best = null;
        current = null;
        glideFrom = -1;
        sync(-1);
        live.set(false);
        playing.set(false);
        starts.set(1);
        sync(-1);
    }

    /** Records frames as they arrive; frames of another run are ignored. */
    public void accept(List<ScatterFrame> frames) {
        for (ScatterFrame f : frames) {
            if (f.run() != run || !live.get()) {
                continue;
            }
            if (f.restart() == 0) {
                shown.add(f);
                continue;
            }
            if (current == null || current.restart() != f.restart()) {
                keepIfBest(current);
                current = new RecordedRun();
            }
            current.add(f);
        }
        frameCount.set(shown.size());
        if (position.get() < 0 && shown.size() > 0) {
            sync(0, Phase.START);
            hold = HOLD_NANOS * pace(); // the starting centroids first, before any customer takes a colour
        }
        revision++;
    }

    /** How much longer than plain steps this run's steps last: up to MAX_PACE for a few iterations, down to MIN_PACE for many. */
    double pace() {
        int steps = Math.max(1, shown.size() - 1);
        return Math.max(MIN_PACE, Math.min(MAX_PACE, SHORT_RUN_STEPS / steps));
    }

    private void keepIfBest(RecordedRun r) {
        if (r != null && !r.isEmpty() && (best == null || r.finalInertia() < best.finalInertia())) {
            best = r;
        }
    }

    /**
     * The run has ended. With {@code bestRestart} ≥ 0 the run completed and that restart won: it
     * becomes the shown run, played from its start if it was not the one shown live.
     */
    public void finish(int bestRestart) {
        live.set(false);
        keepIfBest(current);
        current = null;
        if (bestRestart > 0 && best != null && best.restart() == bestRestart) {
            shown = best;
            runRevision++;
            glideFrom = -1;
            // Position and count first: listeners of the start (the caption) read the frame shown.
            sync(0, Phase.START);
            shownStart.set(bestRestart);
            hold = HOLD_NANOS * pace();
            playing.set(true);
        } else if (shown.isEmpty()) {
            playing.set(false);
        }
        best = null;
        revision++;
    }

    /** Advances the animation to time {@code now} (nanoseconds); the canvas calls this each frame. */
    public void tick(long now) {
        long dt = lastTick < 0 ? 0 : Math.max(0, now - lastTick);
        lastTick = now;
        if (glideFrom >= 0) {
            glide = Math.min(1, glide + dt * speed.get() / glideNanos);
            if (glide >= 1) {
                glideFrom = -1;
                hold = playing.get() ? HOLD_NANOS * pace() : 0;
            }
            revision++;
            return;
        }
        if (playing.get()) {
            if (hold > 0 && (live.get() || !isAtEnd())) {
                hold -= dt * speed.get();
                return;
            }
            if (!isAtEnd()) {
                forward(true);
                hold = phase.get() == Phase.ASSIGNED ? HOLD_NANOS * pace() : 0;
            } else if (!live.get()) {
                playing.set(false);
            }
        }
    }

    /**
     * One phase on: the start → the first assignment; an assignment → the next update (a glide);
     * an update → its assignment. Does nothing at the last assignment recorded so far.
     */
    private void forward(boolean paced) {
        int at = position.get();
        switch (phase.get()) {
            case START -> assign(at);
            case UPDATED -> assign(at);
            case ASSIGNED -> {
                if (at < shown.size() - 1) {
                    moveTo(at + 1, true, Phase.UPDATED);
                    glideNanos = paced ? STEP_NANOS * pace() : STEP_NANOS;
                }
            }
        }
    }

    /** One phase back: an assignment → its update (or the start); an update → the assignment before it. */
    private void backward() {
        int at = position.get();
        switch (phase.get()) {
            case START -> { }
            case ASSIGNED -> {
                glideFrom = -1;
                sync(at, at == 0 ? Phase.START : Phase.UPDATED);
            }
            case UPDATED -> moveTo(at - 1, true, Phase.ASSIGNED);
        }
    }

    private void assign(int frame) {
        glideFrom = -1;
        assignments++;
        sync(frame, Phase.ASSIGNED);
    }

    public void play() {
        if (shown.isEmpty()) {
            return;
        }
        if (isAtEnd() && !live.get()) {
            moveTo(0, false, Phase.START);
            hold = HOLD_NANOS * pace();
        }
        playing.set(true);
    }

    public void pause() {
        playing.set(false);
    }

    public void togglePlay() {
        if (playing.get()) {
            pause();
        } else {
            play();
        }
    }

    /** One phase on (→): update or assign; pauses. */
    public void stepForward() {
        pause();
        if (position.get() >= 0) {
            forward(false);
        }
    }

    /** One phase back (←); pauses. */
    public void stepBack() {
        pause();
        if (position.get() >= 0) {
            backward();
        }
    }

    /** Back to the seeding, playing. */
    public void restart() {
        if (shown.isEmpty()) {
            return;
        }
        moveTo(0, false, Phase.START);
        hold = HOLD_NANOS * pace();
        playing.set(true);
    }

    /** Back to the start (Home): the starting centroids, paused, ready to play or step. */
    public void toStart() {
        if (shown.isEmpty()) {
            return;
        }
        pause();
        moveTo(0, false, Phase.START);
    }

    /** Jumps to frame {@code index} (clamped) without gliding, and pauses. */
    public void scrubTo(int index) {
        if (shown.isEmpty()) {
            return;
        }
        pause();
        int i = Math.max(0, Math.min(shown.size() - 1, index));
        assignments++;
        moveTo(i, false, Phase.ASSIGNED);
    }

    /** Jumps to the last recorded frame, assigned, without gliding. */
    public void skipToEnd() {
        if (!shown.isEmpty()) {
            assignments++;
            moveTo(shown.size() - 1, false, Phase.ASSIGNED);
        }
    }

    private void moveTo(int index, boolean animate, Phase to) {
        glideNanos = STEP_NANOS;
        hold = 0;
        glideFrom = animate && position.get() >= 0 ? position.get() : -1;
        glide = glideFrom >= 0 ? 0 : 1;
        sync(index, to);
    }

    private void sync(int index) {
        sync(index, Phase.START);
    }

    private void sync(int index, Phase p) {
        // Iteration, count and phase first: listeners of the position read them.
        iteration.set(index >= 0 ? shown.get(index).iteration() : -1);
        frameCount.set(shown.size());
        phase.set(p);
        position.set(index);
        revision++;
    }

    /** Whether the animation shows the last recorded frame assigned, at rest. */
    public boolean isAtEnd() {
        return position.get() == shown.size() - 1 && glideFrom < 0 && phase.get() == Phase.ASSIGNED;
    }

    /** The phase on screen. */
    public javafx.beans.property.ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    /**
     * The frame whose colours are on screen: the frame shown once it is assigned, the one before
     * while its centres glide in or rest updated; -1 at the start, before any assignment.
     */
    public int labelsIndex() {
        int at = position.get();
        return switch (phase.get()) {
            case START -> -1;
            case UPDATED -> at - 1;
            case ASSIGNED -> at;
        };
    }

    /** Changes each time customers are (re)assigned on screen. */
    long assignments() {
        return assignments;
    }

    /** Whether a glide between two frames is under way. */
    public boolean isGliding() {
        return glideFrom >= 0;
    }

    /** Frame the glide comes from (the shown frame when at rest). */
    int fromIndex() {
        return glideFrom >= 0 ? glideFrom : position.get();
    }

    /** Progress of the glide, eased: 0 at its start, 1 at rest. */
    public double easedProgress() {
        double t = glide;
        return t < 0.5 ? 4 * t * t * t : 1 - Math.pow(-2 * t + 2, 3) / 2;
    }

    /** Raw (linear) glide progress, 1 at rest. */
    double progress() {
        return glideFrom >= 0 ? glide : 1;
    }

    /** Changes whenever what should be on screen changes. */
    long revision() {
        return revision;
    }

    /** Changes whenever the shown run is replaced. */
    long revisionOfRun() {
        return runRevision;
    }

    /** How many frames the shown run holds now (what {@link #frame(int)} may be asked for). */
    int recorded() {
        return shown.size();
    }

    /** Customers who still changed segment in the last recorded step (0 before a run). */
    public int changedInLastStep() {
        return shown.isEmpty() ? 0 : shown.get(shown.size() - 1).changed();
    }

    ScatterFrame frame(int i) {
        return shown.get(i);
    }

    /** The frame on screen, or null. */
    public ScatterFrame currentFrame() {
        return position.get() >= 0 ? shown.get(position.get()) : null;
    }

    byte[] labelsAt(int i) {
        return shown.labelsAt(i);
    }

    /** Centroids of the shown run's first frame (its starting centroids), in the data's units. */
    public double[][] frame0Centroids() {
        return shown.isEmpty() ? null : shown.get(0).centroids();
    }

    /** Iteration number of the last recorded frame, or -1. */
    public int lastIteration() {
        return shown.isEmpty() ? -1 : shown.get(shown.size() - 1).iteration();
    }

    public double inertiaAt(int i) {
        return shown.get(i).inertia();
    }

    public ReadOnlyIntegerProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty frameCountProperty() {
        return frameCount.getReadOnlyProperty();
    }

    /** The iteration number on screen: 0 is the seeding; -1 before a run. */
    public ReadOnlyIntegerProperty iterationProperty() {
        return iteration.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    /** Whether frames are still arriving from a run in progress. */
    public ReadOnlyBooleanProperty liveProperty() {
        return live.getReadOnlyProperty();
    }

    /** How many starts (restarts) the run makes. */
    public ReadOnlyIntegerProperty startsProperty() {
        return starts.getReadOnlyProperty();
    }

    /** The 0-based start on screen. */
    public ReadOnlyIntegerProperty shownStartProperty() {
        return shownStart.getReadOnlyProperty();
    }

    /** Playback speed, 0.25× to 4×; values outside are clamped. */
    public DoubleProperty speedProperty() {
        return speed;
    }
}
