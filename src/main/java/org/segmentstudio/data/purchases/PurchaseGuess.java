package org.segmentstudio.data.purchases;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.segmentstudio.data.NumberCells;

/**
 * Guesses what each column of a purchase log holds from its name and its first lines, and whether
 * the file is a purchase log at all: a customer column that repeats, a date column, and money (an
 * amount, or quantity and price).
 */
public final class PurchaseGuess {
    private static final Pattern CUSTOMER = Pattern.compile("(?i)customer|client|member|cust|shopper|buyer|user|account|card|patron");
    private static final Pattern DATE = Pattern.compile("(?i)date|time|day|when|timestamp");
    private static final Pattern ORDER = Pattern.compile("(?i)invoice|order|receipt|transaction|basket|ticket|bill|txn");
    private static final Pattern QUANTITY = Pattern.compile("(?i)qty|quantity|units|pieces|number_of|count|items|cds");
    private static final Pattern PRICE = Pattern.compile("(?i)price|unit.?cost|rate");
    private static final Pattern AMOUNT = Pattern.compile("(?i)amount|total|value|sales|revenue|spend|spent|paid|net|gross|sum|dollar|euro|turnover");
    private static final Pattern PRODUCT_CODE = Pattern.compile("(?i)stock.?code|sku|product|item|article|ean|upc|isbn");
    private static final Pattern PRODUCT_TEXT = Pattern.compile("(?i)description|product.?name|item.?name");
    private static final Pattern CARRY = Pattern.compile("(?i)country|store|shop|branch|region|city|channel|outlet|state|segment|gender");
    /** A carried category has at most this many values among the first lines. */
    private static final int CARRY_VALUES = 60;

    /** The guess for a table already read, from its first {@link PurchaseLog#GUESS_LINES} rows. */
    public static Result of(org.segmentstudio.data.Dataset data) {
        org.segmentstudio.data.DatasetLines source = new org.segmentstudio.data.DatasetLines(data, PurchaseLog.GUESS_LINES);
        List<String[]> head = new ArrayList<>();
        String[] cells;
        while ((cells = source.next()) != null) {
            head.add(cells);
        }
        return guess(data.columnNames(), head, data.report().decimalComma());
    }

    /**
     * @param header the header cells
     * @param lines  the first lines (a few thousand), cells per header column
     * @param decimalComma whether the source writes numbers with a decimal comma
     */
    public static Result guess(List<String> header, List<String[]> lines, boolean decimalComma) {
        int n = header.size();
        Profile[] p = new Profile[n];
        for (int c = 0; c < n; c++) {
            p[c] = new Profile(header.get(c), decimalComma);
        }
        for (String[] line : lines) {
            for (int c = 0; c < n && c < line.length; c++) {
                p[c].add(line[c]);
            }
        }
        Set<String> taken = new HashSet<>();
        String date = best(p, taken, q -> q.dates.looksLikeDates() ? (DATE.matcher(q.lower).find() ? 3 : 1) : 0);
        String customer = best(p, taken, q -> {
            if (q.filled == 0 || q.distinct() == q.filled && q.filled > 20) {
                return 0; // never repeats: one row per customer already, or an order number
            }
            boolean named = CUSTOMER.matcher(q.lower).find() && !ORDER.matcher(q.lower).find();
            return named ? 3 : 0;
        });
        String order = best(p, taken, q -> ORDER.matcher(q.lower).find() && !DATE.matcher(q.lower).find() ? 2 : 0);
        String quantity = best(p, taken, q -> q.numbers >= 0.95 * q.filled && q.filled > 0
                && QUANTITY.matcher(q.lower).find() ? 2 : 0);
        String price = best(p, taken, q -> q.numbers >= 0.95 * q.filled && q.filled > 0
                && PRICE.matcher(q.lower).find() ? 2 : 0);
        String amount = best(p, taken, q -> q.numbers >= 0.95 * q.filled && q.filled > 0
                && AMOUNT.matcher(q.lower).find() ? 2 : 0);
        if (amount != null && quantity != null && price != null) {
            // A price beside a quantity: the money is their product, and the "total" column may be
            // anything; keep the amount only when the two are not both there.
            taken.remove(amount);
            amount = null;
        }
        if (amount == null && (quantity == null || price == null)) {
            taken.remove(price);
            price = null;
        }
        String product = best(p, taken, q -> PRODUCT_CODE.matcher(q.lower).find() ? 2
                : PRODUCT_TEXT.matcher(q.lower).find() ? 1 : 0);
        List<String> carry = new ArrayList<>();
        for (Profile q : p) {
            if (!taken.contains(q.name) && CARRY.matcher(q.lower).find() && q.filled > 0
                    && q.distinct() <= CARRY_VALUES && q.distinct() < q.filled) {
                carry.add(q.name);
            }
        }
        PurchaseColumns cols = new PurchaseColumns(customer, date, order, amount, quantity, price, product, carry);
        Profile dateProfile = date == null ? null : p[header.indexOf(date)];
        return new Result(cols, dateProfile == null ? Optional.empty() : dateProfile.dates.order(),
                dateProfile != null && dateProfile.dates.ambiguous());
    }

    /**
     * @param columns       the guessed mapping (customer or date null when none was found)
     * @param dateOrder     how the date column writes its dates, when its cells say so
     * @param ambiguousDates day/month dates whose fields never pass 12: the user must say which comes first
     */
    public record Result(PurchaseColumns columns, Optional<DateOrder> dateOrder, boolean ambiguousDates) {
        /** Whether the file looks like purchases: a repeating customer, a date, and money. */
        public boolean isPurchaseLog() {
            return columns.customer() != null && columns.date() != null
                    && (columns.amount() != null || columns.quantity() != null && columns.price() != null);
        }
    }

    private interface Score {
        int of(Profile p);
    }

    private static String best(Profile[] profiles, Set<String> taken, Score score) {
        Profile best = null;
        int top = 0;
        for (Profile q : profiles) {
            if (taken.contains(q.name)) {
                continue;
            }
            int s = score.of(q);
            if (s > top) {
                top = s;
                best = q;
            }
        }
        if (best == null) {
            return null;
        }
        taken.add(best.name);
        return best.name;
    }

    /** What the first lines show of one column. */
    private static final class Profile {
        final String name;
        final String lower;
        final PurchaseDates.Evidence dates = new PurchaseDates.Evidence();
        final Set<String> values = new HashSet<>();
        int filled;
        int numbers;
        boolean manyValues;

        final boolean decimalComma;

        Profile(String name, boolean decimalComma) {
            this.decimalComma = decimalComma;
            this.name = name;
            this.lower = name.toLowerCase(Locale.ROOT).strip();
        }

        void add(String cell) {
            if (cell == null || cell.isBlank()) {
                return;
            }
            filled++;
            dates.add(cell);
            if (!Double.isNaN(NumberCells.parse(cell, decimalComma))) {
                numbers++;
            }
            if (values.size() < 100_000) {
                values.add(cell.strip());
            } else {
                manyValues = true;
            }
        }

        int distinct() {
            return manyValues ? Integer.MAX_VALUE : values.size();
        }
    }

    private PurchaseGuess() {
    }
}
