package org.segmentstudio.ui.scatter;

import javafx.scene.paint.Color;

/** Okabe–Ito colours: told apart by people with the common colour-vision deficiencies. */
public final class Palette {
    private static final Color[] COLORS = {
        Color.web("#0072B2"), Color.web("#E69F00"), Color.web("#009E73"), Color.web("#CC79A7"),
        Color.web("#56B4E9"), Color.web("#D55E00"), Color.web("#F0E442"), Color.web("#000000"),
    };

    private Palette() {
    }

    /** Colour of 0-based segment {@code s}; beyond eight the colours repeat, darker. */
    public static Color of(int s) {
        Color c = COLORS[s % COLORS.length];
        return s < COLORS.length ? c : c.deriveColor(0, 1, 0.7, 1);
    }
}
