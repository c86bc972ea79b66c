package org.segmentstudio.ui.scatter;

import java.nio.IntBuffer;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.segmentstudio.app.LatestOnly;

/**
 * Many points as one image, splatted in the background: when the segments or the view change,
 * the FX thread asks for a new image and keeps showing the previous one until it arrives, so
 * recolouring 100,000 points never holds up a frame.
 */
final class PointLayer {
    private final LatestOnly<Splat> worker = new LatestOnly<>(this::ready);
    /**
     * A pixel array to splat into, handed back once its image is copied: an image's pixels are over
     * a megabyte, and a fresh one for every step of a run kept the garbage collector busy.
     */
    private final AtomicReference<int[]> spare = new AtomicReference<>();
    private final Runnable onReady;
    private int[] pixels;
    private PixelBuffer<IntBuffer> buffer;
    private WritableImage image;
    private String requested = "";
    private String shown = "";
    private long generation;

    private record Splat(String key, int[] pixels, int width, int height) {
    }

    /** @param onReady told on the FX thread when a new image is in place */
    PointLayer(Runnable onReady) {
        this.onReady = onReady;
    }

    /**
     * Draws the newest image there is; asks for a new one when {@code key} (which must change with
     * anything drawn) is new. The arrays must not change afterwards, except {@code labels}, which
     * is copied.
     */
    void draw(GraphicsContext g, Viewport view, String key, double[] xs, double[] ys, byte[] labels, int radius) {
        int w = (int) view.width();
        int h = (int) view.height();
        String full = key + "/" + w + "x" + h + "/" + radius;
        if (!full.equals(requested)) {
            requested = full;
            byte[] l = labels == null ? null : labels.clone();
            Viewport v = view.copy();
            worker.submit(() -> {
                int[] px = spare.getAndSet(null);
                if (px == null || px.length != w * h) {
                    px = new int[w * h];
                }
                PointSplatter.splat(px, w, h, v, xs, ys, l, radius);
                return new Splat(full, px, w, h);
            });
        }
        if (image != null) {
            g.drawImage(image, view.left(), view.top());
        }
    }

    private void ready(Splat s) {
        if (image == null || (int) image.getWidth() != s.width() || (int) image.getHeight() != s.height()) {
            pixels = s.pixels();
            buffer = new PixelBuffer<>(s.width(), s.height(), IntBuffer.wrap(pixels), PixelFormat.getIntArgbPreInstance());
            image = new WritableImage(buffer);
        } else {
            System.arraycopy(s.pixels(), 0, pixels, 0, pixels.length);
            buffer.updateBuffer(b -> null);
            spare.set(s.pixels());
        }
        shown = s.key();
        generation++;
        onReady.run();
    }

    /** Whether the image on screen is the one last asked for. */
    boolean isReady() {
        return !requested.isEmpty() && shown.equals(requested);
    }

    /** Changes each time a new image is in place. */
    long generation() {
        return generation;
    }

    /** Forgets the image, e.g. when other points are shown. */
    void clear() {
        worker.cancel();
        image = null;
        requested = "";
        shown = "";
        generation++;
    }
}
