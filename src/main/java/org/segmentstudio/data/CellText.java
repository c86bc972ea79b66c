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

    /**
     * Like {@link #rendersAs} for a value that was just parsed from {@code text}: then a whole
     * number renders back exactly when the text is written plainly (digits, an optional minus, no
     * leading zero), which a scan of the characters tells without arithmetic.
     */
    static boolean parsedRendersAs(double v, String text, boolean decimalComma) {
        if (!isPlainInteger(v)) {
            return render(v, decimalComma).equals(text);
        }
        int n = text.length();
        int start = n > 0 && text.charAt(0) == '-' ? 1 : 0;
        if (n == start || (text.charAt(start) == '0' && (n > start + 1 || start == 1))) {
            return false;
        }
        for (int i = start; i < n; i++) {
            char ch = text.charAt(i);
            if (ch < '0' || ch > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean isPlainInteger(double v) {
        return Math.abs(v) < LONG_EXACT && (double) (long) v == v && !(v == 0 && Double.doubleToRawLongBits(v) != 0);
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
