package org.segmentstudio.ui.scatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.segmentstudio.engine.IterationSnapshot;

class PlaybackModelTest {
    private static final long STEP = (long) PlaybackModel.STEP_NANOS;

    /** Frames of one restart: {@code iterations + 1} frames, inertia falling to {@code last}. */
    private static List<ScatterFrame> restart(long run, int restart, int iterations, double last) {
        FramePacker packer = new FramePacker(run, null);
        List<ScatterFrame> out = new ArrayList<>();
        for (int it = 0; it <= iterations; it++) {
            double inertia = last + (iterations - it) * 10;
            out.add(packer.apply(new IterationSnapshot(restart, it, new double[][] {{it, it}, {-it, 0}},
                    new int[] {it % 2, 1}, inertia, 1, it == iterations)));
        }
        return out;
    }

    @Test
    void liveFramesPlayInOrderAndPlaybackStopsAtTheEndOnceTheRunIsOver() {
        PlaybackModel m = new PlaybackModel();
        m.begin(1, 1);
        m.accept(restart(1, 0, 3, 50));
        assertEquals(0, m.positionProperty().get());
        long now = 0;
        m.tick(now);
        for (int i = 0; i < 200 && !m.isAtEnd(); i++) {
            m.tick(now += STEP / 4);
        }
        assertEquals(3, m.iterationProperty().get());
        assertTrue(m.playingProperty().get(), "still live: waits for more frames");
        m.finish(0);
        m.tick(now += STEP);
        assertFalse(m.playingProperty().get());
    }

    @Test
    void stepsScrubAndRestart() {
        PlaybackModel m = new PlaybackModel();
        m.begin(1, 1);
        m.accept(restart(1, 0, 5, 50));
        m.finish(0);
        m.scrubTo(4);
        assertEquals(4, m.iterationProperty().get());
        assertEquals(PlaybackModel.Phase.ASSIGNED, m.phaseProperty().get());
        assertFalse(m.playingProperty().get());
        assertTrue(m.isAtEnd() == false && !m.isGliding());
        m.stepBack();
        assertEquals(4, m.positionProperty().get(), "one phase back: the centres of step 4, the colours of step 3");
        assertEquals(PlaybackModel.Phase.UPDATED, m.phaseProperty().get());
        assertEquals(3, m.labelsIndex());
        m.stepBack();
        assertEquals(3, m.positionProperty().get());
        assertEquals(PlaybackModel.Phase.ASSIGNED, m.phaseProperty().get());
        assertTrue(m.isGliding(), "the centres glide back");
        m.tick(0);
        m.tick(STEP * 2);
        assertFalse(m.isGliding());
        for (int i = 0; i < 4; i++) {
            m.stepForward();
            m.tick(STEP * (3 + 2L * i));
            m.tick(STEP * (4 + 2L * i));
        }
        assertEquals(5, m.positionProperty().get());
        assertTrue(m.isAtEnd());
        m.stepForward();
        assertEquals(5, m.positionProperty().get(), "no step past the end");
        m.scrubTo(99);
        assertEquals(5, m.positionProperty().get());
        m.restart();
        assertEquals(0, m.positionProperty().get());
        assertEquals(PlaybackModel.Phase.START, m.phaseProperty().get());
        assertEquals(-1, m.labelsIndex(), "the start shows the centres only");
        assertTrue(m.playingProperty().get());
    }

    /** Plays a finished run from its start at {@code speed} and returns how long it took, in nanoseconds. */
    private static long playToEnd(PlaybackModel m, double speed) {
        m.speedProperty().set(speed);
        m.toStart();
        m.play();
        long now = 1;
        m.tick(now);
        while (!(m.isAtEnd() && !m.playingProperty().get()) && now < 60_000_000_000L) {
            m.tick(now += 10_000_000L);
        }
        return now;
    }

    @Test
    void aShortRunRestsOnEveryIterationAndPlaysSlowerThanALongOne() {
        PlaybackModel m = new PlaybackModel();
        m.begin(1, 1);
        m.accept(restart(1, 0, 3, 50));
        m.finish(0);
        double pace = PlaybackModel.MAX_PACE;
        // Three glides, with a rest after each but the last.
        double glides = (3 * PlaybackModel.STEP_NANOS + 2 * PlaybackModel.HOLD_NANOS) * pace;
        long oneX = playToEnd(m, 1);
        assertTrue(oneX >= glides, "3 iterations at 1x took only " + oneX / 1e6 + " ms");
        long fourX = playToEnd(m, 4);
        assertTrue(fourX < oneX / 3.0, "4x is about four times faster: " + fourX / 1e6 + " vs " + oneX / 1e6 + " ms");

        m.begin(2, 1);
        m.accept(restart(2, 0, 30, 50));
        m.finish(0);
        long longRun = playToEnd(m, 1);
        double plain = 30 * (PlaybackModel.STEP_NANOS + PlaybackModel.HOLD_NANOS);
        assertTrue(longRun < plain * 1.2, "a long run plays at plain pace: " + longRun / 1e6 + " ms");
    }

    @Test
    void homeGoesBackToTheStartAndWaits() {
        PlaybackModel m = new PlaybackModel();
        m.begin(1, 1);
        m.accept(restart(1, 0, 4, 50));
        m.finish(0);
        m.skipToEnd();
        m.toStart();
        assertEquals(0, m.positionProperty().get());
        assertFalse(m.playingProperty().get(), "Home does not start playing");
        m.tick(0);
        m.tick(10 * STEP);
        assertEquals(0, m.positionProperty().get());
    }

    @Test
    void speedIsClampedAndMakesTheGlideFaster() {
        PlaybackModel m = new PlaybackModel();
        m.speedProperty().set(10);
        assertEquals(PlaybackModel.MAX_SPEED, m.speedProperty().get());
        m.speedProperty().set(0.01);
        assertEquals(PlaybackModel.MIN_SPEED, m.speedProperty().get());
        m.begin(1, 1);
        m.accept(restart(1, 0, 2, 50));
        m.finish(0);
        m.speedProperty().set(4);
        m.scrubTo(0);
        m.stepForward();
        m.tick(0);
        m.tick(STEP / 4 + 1);
        assertFalse(m.isGliding(), "at 4× a step takes a quarter of the time");
    }

    @Test
    void theBestStartReplacesTheLiveOneWhenTheRunEnds() {
        PlaybackModel m = new PlaybackModel();
        m.begin(1, 3);
        m.accept(restart(1, 0, 2, 90));
        m.accept(restart(1, 1, 4, 40));
        m.accept(restart(1, 2, 3, 60));
        assertEquals(3, m.frameCountProperty().get(), "restart 0 is shown live");
        m.finish(1);
        assertEquals(1, m.shownStartProperty().get());
        assertEquals(5, m.frameCountProperty().get());
        assertEquals(0, m.positionProperty().get());
        assertEquals(40, m.inertiaAt(4));
    }

    @Test
    void framesOfAnAbandonedRunAreIgnored() {
        PlaybackModel m = new PlaybackModel();
        m.begin(1, 1);
        m.begin(2, 1);
        m.accept(restart(1, 0, 2, 50));
        assertEquals(0, m.frameCountProperty().get());
        m.accept(restart(2, 0, 1, 50));
        assertEquals(2, m.frameCountProperty().get());
    }
}
