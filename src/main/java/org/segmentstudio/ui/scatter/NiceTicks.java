package org.segmentstudio.ui.scatter;

/** Axis ticks at round numbers (1, 2, 2.5, 5 × 10^n), in the data's own units. */
public final class NiceTicks {
    private NiceTicks() {
    }

    /** @return tick values covering [min, max] with about {@code target} ticks */
    public static double[] of(double min, double max, int target) {
        if (!(max > min)) {
            return new double[] {min};
        }
        double step = niceStep((max - min) / Math.max(1, target));
        double first = Math.ceil(min / step - 1e-9) * step;
        int count = (int) Math.floor((max - first) / step + 1e-9) + 1;
        double[] ticks = new double[Math.max(count, 0)];
        for (int i = 0; i < ticks.length; i++) {
            ticks[i] = first + i * step;
            if (Math.abs(ticks[i]) < step * 1e-9) {
                ticks[i] = 0;
            }
        }
        return ticks;
    }

    static double niceStep(double raw) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / magnitude;
        double nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10;
        return nice * magnitude;
    }

    /** A tick label without needless decimals. */
    public static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        String s = String.format(java.util.Locale.ROOT, "%.6g", v);
        if (s.contains(".") && !s.contains("e")) {
            s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return s;
    }
}
