package org.segmentstudio.ui.scatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Regression (issue 12): the legend sat top right over the customers there, and ran off a short plot at K = 15. */
class LegendPlacementTest {
    private static Viewport plot(double width, double height) {
        Viewport v = new Viewport();
        v.setHome(new double[] {0, 100, 0, 100});
        v.setArea(64, 14, width, height);
        return v;
    }

    /** A cloud of points filling the square {@code [x0, x0 + 30] × [y0, y0 + 30]}. */
    private static double[][] clump(double x0, double y0) {
        double[] xs = new double[400];
        double[] ys = new double[400];
        for (int i = 0; i < 400; i++) {
            xs[i] = x0 + (i % 20) * 1.5;
            ys[i] = y0 + (i / 20) * 1.5;
        }
        return new double[][] {xs, ys};
    }

    @Test
    void theLegendGoesToTheCornerWithFewestCustomers() {
        Viewport v = plot(800, 400);
        double[][] topRight = clump(70, 70);
        assertEquals(LegendPainter.Corner.TOP_LEFT, LegendPainter.quietestCorner(v, topRight[0], topRight[1], 180, 5),
                "customers top right: the legend moves to the next quiet corner");
        double[][] empty = {new double[0], new double[0]};
        assertEquals(LegendPainter.Corner.TOP_RIGHT, LegendPainter.quietestCorner(v, empty[0], empty[1], 180, 5),
                "top right when nothing is hidden anywhere");
    }

    @Test
    void manySegmentsOnAShortPlotTakeMoreColumnsAndStayInside() {
        Viewport v = plot(800, 300);
        int cols = LegendPainter.columns(v, 15);
        assertTrue(cols >= 2, "15 segments in " + cols + " column(s)");
        assertTrue(LegendPainter.boxHeight(v, 15) <= 0.9 * v.height() + 1, "the legend stays within the plot");
        assertEquals(1, LegendPainter.columns(plot(800, 600), 5), "five segments on a tall plot: one column");
        assertEquals(1, LegendPainter.columns(plot(800, 170), 5), "and on a short one, while they fit");
    }
}
