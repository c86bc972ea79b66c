package org.segmentstudio.ui.scatter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FramePacingTest {
    private static final long PULSE = 16_666_667L;

    /** How many of {@code pulses} 60 Hz pulses, each with a frame due, get drawn. */
    private static int drawnOf(int pulses, boolean busy, long jitter) {
        FramePacing pacing = new FramePacing();
        int drawn = 0;
        for (int i = 0; i < pulses; i++) {
            long now = 5_000_000_000L + i * PULSE + (i % 2 == 0 ? jitter : -jitter);
            if (pacing.mayDraw(now, busy)) {
                pacing.drew(now);
                drawn++;
            }
        }
        return drawn;
    }

    @Test
    void idleDrawsEveryPulse() {
        assertEquals(120, drawnOf(120, false, 0));
    }

    @Test
    void busyDrawsEveryOtherPulseEvenWithJitter() {
        assertEquals(60, drawnOf(120, true, 0));
        assertEquals(60, drawnOf(120, true, 500_000));
    }

    @Test
    void theFirstFrameIsNeverHeldBack() {
        FramePacing pacing = new FramePacing();
        assertEquals(true, pacing.mayDraw(Long.MIN_VALUE + 1, true));
    }

    @Test
    void aFrameHeldBackIsDrawnOnTheNextPulseThatMay() {
        FramePacing pacing = new FramePacing();
        pacing.drew(0);
        assertEquals(false, pacing.mayDraw(PULSE, true));
        assertEquals(true, pacing.mayDraw(PULSE, false), "after the run it draws at once");
        assertEquals(true, pacing.mayDraw(2 * PULSE, true));
    }
}
