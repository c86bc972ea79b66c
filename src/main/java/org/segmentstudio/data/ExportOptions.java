package org.segmentstudio.data;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * How an export is written: the CSV delimiter (which also fixes the decimal separator of the
 * numbers we generate) and the file the data came from, which an export must never overwrite.
 *
 * @param delimiter  comma, or semicolon for spreadsheets whose decimal separator is a comma
 * @param sourceFile the file that is open, or null (sample, stream)
 */
public record ExportOptions(Delimiter delimiter, Path sourceFile) {

    /** The CSV field separator and the decimal separator that goes with it in Excel. */
    public enum Delimiter {
        COMMA(',', '.'),
        SEMICOLON(';', ',');

        private final char separator;
        private final char decimalSeparator;

        Delimiter(char separator, char decimalSeparator) {
            this.separator = separator;
            this.decimalSeparator = decimalSeparator;
        }

        public char separator() {
            return separator;
        }

        public char decimalSeparator() {
            return decimalSeparator;
        }

        /** Semicolon where the locale writes decimals with a comma (de, fr, …), else comma. */
        public static Delimiter forLocale(Locale locale) {
            return DecimalFormatSymbols.getInstance(locale).getDecimalSeparator() == ',' ? SEMICOLON : COMMA;
        }
    }

    public ExportOptions {
        if (delimiter == null) {
            throw new IllegalArgumentException("a delimiter is required");
        }
    }

    /** The default for this computer: the delimiter that suits its locale, no open file. */
    public static ExportOptions defaults() {
        return new ExportOptions(Delimiter.forLocale(Locale.getDefault(Locale.Category.FORMAT)), null);
    }

    public static ExportOptions of(Delimiter delimiter) {
        return new ExportOptions(delimiter, null);
    }

    public ExportOptions withSourceFile(Path file) {
        return new ExportOptions(delimiter, file);
    }

    /**
     * Refuses a target that is the open data file, so an export can never destroy the original.
     *
     * @throws IllegalArgumentException with a sentence for the user
     */
    public void checkTarget(Path target) {
        if (sourceFile == null) {
            return;
        }
        if (isSameFile(sourceFile, target)) {
            throw new IllegalArgumentException(target.getFileName() + " is the file you opened. "
                    + "Choose another name, so your original data is kept.");
        }
    }

    private static boolean isSameFile(Path a, Path b) {
        if (a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize())) {
            return true;
        }
        try {
            // Catches links and case-insensitive file systems; only possible when both exist.
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * A number we generate, as text for the CSV: at most {@code decimals} decimals, no grouping,
     * the decimal separator that matches the delimiter; empty for NaN.
     */
    public String number(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return "";
        }
        String plain = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
        if (plain.equals("-0")) {
            plain = "0";
        }
        return plain.replace('.', delimiter.decimalSeparator());
    }
}
