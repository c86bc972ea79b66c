package org.segmentstudio.ui.scatter;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * The key in a corner of the plot: each segment's marker, name and number of customers. It sits in
 * the corner where it hides the fewest customers (top right when several tie).
 */
final class LegendPainter {
    private static final Font FONT = Font.font(12);
    private static final double ROW = 20;
    private static final double PAD = 8;

    private LegendPainter() {
    }

    /** Width of the widest line; measuring text is slow, so callers keep this with the lines. */
    static double textWidth(List<String> lines) {
        Text measure = new Text();
        measure.setFont(FONT);
        double width = 0;
        for (String s : lines) {
            measure.setText(s);
            width = Math.max(width, measure.getLayoutBounds().getWidth());
        }
        return width;
    }

    /** Corners in the order they are preferred when they hide as many customers. */
    enum Corner { TOP_RIGHT, TOP_LEFT, BOTTOM_RIGHT, BOTTOM_LEFT }

    /** At most this many customers are looked at to choose the corner: an even spread tells as well. */
    private static final int CORNER_SAMPLE = 20_000;
    private static final double MARGIN = 10;

    private static final double COLUMN_GAP = 14;
    /** Only a legend taller than this share of the plot takes more columns (a wide one hides more customers). */
    private static final double MAX_HEIGHT_SHARE = 0.9;

    /** How many lines a column holds in this plot. */
    static int rowsPerColumn(Viewport v, int lines) {
        int fit = (int) Math.floor((v.height() * MAX_HEIGHT_SHARE - PAD * 2 + 4) / ROW);
        return Math.max(1, Math.min(lines, fit));
    }

    static int columns(Viewport v, int lines) {
        return (lines + rowsPerColumn(v, lines) - 1) / rowsPerColumn(v, lines);
    }

    static double boxWidth(Viewport v, double textWidth, int lines) {
        int cols = columns(v, lines);
        return PAD * 2 + cols * (22 + textWidth) + (cols - 1) * COLUMN_GAP;
    }

    static double boxHeight(Viewport v, int lines) {
        return PAD * 2 + ROW * rowsPerColumn(v, lines) - 4;
    }

    /** The corner whose legend box covers the fewest of these points (plane coordinates). */
    static Corner quietestCorner(Viewport v, double[] xs, double[] ys, double textWidth, int lines) {
        double w = boxWidth(v, textWidth, lines);
        double h = boxHeight(v, lines);
        int[] hidden = new int[Corner.values().length];
        int step = Math.max(1, xs.length / CORNER_SAMPLE);
        for (int i = 0; i < xs.length; i += step) {
            double sx = v.screenX(xs[i]);
            double sy = v.screenY(ys[i]);
            for (Corner c : Corner.values()) {
                double x = left(v, c, w);
                double y = top(v, c, h);
                if (sx >= x - 4 && sx <= x + w + 4 && sy >= y - 4 && sy <= y + h + 4) {
                    hidden[c.ordinal()]++;
                }
            }
        }
        Corner best = Corner.TOP_RIGHT;
        for (Corner c : Corner.values()) {
            if (hidden[c.ordinal()] < hidden[best.ordinal()]) {
                best = c;
            }
        }
        return best;
    }

    private static double left(Viewport v, Corner c, double w) {
        return c == Corner.TOP_LEFT || c == Corner.BOTTOM_LEFT ? v.left() + MARGIN : v.left() + v.width() - w - MARGIN;
    }

    private static double top(Viewport v, Corner c, double h) {
        return c == Corner.TOP_LEFT || c == Corner.TOP_RIGHT ? v.top() + MARGIN : v.top() + v.height() - h - MARGIN;
    }

    /**
     * @param lines     one text per segment, e.g. "Segment 1 · 39"
     * @param textWidth {@link #textWidth(List)} of the lines
     */
    static void paint(GraphicsContext g, Viewport v, List<String> lines, double textWidth, PlotColors colors,
                      Corner corner) {
        if (lines.isEmpty()) {
            return;
        }
        double w = boxWidth(v, textWidth, lines.size());
        double h = boxHeight(v, lines.size());
        double x = left(v, corner, w);
        double y = top(v, corner, h);
        int rows = rowsPerColumn(v, lines.size());
        g.setFill(colors.legendBackground());
        g.fillRoundRect(x, y, w, h, 8, 8);
        g.setStroke(colors.legendBorder());
        g.setLineWidth(1);
        g.strokeRoundRect(x + 0.5, y + 0.5, w - 1, h - 1, 8, 8);
        g.setFont(FONT);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        for (int s = 0; s < lines.size(); s++) {
            double cx = x + PAD + (s / rows) * (22 + textWidth + COLUMN_GAP);
            double cy = y + PAD + 8 + (s % rows) * ROW;
            g.setFill(Palette.of(s));
            Palette.marker(s).fill(g, cx + 7, cy, 6);
            g.setFill(colors.legendText());
            g.fillText(lines.get(s), cx + 22, cy);
        }
    }
}
