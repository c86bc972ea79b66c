package org.segmentstudio.ui.scatter;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/** Grid lines, ticks at round numbers and the axis names, around a {@link Viewport}'s plot area. */
final class AxesPainter {
    private static final Font TICK_FONT = Font.font(11);
    private static final Font NAME_FONT = Font.font(null, FontWeight.BOLD, 12);

    private AxesPainter() {
    }

    static void grid(GraphicsContext g, Viewport v, PlotColors colors) {
        g.setLineWidth(1);
        g.setStroke(colors.grid());
        double l = v.left();
        double r = v.left() + v.width();
        double t = v.top();
        double b = v.top() + v.height();
        for (double x : NiceTicks.of(v.xMin(), v.xMax(), ticks(v.width()))) {
            double px = Math.round(v.screenX(x)) + 0.5;
            g.strokeLine(px, t, px, b);
        }
        for (double y : NiceTicks.of(v.yMin(), v.yMax(), ticks(v.height() * 1.8))) {
            double py = Math.round(v.screenY(y)) + 0.5;
            g.strokeLine(l, py, r, py);
        }
    }

    private static int ticks(double pixels) {
        return (int) Math.max(4, Math.min(10, pixels / 90));
    }

    /** Tick labels and axis names; call after the points, over a clear margin. */
    static void labels(GraphicsContext g, Viewport v, String xName, String yName, double canvasHeight,
                       PlotColors colors) {
        double l = v.left();
        double r = v.left() + v.width();
        double t = v.top();
        double b = v.top() + v.height();
        g.setStroke(colors.axis());
        g.setLineWidth(1);
        g.strokeLine(l, b + 0.5, r, b + 0.5);
        g.strokeLine(l - 0.5, t, l - 0.5, b);
        g.setFont(TICK_FONT);
        g.setFill(colors.tickText());
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (double x : NiceTicks.of(v.xMin(), v.xMax(), ticks(v.width()))) {
            double px = Math.round(v.screenX(x)) + 0.5;
            g.strokeLine(px, b, px, b + 4);
            g.fillText(NiceTicks.format(x), px, b + 6);
        }
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (double y : NiceTicks.of(v.yMin(), v.yMax(), ticks(v.height() * 1.8))) {
            double py = Math.round(v.screenY(y)) + 0.5;
            g.strokeLine(l - 4, py, l, py);
            g.fillText(NiceTicks.format(y), l - 7, py);
        }
        g.setFill(colors.axisName());
        g.setFont(NAME_FONT);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(xName, l + v.width() / 2, canvasHeight - 6);
        g.save();
        g.translate(16, t + v.height() / 2);
        g.rotate(-90);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(yName, 0, 0);
        g.restore();
    }
}
