package org.segmentstudio.ui.scatter;

/**
 * Which part of the plane is on screen: the data's full extent, zoomed and panned by the user.
 * Maps data coordinates to pixels of a plot area and back.
 */
public final class Viewport {
    private static final double MAX_ZOOM = 200;

    private double[] home = {0, 1, 0, 1};
    private double x0 = 0;
    private double x1 = 1;
    private double y0 = 0;
    private double y1 = 1;
    private double left;
    private double top;
    private double width = 1;
    private double height = 1;
    private long revision;

    /** An independent copy, e.g. for drawing on another thread. */
    public Viewport copy() {
        Viewport v = new Viewport();
        v.home = home.clone();
        v.x0 = x0;
        v.x1 = x1;
        v.y0 = y0;
        v.y1 = y1;
        v.left = left;
        v.top = top;
        v.width = width;
        v.height = height;
        v.revision = revision;
        return v;
    }

    /** Shows {@code bounds} = [xMin, xMax, yMin, yMax] whole, and makes it the reset view. */
    public void setHome(double[] bounds) {
        home = bounds.clone();
        reset();
    }

    public void reset() {
        x0 = home[0];
        x1 = home[1];
        y0 = home[2];
        y1 = home[3];
        revision++;
    }

    public boolean isHome() {
        return x0 == home[0] && x1 == home[1] && y0 == home[2] && y1 == home[3];
    }

    /** The plot area in pixels. */
    public void setArea(double left, double top, double width, double height) {
        if (left != this.left || top != this.top || width != this.width || height != this.height) {
            this.left = left;
            this.top = top;
            this.width = Math.max(1, width);
            this.height = Math.max(1, height);
            revision++;
        }
    }

    /** Zooms by {@code factor} (> 1 zooms in) keeping the data point under pixel (px, py) in place. */
    public void zoom(double factor, double px, double py) {
        double ax = dataX(px);
        double ay = dataY(py);
        double zoom = (home[1] - home[0]) / (x1 - x0) * factor;
        if (zoom > MAX_ZOOM || zoom < 0.5) {
            return;
        }
        x0 = ax - (ax - x0) / factor;
        x1 = ax + (x1 - ax) / factor;
        y0 = ay - (ay - y0) / factor;
        y1 = ay + (y1 - ay) / factor;
        revision++;
    }

    /** Moves the view by a drag of (dx, dy) pixels. */
    public void pan(double dx, double dy) {
        double sx = dx / width * (x1 - x0);
        double sy = dy / height * (y1 - y0);
        x0 -= sx;
        x1 -= sx;
        y0 += sy;
        y1 += sy;
        revision++;
    }

    public double screenX(double x) {
        return left + (x - x0) / (x1 - x0) * width;
    }

    public double screenY(double y) {
        return top + height - (y - y0) / (y1 - y0) * height;
    }

    public double dataX(double px) {
        return x0 + (px - left) / width * (x1 - x0);
    }

    public double dataY(double py) {
        return y0 + (top + height - py) / height * (y1 - y0);
    }

    public double xMin() {
        return x0;
    }

    public double xMax() {
        return x1;
    }

    public double yMin() {
        return y0;
    }

    public double yMax() {
        return y1;
    }

    public double left() {
        return left;
    }

    public double top() {
        return top;
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    public boolean contains(double px, double py) {
        return px >= left && px <= left + width && py >= top && py <= top + height;
    }

    /** Changes whenever the mapping changes. */
    long revision() {
        return revision;
    }
}
