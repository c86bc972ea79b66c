package org.segmentstudio.ui.scatter;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.segmentstudio.app.LatestOnly;
import org.segmentstudio.engine.Matrix;
import org.segmentstudio.engine.Scaling;

/**
 * The shading of each centroid's region, computed in the background on a coarse raster and drawn
 * stretched under the points; until a new one arrives the previous one is shown where it belongs.
 */
final class RegionLayer {
    /** Pixels per raster cell along each axis. */
    private static final int CELL = 4;

    private final LatestOnly<Shaded> worker = new LatestOnly<>(this::ready);
    private final Runnable onReady;
    private RegionShading shading;
    private WritableImage image;
    private String requested = "";
    private String shown = "";

    private record Shaded(String key, RegionShading shading) {
    }

    /** @param onReady told on the FX thread when a new shading is in place */
    RegionLayer(Runnable onReady) {
        this.onReady = onReady;
    }

    /**
     * Draws the newest shading there is; asks for the regions of {@code frame}'s centroids when
     * {@code key} (which must change with the frame, the view, the projection and the scaling) is new.
     */
    void draw(GraphicsContext g, Viewport view, String key, ScatterFrame frame, Projection p, Scaling scaling,
              Matrix sample) {
        if (!key.equals(requested)) {
            requested = key;
            int k = frame.k();
            double[] cx = new double[k];
            double[] cy = new double[k];
            for (int c = 0; c < k; c++) {
                cx[c] = p.x(frame.centroids()[c]);
                cy[c] = p.y(frame.centroids()[c]);
            }
            double[] weights = p.axisWeights(scaling, sample);
            org.segmentstudio.engine.Scaler shape = p.axisShape(scaling, sample);
            int cols = Math.max(1, (int) (view.width() / CELL));
            int rows = Math.max(1, (int) (view.height() / CELL));
            double x0 = view.xMin();
            double x1 = view.xMax();
            double y0 = view.yMin();
            double y1 = view.yMax();
            worker.submit(() -> new Shaded(key, RegionShading.compute(cx, cy, weights, shape, cols, rows, x0, x1, y0, y1)));
        }
        if (image != null) {
            double left = view.screenX(shading.xMin());
            double top = view.screenY(shading.yMax());
            double right = view.screenX(shading.xMax());
            double bottom = view.screenY(shading.yMin());
            g.setImageSmoothing(false);
            g.drawImage(image, left, top, right - left, bottom - top);
            g.setImageSmoothing(true);
        }
    }

    private void ready(Shaded result) {
        RegionShading s = result.shading();
        shown = result.key();
        shading = s;
        image = new WritableImage(s.cols(), s.rows());
        image.getPixelWriter().setPixels(0, 0, s.cols(), s.rows(), PixelFormat.getIntArgbPreInstance(), s.pixels(), 0,
                s.cols());
        onReady.run();
    }

    /** Whether the shading on screen is the one for {@code key}. */
    boolean isReadyFor(String key) {
        return image != null && shown.equals(key);
    }

    /** Identifies the shading on screen, for a caller that caches what it drew. */
    Object current() {
        return image;
    }

    void clear() {
        worker.cancel();
        shading = null;
        image = null;
        requested = "";
        shown = "";
    }
}
