package org.segmentstudio.ui.scatter;

import javafx.scene.paint.Color;

/**
 * The scatter's own colours (the segments keep theirs): background, grid, axes, text, legend box and
 * the rings of points that just changed segment. Made from the theme's background and text colour,
 * which the stylesheet hands to the view, so the plot follows a light or a dark theme.
 */
record PlotColors(Color background, Color grid, Color axis, Color tickText, Color axisName, Color hint,
                  Color legendBackground, Color legendBorder, Color legendText, Color changedRing) {

    /** The light look, as it always was. */
    static final PlotColors LIGHT = new PlotColors(Color.WHITE, Color.gray(0.92), Color.gray(0.55), Color.gray(0.35),
            Color.gray(0.2), Color.gray(0.35), Color.rgb(255, 255, 255, 0.88), Color.gray(0.8), Color.gray(0.15),
            Color.rgb(20, 20, 20));

    /**
     * The light look on a light background; on a dark one, shades between the background and the
     * text colour in the same proportions.
     */
    static PlotColors of(Color background, Color text) {
        if (background.getBrightness() >= 0.5) {
            return LIGHT;
        }
        return new PlotColors(background, background.interpolate(text, 0.13), background.interpolate(text, 0.45),
                background.interpolate(text, 0.7), background.interpolate(text, 0.85), background.interpolate(text, 0.7),
                background.interpolate(Color.gray(0.5), 0.1).deriveColor(0, 1, 1, 0.9),
                background.interpolate(text, 0.3), text, background.interpolate(text, 0.92));
    }
}
