package org.segmentstudio.segments;

import java.util.Locale;

/** The few number formats the segment texts use; fixed locale, so the CLI and reports read the same everywhere. */
public final class Formats {
    private Formats() {
    }

    /** "19.5 %", "40 %". */
    public static String percent(double fraction) {
        double p = fraction * 100;
        return (Math.abs(p - Math.rint(p)) < 0.05 ? String.format(Locale.ROOT, "%.0f", p)
                : String.format(Locale.ROOT, "%.1f", p)) + " %";
    }

    /** A count with thousands separators: "541,862". */
    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** "54 %": for mixes, where a decimal adds nothing a reader needs. */
    public static String wholePercent(double fraction) {
        return Math.round(fraction * 100) + " %";
    }

    /** A value with sensible precision: "86.5", "1,204", "0.042". */
    public static String number(double v) {
        if (Double.isNaN(v)) {
            return "–";
        }
        double a = Math.abs(v);
        if (a >= 1000) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        if (a >= 10) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        return String.format(Locale.ROOT, "%.3g", v);
    }

    static String signed(double v) {
        return (v > 0 ? "+" : v < 0 ? "\u2212" : "\u00b1") + number(Math.abs(v));
    }
}
