package org.segmentstudio.ui.scatter;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/** The key in the plot's top-right corner: each segment's marker, name and number of customers. */
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

    /**
     * @param lines     one text per segment, e.g. "Segment 1 · 39"
     * @param textWidth {@link #textWidth(List)} of the lines
     */
    static void paint(GraphicsContext g, Viewport v, List<String> lines, double textWidth, PlotColors colors) {
        if (lines.isEmpty()) {
            return;
        }
        double w = PAD * 2 + 22 + textWidth;
        double h = PAD * 2 + ROW * lines.size() - 4;
        double x = v.left() + v.width() - w - 10;
        double y = v.top() + 10;
        g.setFill(colors.legendBackground());
        g.fillRoundRect(x, y, w, h, 8, 8);
        g.setStroke(colors.legendBorder());
        g.setLineWidth(1);
        g.strokeRoundRect(x + 0.5, y + 0.5, w - 1, h - 1, 8, 8);
        g.setFont(FONT);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        for (int s = 0; s < lines.size(); s++) {
            double cy = y + PAD + 8 + s * ROW;
            g.setFill(Palette.of(s));
            Palette.marker(s).fill(g, x + PAD + 7, cy, 6);
            g.setFill(colors.legendText());
            g.fillText(lines.get(s), x + PAD + 22, cy);
        }
    }
}
