package org.segmentstudio.data.purchases;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import org.segmentstudio.data.DataFormatException;
import org.segmentstudio.data.LineSource;
import org.segmentstudio.data.MissingValues;
import org.segmentstudio.data.NumberCells;

/**
 * Builds one row per customer from a purchase log in one streaming pass; memory grows with the
 * customers (and their distinct orders), never with the lines.
 *
 * <p>A line is used when it has a customer, a readable date (on or before the as-of date when one
 * is given), and a positive quantity and price (or a positive amount). A return — a negative
 * quantity or amount, or an order number starting with C (a cancellation) — is left out of
 * Monetary, or subtracted from it with {@link Returns#NET}; either way it counts in the returns share.
 */
public final class CustomerBuilder {
    /** Options of a build. {@code asOf} null: the day after the last purchase. */
    public record Options(PurchaseColumns columns, PurchaseDates dates, LocalDate asOf, Returns returns) {
    }

    private final Options options;

    public CustomerBuilder(Options options) {
        this.options = options;
    }

    /**
     * @param progress told the fraction of the source read, now and then
     * @param cancelled asked now and then; true stops the build
     * @throws DataFormatException a mapped column is missing, or no line is usable
     * @throws java.util.concurrent.CancellationException when cancelled
     */
    public CustomerTable build(LineSource source, DoubleConsumer progress, BooleanSupplier cancelled)
            throws IOException, DataFormatException {
        PurchaseColumns cols = options.columns();
        List<String> header = source.header();
        String name = source.name();
        int customerCol = required(header, cols.customer(), "customer", name);
        int dateCol = required(header, cols.date(), "date", name);
        int orderCol = optional(header, cols.order(), "order", name);
        int amountCol = optional(header, cols.amount(), "amount", name);
        int quantityCol = optional(header, cols.quantity(), "quantity", name);
        int priceCol = optional(header, cols.price(), "price", name);
        int productCol = optional(header, cols.product(), "product", name);
        if (amountCol < 0 && (quantityCol < 0 || priceCol < 0)) {
            throw new DataFormatException(name, "File " + name + ": say which column holds the money of each line — "
                    + "an amount, or a quantity and a price.");
        }
        int[] carryCols = new int[cols.carry().size()];
        for (int i = 0; i < carryCols.length; i++) {
            carryCols[i] = required(header, cols.carry().get(i), "category to carry", name);
        }
        boolean decimalComma = source.decimalComma();
        long asOfLimit = options.asOf() == null ? Long.MAX_VALUE : options.asOf().toEpochDay();

        Map<String, Integer> customers = new HashMap<>();
        List<String> ids = new ArrayList<>();
        Acc acc = new Acc();
        Map<String, Integer> orders = new HashMap<>();
        Map<String, Integer> products = new HashMap<>();
        LongCounts customerOrders = new LongCounts();
        LongCounts customerProducts = new LongCounts();
        List<Map<String, Integer>> carryValues = new ArrayList<>();
        List<LongCounts> carryCounts = new ArrayList<>();
        for (int i = 0; i < carryCols.length; i++) {
            carryValues.add(new HashMap<>());
            carryCounts.add(new LongCounts());
        }
        EnumMap<LeftOut, Long> leftOut = new EnumMap<>(LeftOut.class);
        EnumMap<LeftOut, List<Long>> examples = new EnumMap<>(LeftOut.class);
        long lines = 0;
        long used = 0;
        long firstDay = Long.MAX_VALUE;
        long latestDay = Long.MIN_VALUE;
        boolean anyReturn = false;
        // The lines of one invoice follow each other: the same customer, order and date cells come
        // again and again, and are looked up once.
        String lastCustomerCell = null;
        String lastId = null;
        int lastIndex = -1;
        String lastDateCell = null;
        long lastDay = PurchaseDates.UNREADABLE;
        String lastOrderCell = null;
        int lastOrder = -1;
        String[] cells;
        while ((cells = source.next()) != null) {
            lines++;
            if ((lines & 0xFFF) == 0) {
                if (cancelled.getAsBoolean()) {
                    throw new java.util.concurrent.CancellationException();
                }
                if ((lines & 0xFFFF) == 0) {
                    progress.accept(source.fraction());
                }
            }
            String customerCell = cell(cells, customerCol);
            if (!customerCell.equals(lastCustomerCell)) {
                lastCustomerCell = customerCell;
                lastId = normalId(customerCell);
                lastIndex = -1;
            }
            String id = lastId;
            String dateCell = cell(cells, dateCol);
            if (!dateCell.equals(lastDateCell)) {
                lastDateCell = dateCell;
                lastDay = options.dates().day(dateCell);
            }
            LeftOut why = null;
            long day = 0;
            double value = 0;
            double quantity = Double.NaN;
            boolean isReturn = false;
            if (id == null) {
                why = LeftOut.NO_CUSTOMER;
            } else if ((day = lastDay) == PurchaseDates.UNREADABLE) {
                why = LeftOut.UNREADABLE_DATE;
            } else if (day > asOfLimit) {
                why = LeftOut.AFTER_AS_OF;
            } else {
                String order = orderCol < 0 ? null : cell(cells, orderCol);
                quantity = quantityCol < 0 ? Double.NaN : NumberCells.parse(cell(cells, quantityCol), decimalComma);
                if (amountCol >= 0) {
                    value = NumberCells.parse(cell(cells, amountCol), decimalComma);
                } else {
                    double price = NumberCells.parse(cell(cells, priceCol), decimalComma);
                    value = price <= 0 ? (Double.isNaN(price) ? Double.NaN : -1) : quantity * price;
                    if (price <= 0 && !Double.isNaN(quantity)) {
                        why = LeftOut.NOT_POSITIVE;
                    }
                }
                if (why != null) {
                    // a zero or negative price: not a purchase, not a return
                } else if (!Double.isFinite(value) || quantityCol >= 0 && !Double.isFinite(quantity)) {
                    why = LeftOut.UNREADABLE_NUMBER; // also 1e308 × 10: no money is infinite
                } else if (isCancellation(order) || value < 0 || quantityCol >= 0 && quantity < 0) {
                    isReturn = true;
                    why = options.returns() == Returns.NET ? null : LeftOut.RETURN;
                } else if (value == 0 || quantityCol >= 0 && quantity == 0) {
                    why = LeftOut.NOT_POSITIVE;
                }
            }
            if (id != null && (why == null || why == LeftOut.RETURN)) {
                int c = lastIndex;
                if (c < 0) {
                    Integer known = customers.get(id);
                    if (known == null) {
                        c = ids.size();
                        customers.put(id, c);
                        ids.add(id);
                        acc.grow(ids.size());
                    } else {
                        c = known;
                    }
                    lastIndex = c;
                }
                if (isReturn) {
                    anyReturn = true;
                    acc.returned[c] += Math.abs(value);
                    if (options.returns() == Returns.NET) {
                        acc.monetary[c] -= Math.abs(value);
                        used++;
                    }
                } else {
                    used++;
                    acc.purchases[c]++;
                    acc.monetary[c] += value;
                    acc.bought[c] += value;
                    if (quantityCol >= 0) {
                        acc.items[c] += quantity;
                    }
                    acc.first[c] = Math.min(acc.first[c], day);
                    acc.last[c] = Math.max(acc.last[c], day);
                    firstDay = Math.min(firstDay, day);
                    latestDay = Math.max(latestDay, day);
                    long visit;
                    if (orderCol >= 0) {
                        String orderCell = cell(cells, orderCol);
                        if (!orderCell.equals(lastOrderCell)) {
                            lastOrderCell = orderCell;
                            String order = orderCell.strip();
                            Integer o = orders.get(order);
                            if (o == null) {
                                o = orders.size();
                                orders.put(order, o);
                            }
                            lastOrder = o;
                        }
                        visit = lastOrder;
                    } else {
                        visit = day - Integer.MIN_VALUE; // distinct purchase days
                    }
                    if (customerOrders.add(((long) c << 32) | (visit & 0xFFFFFFFFL))) {
                        acc.frequency[c]++;
                    }
                    if (productCol >= 0) {
                        String product = cell(cells, productCol).strip();
                        Integer pr = products.get(product);
                        if (pr == null) {
                            pr = products.size();
                            products.put(product, pr);
                        }
                        if (customerProducts.add(((long) c << 32) | pr)) {
                            acc.products[c]++;
                        }
                    }
                    for (int i = 0; i < carryCols.length; i++) {
                        String v = cell(cells, carryCols[i]).strip();
                        Map<String, Integer> dict = carryValues.get(i);
                        Integer vi = dict.get(v);
                        if (vi == null) {
                            vi = dict.size();
                            dict.put(v, vi);
                        }
                        carryCounts.get(i).add(((long) c << 32) | vi);
                    }
                }
            }
            if (why != null) {
                leftOut.merge(why, 1L, Long::sum);
                List<Long> ex = examples.computeIfAbsent(why, w -> new ArrayList<>());
                if (ex.size() < BuildReport.EXAMPLES) {
                    ex.add(source.line());
                }
            }
        }
        progress.accept(1);
        int[] keep = kept(acc, ids.size());
        if (keep.length == 0) {
            throw new DataFormatException(name, "File " + name + ": none of its " + String.format("%,d", lines)
                    + " lines is a purchase with a customer, a readable date and a positive amount"
                    + (leftOut.isEmpty() ? "" : " (" + new BuildReport(name, lines, 0, leftOut, examples, 0, null, null,
                    null, cols, options.dates().order().orElse(null), options.returns()).leftOutText() + ")")
                    + ". Check the columns chosen for the customer, the date and the money.");
        }
        long asOf = options.asOf() == null ? latestDay + 1 : asOfLimit;
        List<String> outHeader = new ArrayList<>();
        List<String[]> out = new ArrayList<>();
        int n = keep.length;
        outHeader.add(cols.customer());
        out.add(column(n, r -> ids.get(keep[r])));
        outHeader.add(CustomerTable.RECENCY);
        out.add(column(n, r -> Long.toString(asOf - acc.last[keep[r]])));
        outHeader.add(CustomerTable.FREQUENCY);
        out.add(column(n, r -> Integer.toString(acc.frequency[keep[r]])));
        outHeader.add(CustomerTable.MONETARY);
        out.add(column(n, r -> money(acc.monetary[keep[r]])));
        outHeader.add(CustomerTable.AVERAGE_ORDER);
        out.add(column(n, r -> money(acc.monetary[keep[r]] / acc.frequency[keep[r]])));
        outHeader.add(CustomerTable.TENURE);
        out.add(column(n, r -> Long.toString(asOf - acc.first[keep[r]])));
        if (quantityCol >= 0) {
            outHeader.add(CustomerTable.ITEMS);
            out.add(column(n, r -> plain(acc.items[keep[r]], 3)));
        }
        if (productCol >= 0) {
            outHeader.add(CustomerTable.PRODUCTS);
            out.add(column(n, r -> Integer.toString(acc.products[keep[r]])));
        }
        if (anyReturn) {
            outHeader.add(CustomerTable.RETURNS_SHARE);
            out.add(column(n, r -> {
                int c = keep[r];
                // At most 1: returns of what was bought before the log began count up to what was bought
                // in it (one customer at 37 had lifted everyone's average share to 27 %, five times the value returned).
                return acc.bought[c] > 0 ? plain(Math.min(1, acc.returned[c] / acc.bought[c]), 4) : "0";
            }));
        }
        for (int i = 0; i < carryCols.length; i++) {
            outHeader.add(cols.carry().get(i));
            out.add(mostFrequent(carryValues.get(i), carryCounts.get(i), ids.size(), keep));
        }
        BuildReport report = new BuildReport(name, lines, used, leftOut, examples, n, LocalDate.ofEpochDay(asOf),
                LocalDate.ofEpochDay(firstDay), LocalDate.ofEpochDay(latestDay), cols, options.dates().order().orElse(null),
                options.returns());
        return new CustomerTable(outHeader, out, report);
    }

