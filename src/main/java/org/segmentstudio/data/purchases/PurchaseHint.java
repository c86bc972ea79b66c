package org.segmentstudio.data.purchases;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.segmentstudio.data.Column;
import org.segmentstudio.data.Dataset;

/**
 * What an opened table says when its rows are purchases rather than customers: how many lines, of
 * how many customers, over which days, and the columns guessed for building one row per customer.
 *
 * @param columns   the purchase lines' columns
 * @param guess     the columns and date order guessed from the first lines
 * @param lines     the table's rows (purchase lines)
 * @param customers distinct customers among them
 * @param first     the first readable purchase day (null when none)
 * @param last      the last one
 */
public record PurchaseHint(List<String> columns, PurchaseGuess.Result guess, int lines, int customers, LocalDate first, LocalDate last) {

    /** The hint for a table whose rows look like purchases; empty for a customer table. Reads every row once. */
    public static Optional<PurchaseHint> of(Dataset data) {
        PurchaseGuess.Result guess = PurchaseGuess.of(data);
        if (!guess.isPurchaseLog()) {
            return Optional.empty();
        }
        Column customer = data.column(guess.columns().customer()).orElseThrow();
        Column date = data.column(guess.columns().date()).orElseThrow();
        PurchaseDates dates = PurchaseDates.of(guess.dateOrder().orElse(DateOrder.MONTH_FIRST));
        Set<String> ids = new HashSet<>();
        long lo = Long.MAX_VALUE;
        long hi = Long.MIN_VALUE;
        for (int r = 0; r < data.rowCount(); r++) {
            String id = CustomerBuilder.normalId(customer.text(r));
            if (id != null) {
                ids.add(id);
            }
            long d = dates.day(date.text(r));
            if (d != PurchaseDates.UNREADABLE) {
                lo = Math.min(lo, d);
                hi = Math.max(hi, d);
            }
        }
        if (ids.size() * 10L > data.rowCount() * 9L) {
            return Optional.empty(); // nearly one line per customer: a customer table after all
        }
        return Optional.of(new PurchaseHint(data.columnNames(), guess, data.rowCount(), ids.size(),
                lo <= hi ? LocalDate.ofEpochDay(lo) : null, lo <= hi ? LocalDate.ofEpochDay(hi) : null));
    }
}
