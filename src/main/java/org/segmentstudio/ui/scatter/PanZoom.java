package org.segmentstudio.ui.scatter;

import javafx.scene.layout.Region;

/** Wheel to zoom about the pointer, drag to pan: moves a {@link Viewport} from a region's mouse events. */
final class PanZoom {
    private static final double WHEEL_STEP = 1.15;
    /** A press that moves less than this many pixels is a click, not a drag. */
    private static final double DRAG_SLOP = 3;

    private final Viewport view;
    private double lastX = Double.NaN;
    private double lastY;
    private boolean dragged;

    /** @param onMove told after each pan, e.g. to hide a tooltip */
    PanZoom(Region region, Viewport view, Runnable onMove) {
        this.view = view;
        region.addEventHandler(javafx.scene.input.ScrollEvent.SCROLL, e -> {
            if (e.getDeltaY() != 0 && view.contains(e.getX(), e.getY())) {
                view.zoom(e.getDeltaY() > 0 ? WHEEL_STEP : 1 / WHEEL_STEP, e.getX(), e.getY());
                e.consume();
            }
        });
        region.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> {
            lastX = e.getX();
            lastY = e.getY();
            dragged = false;
        });
        region.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_DRAGGED, e -> {
            if (Double.isNaN(lastX)) {
                return;
            }
            double dx = e.getX() - lastX;
            double dy = e.getY() - lastY;
            if (dragged || Math.abs(dx) + Math.abs(dy) > DRAG_SLOP) {
                dragged = true;
                view.pan(dx, dy);
                lastX = e.getX();
                lastY = e.getY();
                onMove.run();
            }
        });
        region.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_RELEASED, e -> lastX = Double.NaN);
    }

    /** Whether the last press became a drag (so its click should be ignored). */
    boolean wasDragged() {
        return dragged;
    }
}
