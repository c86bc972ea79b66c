package org.segmentstudio.data;

import java.util.regex.Pattern;

/**
 * Reads a number from a cell as a spreadsheet user would have typed it: integers, decimals,
 * scientific notation, negatives, thousands separators and a currency sign ({@code "$15,000"},
 * {@code "1.234,50 €"}). With a decimal comma (European exports) {@code 3,5} is three and a half.
 */
public final class NumberCells {
    private static final double[] POW10 = new double[23];
    /** A plain number in the C locale, after currency and grouping have been taken off. */
    private static final Pattern PLAIN = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern GROUPED_DOT = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d*)?");
    private static final Pattern GROUPED_COMMA = Pattern.compile("\\d{1,3}([. \u00A0\u202F']\\d{3})+(,\\d*)?");
    private static final String CURRENCY = "$€£¥₹₩₽₺";

    static {
        double p = 1;
        for (int i = 0; i < POW10.length; i++) {
            POW10[i] = p;
            p *= 10;
        }
    }

    private NumberCells() {
    }

    /**
     * @return the value, or NaN when the cell is not a number (missing cells included)
     */
    public static double parse(String cell) {
        return parse(cell, false);
    }

    /**
     * @param decimalComma whether the file writes {@code 3,5} for three and a half
     * @return the value, or NaN when the cell is not a number (missing cells included)
     */
    public static double parse(String cell, boolean decimalComma) {
        if (cell == null) {
            return Double.NaN;
        }
        double fast = parseSimple(cell, decimalComma ? ',' : '.');
        return fast == fast ? fast : parseGeneral(cell, decimalComma);
    }

    /**
     * The common case without allocation: an optional sign, up to 15 digits and an optional
     * fraction of up to 22 digits. The quotient of two exact doubles is correctly rounded.
     */
    private static double parseSimple(String s, char point) {
        int n = s.length();
        if (n == 0 || n > 24) {
            return Double.NaN;
        }
        int i = 0;
        boolean negative = false;
        char first = s.charAt(0);
        if (first == '-' || first == '+') {
            negative = first == '-';
            i = 1;
        }
        long mantissa = 0;
        int digits = 0;
        int fraction = -1;
        for (; i < n; i++) {
            char ch = s.charAt(i);
            if (ch >= '0' && ch <= '9') {
                mantissa = mantissa * 10 + (ch - '0');
                digits++;
                if (fraction >= 0) {
                    fraction++;
                }
            } else if (ch == point && fraction < 0) {
                fraction = 0;
            } else {
                return Double.NaN;
            }
        }
        if (digits == 0 || digits > 15) {
            return Double.NaN;
        }
        double v = fraction > 0 ? mantissa / POW10[fraction] : mantissa;
        return negative ? -v : v;
    }

    private static double parseGeneral(String cell, boolean decimalComma) {
        String s = cell.strip();
        if (s.isEmpty() || MissingValues.isMissing(s)) {
            return Double.NaN;
        }
        boolean negative = false;
        if (s.length() > 2 && s.charAt(0) == '(' && s.charAt(s.length() - 1) == ')') {
            negative = true; // accounting style: (1,200) is minus 1,200
            s = s.substring(1, s.length() - 1).strip();
        }
        if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
            negative ^= s.charAt(0) == '-';
            s = s.substring(1).strip();
        }
        String bare = withoutCurrency(s);
        if (bare.length() < s.length() && !bare.isEmpty() && bare.charAt(0) == '-' && !negative) {
            negative = true; // "$-15"
            bare = bare.substring(1);
        }
        s = withoutGrouping(bare, decimalComma);
        if (s == null || s.isEmpty() || s.charAt(0) == '-' || s.charAt(0) == '+' || !PLAIN.matcher(s).matches()) {
            return Double.NaN;
        }
        try {
            double v = Double.parseDouble(s);
            if (!Double.isFinite(v)) {
                return Double.NaN;
            }
            return negative ? -v : v;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static String withoutCurrency(String s) {
        if (s.isEmpty()) {
            return s;
        }
        if (CURRENCY.indexOf(s.charAt(0)) >= 0) {
            return s.substring(1).strip();
        }
        if (CURRENCY.indexOf(s.charAt(s.length() - 1)) >= 0) {
            return s.substring(0, s.length() - 1).strip();
        }
        return s;
    }

    /** Takes off thousands separators; null when the cell uses a separator that is not a number's. */
    private static String withoutGrouping(String s, boolean decimalComma) {
        if (decimalComma) {
            if (GROUPED_COMMA.matcher(s).matches()) {
                s = s.replaceAll("[. \u00A0\u202F']", "");
            } else if (s.indexOf('.') >= 0 && s.indexOf(',') >= 0) {
                return null;
            }
            return s.replace(',', '.');
        }
        if (GROUPED_DOT.matcher(s).matches()) {
            return s.replace(",", "");
        }
        return s.indexOf(',') >= 0 ? null : s;
    }
}
