package org.segmentstudio.ui.scatter;

/**
 * How often the canvas may be redrawn. Normally on every pulse; while it is busy (a run on many
 * customers is in progress) at most once per {@link #BUSY_FRAME_NANOS}, so the renderer finishes
 * each frame before it is asked for the next and the FX thread is not left waiting for it.
 */
final class FramePacing {
    /**
     * 30 frames a second, a little under two 60 Hz pulses so pulse jitter never skips a third:
     * the engine has the processor, and a renderer without a graphics card (software rendering,
     * as on a virtual machine) that is asked for a new frame every 16 ms makes the FX thread wait.
     */
    static final long BUSY_FRAME_NANOS = 32_000_000L;
    private long lastDrawn;
    private boolean drawn;

    /** Whether a frame due at pulse time {@code now} may be drawn; if not, it stays due. */
    boolean mayDraw(long now, boolean busy) {
        return !busy || !drawn || now - lastDrawn >= BUSY_FRAME_NANOS;
    }

    /** Notes that a frame was drawn at pulse time {@code now}. */
    void drew(long now) {
        lastDrawn = now;
        drawn = true;
    }
}
