package org.segmentstudio.segments.report;

import java.util.List;
import java.util.Locale;
import org.segmentstudio.segments.Formats;

/**
 * Small charts as inline SVG, so a report needs no screen and no image files: the elbow and
 * silhouette lines of a K search, and the customers' scatter when no snapshot of the canvas exists.
 */
public final class SvgCharts {
    /** Okabe–Ito in the order of the app's {@code ui/scatter/Palette}, so a segment has one colour everywhere. */
    static final List<String> SEGMENT_COLORS = List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00",
            "#56B4E9", "#999933", "#F0E442");
    private static final int MAX_POINTS = 5000;
    private static final double LEFT = 66;
    private static final double RIGHT = 14;
    private static final double TOP = 30;
    private static final double BOTTOM = 40;

    private SvgCharts() {
    }

    public static String segmentColor(int segment) {
        return SEGMENT_COLORS.get(segment % SEGMENT_COLORS.size());
    }

    /** A line over K with the recommended K marked. */
    public static String kLine(String title, List<Integer> ks, List<Double> values, int markK, String yLabel,
                               int width, int height) {
        Frame f = new Frame(width, height, ks.get(0), ks.get(ks.size() - 1), finiteMin(values), finiteMax(values));
        StringBuilder s = f.open(title, "K (segments)", yLabel);
        for (int k : ks) {
            f.xTick(s, k, Integer.toString(k));
        }
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < ks.size(); i++) {
            double v = values.get(i);
            if (Double.isFinite(v)) {
                path.append(path.length() == 0 ? "M" : " L").append(n(f.sx(ks.get(i)))).append(',').append(n(f.sy(v)));
            }
        }
        s.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"#0072B2\" stroke-width=\"2\"/>\n");
        for (int i = 0; i < ks.size(); i++) {
            double v = values.get(i);
            if (!Double.isFinite(v)) {
                continue;
            }
            boolean mark = ks.get(i) == markK;
            s.append("<circle cx=\"").append(n(f.sx(ks.get(i)))).append("\" cy=\"").append(n(f.sy(v)))
                    .append("\" r=\"").append(mark ? 7 : 3.5).append("\" fill=\"").append(mark ? "#D55E00" : "#0072B2")
                    .append("\" stroke=\"white\" stroke-width=\"1.5\"><title>K = ").append(ks.get(i)).append(": ")
                    .append(Formats.number(v)).append("</title></circle>\n");
            if (mark) {
                s.append(f.text(f.sx(ks.get(i)) + 9, f.sy(v) - 9, "K = " + markK, "start", "bold", "#D55E00"));
            }
        }
        return s.append("</svg>\n").toString();
    }

    /** The customers coloured by segment; large data is thinned evenly so the file stays small. */
    public static String scatter(ScatterData d, int width, int height) {
        Frame f = new Frame(width, height, min(d.x()), max(d.x()), min(d.y()), max(d.y()));
        StringBuilder s = f.open("", d.xName(), d.yName());
        for (double t : f.ticks(f.x0, f.x1)) {
            f.xTick(s, t, tick(t));
        }
        int stride = Math.max(1, d.x().length / MAX_POINTS);
        for (int i = 0; i < d.x().length; i += stride) {
            s.append("<circle cx=\"").append(n(f.sx(d.x()[i]))).append("\" cy=\"").append(n(f.sy(d.y()[i])))
                    .append("\" r=\"3.5\" fill=\"").append(segmentColor(d.labels()[i])).append("\" fill-opacity=\"0.8\"/>\n");
        }
        return s.append("</svg>\n").toString();
    }

    /** The plot area of a chart and its mapping from data to pixels. */
    private static final class Frame {
        final double w;
        final double h;
        final double x0;
        final double x1;
        final double y0;
        final double y1;

        Frame(double w, double h, double xMin, double xMax, double yMin, double yMax) {
            this.w = w;
            this.h = h;
            double xPad = xMax > xMin ? (xMax - xMin) * 0.05 : 1;
            double yPad = yMax > yMin ? (yMax - yMin) * 0.08 : 1;
            this.x0 = xMin - xPad;
            this.x1 = xMax + xPad;
            this.y0 = yMin - yPad;
            this.y1 = yMax + yPad;
        }

        double sx(double x) {
            return LEFT + (x - x0) / (x1 - x0) * (w - LEFT - RIGHT);
        }

        double sy(double y) {
            return h - BOTTOM - (y - y0) / (y1 - y0) * (h - TOP - BOTTOM);
        }

        StringBuilder open(String title, String xLabel, String yLabel) {
            StringBuilder s = new StringBuilder();
            s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(n(w)).append(' ').append(n(h))
                    .append("\" width=\"").append(n(w)).append("\" height=\"").append(n(h))
                    .append("\" font-family=\"sans-serif\" font-size=\"11\" role=\"img\">\n");
            if (!title.isEmpty()) {
                s.append(text(LEFT, 16, title, "start", "bold", "#222"));
            }
            for (double t : ticks(y0, y1)) {
                double y = sy(t);
                s.append(line(LEFT, y, w - RIGHT, y, "#e6e6e6"));
                s.append(text(LEFT - 6, y + 4, tick(t), "end", "normal", "#666"));
            }
            s.append(line(LEFT, h - BOTTOM, w - RIGHT, h - BOTTOM, "#999"));
            s.append(line(LEFT, TOP - 6, LEFT, h - BOTTOM, "#999"));
            s.append(text(LEFT + (w - LEFT - RIGHT) / 2, h - 6, xLabel, "middle", "bold", "#333"));
            s.append("<text transform=\"translate(12,").append(n(TOP + (h - TOP - BOTTOM) / 2))
                    .append(") rotate(-90)\" text-anchor=\"middle\" font-weight=\"bold\" fill=\"#333\">")
                    .append(Html.esc(yLabel)).append("</text>\n");
            return s;
        }

        void xTick(StringBuilder s, double x, String label) {
            s.append(line(sx(x), h - BOTTOM, sx(x), h - BOTTOM + 4, "#999"));
            s.append(text(sx(x), h - BOTTOM + 16, label, "middle", "normal", "#666"));
        }

        /** About six ticks at round numbers (1, 2, 5 × 10^n) inside [lo, hi]. */
        double[] ticks(double lo, double hi) {
            double raw = (hi - lo) / 7;
            double mag = Math.pow(10, Math.floor(Math.log10(raw)));
            double f = raw / mag;
            double step = (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * mag;
            double first = Math.ceil(lo / step) * step;
            int count = (int) Math.floor((hi - first) / step) + 1;
            double[] t = new double[Math.max(0, count)];
            for (int i = 0; i < t.length; i++) {
                t[i] = first + i * step;
            }
            return t;
        }

        String text(double x, double y, String t, String anchor, String weight, String color) {
            return "<text x=\"" + n(x) + "\" y=\"" + n(y) + "\" text-anchor=\"" + anchor + "\" font-weight=\"" + weight
                    + "\" fill=\"" + color + "\">" + Html.esc(t) + "</text>\n";
        }

        static String line(double xa, double ya, double xb, double yb, String color) {
            return "<line x1=\"" + n(xa) + "\" y1=\"" + n(ya) + "\" x2=\"" + n(xb) + "\" y2=\"" + n(yb)
                    + "\" stroke=\"" + color + "\" stroke-width=\"1\"/>\n";
        }
    }

    /** A tick label without needless decimals: "50", "150,000", "0.45". */
    static String tick(double v) {
        if (Math.abs(v - Math.rint(v)) < 1e-9 * Math.max(1, Math.abs(v))) {
            return String.format(Locale.ROOT, "%,d", (long) Math.rint(v));
        }
        String s = String.format(Locale.ROOT, "%.4f", v);
        return s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    private static String n(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static double finiteMin(List<Double> v) {
        return v.stream().filter(Double::isFinite).mapToDouble(Double::doubleValue).min().orElse(0);
    }

    private static double finiteMax(List<Double> v) {
        return v.stream().filter(Double::isFinite).mapToDouble(Double::doubleValue).max().orElse(1);
    }

    private static double min(double[] v) {
        double m = Double.POSITIVE_INFINITY;
        for (double x : v) {
            m = Math.min(m, x);
        }
        return v.length == 0 ? 0 : m;
    }

    private static double max(double[] v) {
        double m = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            m = Math.max(m, x);
        }
        return v.length == 0 ? 1 : m;
    }
}
