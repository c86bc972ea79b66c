package org.segmentstudio.data;

import java.util.regex.Pattern;

/**
 * Keeps a spreadsheet from running what a customer typed. A cell that starts with {@code = + - @},
 * a tab or a carriage return can be taken for a formula by Excel; unless it is a plain number it
 * gets a leading single quote, as OWASP's CSV-injection advice says. Real numbers such as -12.5
 * are left alone.
 */
public final class CellSafety {
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private CellSafety() {
    }

    /** The text to write for a cell: unchanged, or with a single quote in front when it could run. */
    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty() || !isTrigger(cell.charAt(0)) || isPlainNumber(cell)) {
            return cell == null ? "" : cell;
        }
        return "'" + cell;
    }

    /** Whether writing this cell changes it. */
    public static boolean isNeutralised(String cell) {
        return !neutralise(cell).equals(cell == null ? "" : cell);
    }

    /** A number as a person writes it (sign, digits, decimal point, exponent); nothing a formula could hide in. */
    public static boolean isPlainNumber(String cell) {
        return PLAIN_NUMBER.matcher(cell).matches();
    }

    private static boolean isTrigger(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
