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
        for (int i = 0; i < 40 && !m.isAtEnd(); i++) {
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
        assertFalse(m.playingProperty().get());
        assertTrue(m.isAtEnd() == false && !m.isGliding());
        m.stepBack();
        assertEquals(3, m.positionProperty().get());
        assertTrue(m.isGliding());
        m.tick(0);
        m.tick(STEP * 2);
        assertFalse(m.isGliding());
        m.stepForward();
        m.stepForward();
        assertEquals(5, m.positionProperty().get());
        m.stepForward();
        assertEquals(5, m.positionProperty().get(), "no step past the end");
        m.scrubTo(99);
        assertEquals(5, m.positionProperty().get());
        m.restart();
        assertEquals(0, m.positionProperty().get());
        assertTrue(m.playingProperty().get());
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
