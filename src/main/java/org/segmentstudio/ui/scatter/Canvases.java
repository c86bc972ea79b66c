package org.segmentstudio.ui.scatter;

import javafx.scene.canvas.Canvas;

/** Canvases that fill their region: resized in {@code layoutChildren()}, as the region grows. */
final class Canvases {
    private Canvases() {
    }

    /** Gives every canvas the size (w, h); @return whether that changed anything */
    static boolean fit(double w, double h, Canvas... canvases) {
        boolean changed = false;
        for (Canvas c : canvases) {
            if (c.getWidth() != w || c.getHeight() != h) {
                c.setWidth(w);
                c.setHeight(h);
                changed = true;
            }
        }
        return changed;
    }
}
