package org.segmentstudio.data;

/**
 * How a numeric column writes a value back as text when the file's own text is not kept. A
 * numeric column keeps the original text only of the cells this rendering does not reproduce, so
 * {@code 42} costs eight bytes while {@code 042} or {@code "$15,000"} keep their exact spelling.
 */
final class CellText {
    private static final double LONG_EXACT = 1e15;

    private CellText() {
    }

    static String render(double v, boolean decimalComma) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (isPlainInteger(v)) {
            return Long.toString((long) v);
        }
        String s = Double.toString(v);
        return decimalComma ? s.replace('.', ',') : s;
    }

    /** Whether {@link #render} gives back exactly {@code text}; allocation-free for integers. */
    static boolean rendersAs(double v, String text, boolean decimalComma) {
        if (isPlainInteger(v)) {
            return spellsLong(text, (long) v);
        }
        return render(v, decimalComma).equals(text);
    }

    private static boolean isPlainInteger(double v) {
        return v == Math.rint(v) && Math.abs(v) < LONG_EXACT && !(v == 0 && Double.doubleToRawLongBits(v) != 0);
    }

    private static boolean spellsLong(String text, long value) {
        int end = text.length();
        int start = 0;
        long rest = value;
        if (value < 0) {
            if (end == 0 || text.charAt(0) != '-') {
                return false;
            }
            start = 1;
            rest = -value;
        }
        int i = end - 1;
        do {
            if (i < start || text.charAt(i) != (char) ('0' + rest % 10)) {
                return false;
            }
            rest /= 10;
            i--;
        } while (rest != 0);
        return i == start - 1;
    }
}
