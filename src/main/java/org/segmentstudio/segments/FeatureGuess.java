package org.segmentstudio.segments;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.segmentstudio.data.Column;
import org.segmentstudio.data.ColumnKind;
import org.segmentstudio.data.Dataset;

/**
 * The features a file starts with, the same in the window and on the command line: the measures
 * (money, counts, scores), never codes, identifiers, dates or constants.
 */
public final class FeatureGuess {
    /** Words in a column name that say it measures what a customer is worth or does. */
    private static final List<String> PREFERRED = List.of("income", "spend", "score", "amount", "purchase",
            "revenue", "visits", "frequency", "value", "recency", "monetary");
    /** Words in a column name that say it holds dates or times, not a measure. */
    private static final Pattern DATE_NAME =
            Pattern.compile("(?i)(^|[^a-z])(date|time|timestamp|day|month|year|period)([^a-z]|$)");
    /** At most this many amounts start as features. */
    static final int MAX_AMOUNTS = 8;
    /** The median of a long column is taken on about this many of its values. */
    private static final int MEDIAN_SAMPLE = 20_001;

    private FeatureGuess() {
    }

    /**
     * Two or more columns named like money or spending: those (the mall's income and spending score);
     * else two or more amounts (never negative, a mean well above the median: a wholesaler's spend per
     * product line): all of them, up to {@link #MAX_AMOUNTS}; else the first two measures.
     */
    public static List<String> of(Dataset data) {
        synchronized (GUESSED) {
            List<String> known = GUESSED.get(data);
            if (known != null) {
                return known;
            }
        }
        List<String> guess = guess(data);
        synchronized (GUESSED) {
            GUESSED.put(data, guess);
        }
        return guess;
    }

    /**
     * The last guesses, by dataset: a guess reads every value of each numeric column, so the
     * importer's thread makes it once and the window's thread finds it made.
     */
    private static final java.util.Map<Dataset, List<String>> GUESSED = new java.util.WeakHashMap<>();

    private static List<String> guess(Dataset data) {
        List<String> preferred = new ArrayList<>();
        List<String> amounts = new ArrayList<>();
        List<String> measures = new ArrayList<>();
        for (Column c : data.columns()) {
            if (c.kind() != ColumnKind.NUMERIC || isConstantOrDate(c) || data.isLeftOut(c.name())) {
                continue;
            }
            measures.add(c.name());
            String lower = c.name().toLowerCase(Locale.ROOT);
            if (PREFERRED.stream().anyMatch(lower::contains)) {
                preferred.add(c.name());
            }
            if (isAmount(c)) {
                amounts.add(c.name());
            }
        }
        if (preferred.size() >= 2) {
            return List.copyOf(preferred.subList(0, Math.min(MAX_AMOUNTS, preferred.size())));
        }
        if (amounts.size() >= 2) {
            return List.copyOf(amounts.subList(0, Math.min(MAX_AMOUNTS, amounts.size())));
        }
        List<String> out = new ArrayList<>(preferred);
        measures.stream().filter(m -> !out.contains(m)).forEach(out::add);
        return List.copyOf(out.subList(0, Math.min(2, out.size())));
    }

    /**
     * A column that says nothing about customers (one value for all), or that holds dates — by its
     * name, or as numbers such as 19970101 — is not a measure to preselect.
     */
    public static boolean isConstantOrDate(Column c) {
        if (!(c.max() > c.min())) {
            return true; // one value for all, or none
        }
        boolean yyyymmdd = c.isWhole() && c.min() >= 1900_01_01 && c.max() <= 2100_12_31;
        return yyyymmdd || DATE_NAME.matcher(c.name()).find();
    }

    /** Never negative, with a mean at least {@link ValueMeasure#SKEWED_MEAN} × the median, as on the cards. */
    static boolean isAmount(Column c) {
        if (!(c.min() >= 0)) {
            return false;
        }
        int n = c.size();
        int step = Math.max(1, n / MEDIAN_SAMPLE);
        double[] sample = new double[(n + step - 1) / step];
        int m = 0;
        double sum = 0;
        int counted = 0;
        for (int r = 0; r < n; r++) {
            double v = c.value(r);
            if (v == v) {
                sum += v;
                counted++;
                if (r % step == 0) {
                    sample[m++] = v;
                }
            }
        }
        if (m == 0) {
            return false;
        }
        Arrays.sort(sample, 0, m);
        double median = m % 2 == 1 ? sample[m / 2] : (sample[m / 2 - 1] + sample[m / 2]) / 2;
        return median > 0 && sum / counted >= ValueMeasure.SKEWED_MEAN * median;
    }
}
