package org.segmentstudio.ui.compare;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.segmentstudio.segments.Formats;
import org.segmentstudio.segments.model.Migration;
import org.segmentstudio.ui.Messages;
import org.segmentstudio.ui.scatter.Palette;

/**
 * Who moved between two results: the totals and the largest movements in words, the K × K matrix as
 * a heat map (counts, and each row's shares as the shade), and the flows between the two dates.
 */
public final class MigrationView extends VBox {
    static final double FLOW_WIDTH = 560;
    static final double FLOW_HEIGHT = 260;

    public MigrationView(Migration m, String beforeName, String afterName) {
        getStyleClass().add("migration-view");
        setSpacing(12);
        setPadding(new Insets(4));
        Label totals = new Label(Messages.tr("compare.totals", Formats.count(m.stayed()), Formats.count(m.moved()),
                Formats.count(m.newCustomers()), Formats.count(m.gone())));
        totals.getStyleClass().add("compare-totals");
        totals.setWrapText(true);
        getChildren().add(totals);
        List<String> moves = m.largestMovements(3);
        if (!moves.isEmpty()) {
            Label words = new Label(String.join("\n", moves.stream().map(s -> "\u2022  " + s).toList()));
            words.getStyleClass().add("compare-movements");
            words.setWrapText(true);
            getChildren().add(words);
        }
        getChildren().addAll(heatMap(m, beforeName, afterName), flows(m, beforeName, afterName));
    }

    /** Rows: segments before; columns: after; each cell its count, shaded by its share of the row. */
    static GridPane heatMap(Migration m, String beforeName, String afterName) {
        GridPane g = new GridPane();
        g.getStyleClass().add("heat-map");
        g.setHgap(2);
        g.setVgap(2);
        Label corner = new Label(Messages.tr("compare.corner", beforeName, afterName));
        corner.getStyleClass().add("heat-corner");
        corner.setWrapText(true);
        corner.setMaxWidth(180);
        g.add(corner, 0, 0);
        for (int j = 0; j < m.namesAfter().size(); j++) {
            Label h = new Label(m.namesAfter().get(j));
            h.getStyleClass().add("heat-header");
            h.setWrapText(true);
            h.setMaxWidth(110);
            g.add(h, j + 1, 0);
        }
        double[][] shares = m.rowShares();
        for (int i = 0; i < m.matrix().length; i++) {
            Label r = new Label(m.namesBefore().get(i));
            r.getStyleClass().add("heat-header");
            r.setWrapText(true);
            r.setMaxWidth(180);
            g.add(r, 0, i + 1);
            for (int j = 0; j < m.matrix()[i].length; j++) {
                double share = shares[i][j];
                Label cell = new Label(Formats.count(m.matrix()[i][j]) + "\n" + Formats.wholePercent(share));
                cell.setTextAlignment(TextAlignment.CENTER);
                cell.getStyleClass().addAll("heat-cell", share >= 0.5 ? "strong" : "light");
                cell.setMinSize(90, 40);
                cell.setAlignment(Pos.CENTER);
                // The shade is the row's share: where the customers of a segment went.
                cell.setStyle(String.format(java.util.Locale.ROOT, "-fx-background-color: rgba(31, 119, 180, %.3f);",
                        0.06 + 0.84 * share));
                g.add(cell, j + 1, i + 1);
            }
        }
        return g;
    }

    /** Bars of the segments before (left) and after (right), each as tall as its customers, joined by bands. */
    static StackPane flows(Migration m, String beforeName, String afterName) {
        Canvas c = new Canvas(FLOW_WIDTH, FLOW_HEIGHT);
        c.getStyleClass().add("migration-flows");
        GraphicsContext g = c.getGraphicsContext2D();
        long[][] x = m.matrix();
        int kb = x.length;
        int ka = m.namesAfter().size();
        long total = Math.max(1, m.both());
        double top = 24;
        double gap = 6;
        double usable = FLOW_HEIGHT - top - 8 - gap * Math.max(kb, ka);
        double barW = 14;
        double left = 150;
        double right = FLOW_WIDTH - 150 - barW;
        double[] yb = new double[kb + 1];
        double[] ya = new double[ka + 1];
        long[] inB = new long[kb];
        long[] inA = new long[ka];
        for (int i = 0; i < kb; i++) {
            for (int j = 0; j < ka; j++) {
                inB[i] += x[i][j];
                inA[j] += x[i][j];
            }
        }
        yb[0] = top;
        for (int i = 0; i < kb; i++) {
            yb[i + 1] = yb[i] + usable * inB[i] / total + gap;
        }
        ya[0] = top;
        for (int j = 0; j < ka; j++) {
            ya[j + 1] = ya[j] + usable * inA[j] / total + gap;
        }
        g.setFont(Font.font(12));
        g.setFill(Color.gray(0.45));
        g.fillText(beforeName, left - 140, 14);
        g.fillText(afterName, right + barW + 6, 14);
        double[] outAt = yb.clone();
        double[] inAt = ya.clone();
        for (int i = 0; i < kb; i++) {
            for (int j = 0; j < ka; j++) {
                if (x[i][j] == 0) {
                    continue;
                }
                double h = usable * x[i][j] / total;
                double y0 = outAt[i];
                double y1 = inAt[j];
                outAt[i] += h;
                inAt[j] += h;
                Color col = Palette.of(i);
                g.setFill(new Color(col.getRed(), col.getGreen(), col.getBlue(), i == j ? 0.22 : 0.45));
                double x0 = left + barW;
                double x1 = right;
                double mid = (x0 + x1) / 2;
                g.beginPath();
                g.moveTo(x0, y0);
                g.bezierCurveTo(mid, y0, mid, y1, x1, y1);
                g.lineTo(x1, y1 + h);
                g.bezierCurveTo(mid, y1 + h, mid, y0 + h, x0, y0 + h);
                g.closePath();
                g.fill();
            }
        }
        for (int i = 0; i < kb; i++) {
            g.setFill(Palette.of(i));
            g.fillRect(left, yb[i], barW, Math.max(1, yb[i + 1] - yb[i] - gap));
            g.setFill(Color.gray(0.25));
            g.setTextAlign(TextAlignment.RIGHT);
            g.fillText(shorten(m.namesBefore().get(i)), left - 6, yb[i] + 12);
        }
        for (int j = 0; j < ka; j++) {
            g.setFill(Palette.of(j));
            g.fillRect(right, ya[j], barW, Math.max(1, ya[j + 1] - ya[j] - gap));
            g.setFill(Color.gray(0.25));
            g.setTextAlign(TextAlignment.LEFT);
            g.fillText(shorten(m.namesAfter().get(j)), right + barW + 6, ya[j] + 12);
        }
        StackPane box = new StackPane(c);
        box.getStyleClass().add("flows-box");
        return box;
    }

    private static String shorten(String s) {
        return s.length() <= 22 ? s : s.substring(0, 21) + "\u2026";
    }
}
