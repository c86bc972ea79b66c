package org.segmentstudio.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A column of numbers with a few cells of text among them, such as {@code "12k"} in an income
 * column: usually a typo. The importer keeps such a column as text, exactly as it stands, so it
 * cannot be a feature; this finds the cells to correct so the user can be told where they are.
 *
 * @param column    the column's name
 * @param firstRow  0-based row of the first cell that is not a number
 * @param firstText that cell's text
 * @param cells     how many cells in all are not numbers (missing-value markers are not counted)
 */
public record StrayText(String column, int firstRow, String firstText, int cells) {
    /** At least this many numbers per text cell make a column "numbers with typos" rather than text. */
    static final int NUMBERS_PER_TEXT = 9;

    /** The stray text of a text column that is nearly all numbers, if it is one (found as the column was built). */
    public static Optional<StrayText> in(Column c) {
        return c.strayText();
    }

    /**
     * Scans a categorical column, once, as it is built. A cell counts as a number if it reads as one
     * with a decimal point or with a decimal comma.
     *
     * @return null when the column is not numbers with a few cells of text
     */
    static StrayText scan(Column c) {
        List<String> categories = c.categories();
        boolean[] number = new boolean[categories.size()];
        int numberCategories = 0;
        for (int i = 0; i < number.length; i++) {
            number[i] = !Double.isNaN(NumberCells.parse(categories.get(i), false))
                    || !Double.isNaN(NumberCells.parse(categories.get(i), true));
            numberCategories += number[i] ? 1 : 0;
        }
        if (numberCategories == 0 || numberCategories == number.length) {
            return null; // no number among the text, or no text among the numbers: no row needs a look
        }
        int first = -1;
        int text = 0;
        int numbers = 0;
        for (int r = 0; r < c.size(); r++) {
            int category = c.category(r);
            if (category < 0) {
                continue;
            }
            if (number[category]) {
                numbers++;
            } else {
                text++;
                first = first < 0 ? r : first;
            }
        }
        return first >= 0 && numbers >= NUMBERS_PER_TEXT * text ? new StrayText(c.name(), first, c.text(first), text) : null;
    }

    /** Every such column of the dataset, in column order. */
    public static List<StrayText> in(Dataset data) {
        List<StrayText> out = new ArrayList<>();
        for (Column c : data.columns()) {
            in(c).ifPresent(out::add);
        }
        return out;
    }
}
