package org.segmentstudio.ui.scatter;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * Starting centroids placed by clicking on the plane: kept as full rows of features in the data's
 * units (what the click means under the projection of the moment), K of them at most.
 */
final class SeedPlacement {
    private final BooleanProperty placing = new SimpleBooleanProperty(this, "placing", false);
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper(this, "count", 0);
    private final List<double[]> seeds = new ArrayList<>();
    private int target = 5;

    BooleanProperty placingProperty() {
        return placing;
    }

    ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    int target() {
        return target;
    }

    /** How many to collect; with more or fewer placed, none are used (see {@link #placed()}). */
    void setTarget(int k) {
        target = k;
    }

    void clear() {
        seeds.clear();
        count.set(0);
    }

    /** Adds the row {@code p} maps (x, y) to; @return false once K are placed */
    boolean add(Projection p, double x, double y) {
        if (seeds.size() >= target) {
            return false;
        }
        seeds.add(p.toRow(x, y));
        count.set(seeds.size());
        return true;
    }

    /** The rows when all K are placed, else null. */
    double[][] placed() {
        return seeds.size() == target && target > 0 ? seeds.toArray(new double[0][]) : null;
    }

    /** Hollow markers in each segment's shape, numbered. */
    void draw(GraphicsContext g, Viewport view, Projection p) {
        g.setFont(Font.font(null, FontWeight.BOLD, 11));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        for (int s = 0; s < seeds.size(); s++) {
            double px = view.screenX(p.x(seeds.get(s)));
            double py = view.screenY(p.y(seeds.get(s)));
            g.setFill(Color.WHITE);
            g.setStroke(Palette.of(s));
            g.setLineWidth(3);
            Palette.marker(s).fill(g, px, py, 11);
            Palette.marker(s).stroke(g, px, py, 11);
            g.setFill(Color.gray(0.1));
            g.fillText(Integer.toString(s + 1), px, py + 18);
        }
    }
}
