package org.segmentstudio.ui.scatter;

import java.util.Arrays;

/**
 * Draws many points into a pixel array by stamping each point's marker shape: one pass of array
 * writes, so 100,000 customers cost a few milliseconds instead of 100,000 canvas calls.
 */
final class PointSplatter {
    /** Colour of points before any segment is known. */
    static final int UNLABELLED = 0xFF8C8C8C;

    private PointSplatter() {
    }

    /**
     * @param pixels  premultiplied ARGB of a {@code width × height} image whose top-left is the
     *                plot area's top-left; cleared first
     * @param labels  segment per point, or null to draw all points grey
     * @param radius  marker radius in pixels
     */
    static void splat(int[] pixels, int width, int height, Viewport view, double[] xs, double[] ys, byte[] labels,
                      int radius) {
        Arrays.fill(pixels, 0);
        int size = 2 * radius + 1;
        int[] colors = new int[256];
        boolean[][] masks = new boolean[256][];
        for (int s = 0; s < 256; s++) {
            colors[s] = Palette.argb(s);
            masks[s] = Palette.marker(s).mask(radius);
        }
        boolean[] grey = Marker.CIRCLE.mask(radius);
        double left = view.left();
        double top = view.top();
        for (int i = 0; i < xs.length; i++) {
            int px = (int) Math.floor(view.screenX(xs[i]) - left) - radius;
            int py = (int) Math.floor(view.screenY(ys[i]) - top) - radius;
            if (px + size <= 0 || py + size <= 0 || px >= width || py >= height) {
                continue;
            }
            int s = labels == null ? -1 : ScatterFrame.segment(labels[i]);
            int color = s < 0 ? UNLABELLED : colors[s];
            boolean[] mask = s < 0 ? grey : masks[s];
            int y0 = Math.max(0, -py);
            int y1 = Math.min(size, height - py);
            int x0 = Math.max(0, -px);
            int x1 = Math.min(size, width - px);
            for (int y = y0; y < y1; y++) {
                int row = (py + y) * width + px;
                int m = y * size;
                for (int x = x0; x < x1; x++) {
                    if (mask[m + x]) {
                        pixels[row + x] = color;
                    }
                }
            }
        }
    }
}