    /** Customers with at least one used purchase (not only returns), in the order first seen. */
    private static int[] kept(Acc acc, int customers) {
        int[] keep = new int[customers];
        int n = 0;
        for (int c = 0; c < customers; c++) {
            if (acc.purchases[c] > 0) {
                keep[n++] = c;
            }
        }
        return Arrays.copyOf(keep, n);
    }

    private static String[] mostFrequent(Map<String, Integer> dict, LongCounts counts, int customers, int[] keep) {
        String[] values = new String[dict.size()];
        dict.forEach((v, i) -> values[i] = v);
        int[] best = new int[customers];
        int[] bestCount = new int[customers];
        Arrays.fill(best, -1);
        counts.forEach((key, count) -> {
            int c = (int) (key >>> 32);
            int v = (int) key;
            // Ties go to the value first seen in the file (the lower index), whatever the hash order.
            if (count > bestCount[c] || count == bestCount[c] && v < best[c]) {
                bestCount[c] = count;
                best[c] = v;
            }
        });
        String[] out = new String[keep.length];
        for (int r = 0; r < keep.length; r++) {
            int b = best[keep[r]];
            out[r] = b < 0 ? "" : values[b];
        }
        return out;
    }

    private interface Cell {
        String at(int row);
    }

    private static String[] column(int n, Cell cell) {
        String[] out = new String[n];
        for (int r = 0; r < n; r++) {
            out[r] = cell.at(r);
        }
        return out;
    }

    /** Money to the cent, written plainly: 5391.21, 77, -12.5. */
    static String money(double v) {
        return plain(v, 2);
    }

    static String plain(double v, int decimals) {
        if (!Double.isFinite(v)) {
            return ""; // a sum past what a double holds: written as missing, never as "Infinity"
        }
        BigDecimal d = BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
        String s = d.toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    /** An order number such as C536379 marks a cancelled invoice. */
    static boolean isCancellation(String order) {
        if (order == null) {
            return false;
        }
        String o = order.strip();
        return o.length() > 1 && (o.charAt(0) == 'C' || o.charAt(0) == 'c') && Character.isDigit(o.charAt(1));
    }

    /** The customer as written, "17850.0" as 17850; null when there is none. */
    static String normalId(String cell) {
        if (cell == null) {
            return null;
        }
        String s = cell.strip();
        if (s.isEmpty() || MissingValues.isMissing(s)) {
            return null;
        }
        int dot = s.indexOf('.');
        if (dot > 0 && dot < s.length() - 1) {
            boolean digitsBefore = true;
            for (int i = s.charAt(0) == '-' ? 1 : 0; i < dot; i++) {
                digitsBefore &= Character.isDigit(s.charAt(i));
            }
            boolean zerosAfter = true;
            for (int i = dot + 1; i < s.length(); i++) {
                zerosAfter &= s.charAt(i) == '0';
            }
            if (digitsBefore && zerosAfter) {
                return s.substring(0, dot);
            }
        }
        return s;
    }

    private static String cell(String[] cells, int c) {
        return c < cells.length ? cells[c] : "";
    }

    private static int required(List<String> header, String column, String role, String file) throws DataFormatException {
        if (column == null) {
            throw new DataFormatException(file, "File " + file + ": say which column holds the " + role + " of each line."
                    + " Columns are: " + String.join(", ", header) + ".");
        }
        return optional(header, column, role, file);
    }

    private static int optional(List<String> header, String column, String role, String file) throws DataFormatException {
        if (column == null) {
            return -1;
        }
        int i = header.indexOf(column);
        if (i < 0) {
            throw new DataFormatException(file, "File " + file + " has no column named '" + column + "' (the " + role
                    + "). Columns are: " + String.join(", ", header) + ".");
        }
        return i;
    }

    /** Per customer, what the used lines add up to; arrays grown as customers appear. */
    private static final class Acc {
        int[] purchases = new int[0];
        int[] frequency = new int[0];
        int[] products = new int[0];
        long[] first = new long[0];
        long[] last = new long[0];
        double[] monetary = new double[0];
        double[] bought = new double[0];
        double[] returned = new double[0];
        double[] items = new double[0];

        void grow(int needed) {
            if (needed <= purchases.length) {
                return;
            }
            int cap = Math.max(1024, purchases.length * 2);
            int old = purchases.length;
            purchases = Arrays.copyOf(purchases, cap);
            frequency = Arrays.copyOf(frequency, cap);
            products = Arrays.copyOf(products, cap);
            first = Arrays.copyOf(first, cap);
            last = Arrays.copyOf(last, cap);
            Arrays.fill(first, old, cap, Long.MAX_VALUE);
            Arrays.fill(last, old, cap, Long.MIN_VALUE);
            monetary = Arrays.copyOf(monetary, cap);
            bought = Arrays.copyOf(bought, cap);
            returned = Arrays.copyOf(returned, cap);
            items = Arrays.copyOf(items, cap);
        }
    }
}
