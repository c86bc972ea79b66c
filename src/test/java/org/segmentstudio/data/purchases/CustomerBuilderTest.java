package org.segmentstudio.data.purchases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentstudio.data.DataFormatException;

/**
 * One row per customer from a purchase log, checked against a plain reference computed from the
 * generated lines themselves: returns and cancellations, lines without a customer, zero prices,
 * unreadable dates, IDs written 17850.0, both date orders and decimal commas.
 */
class CustomerBuilderTest {
    @TempDir
    Path dir;

    /** One generated line, as the reference reads it. */
    record Line(String customer, String invoice, LocalDate day, String stock, double quantity, double price, String country) {
    }

    private static List<Line> lines(long seed, int n) {
        Random rnd = new Random(seed);
        List<Line> out = new ArrayList<>();
        String[] countries = {"United Kingdom", "France", "Germany", "EIRE"};
        int invoice = 536_365;
        for (int i = 0; i < n; i++) {
            if (rnd.nextInt(4) == 0) {
                invoice++;
            }
            String customer = rnd.nextInt(10) == 0 ? "" : (12_346 + rnd.nextInt(60)) + ".0";
            boolean cancel = rnd.nextInt(25) == 0;
            double quantity = (1 + rnd.nextInt(12)) * (cancel ? -1 : 1);
            double price = rnd.nextInt(40) == 0 ? 0 : Math.round((0.3 + rnd.nextDouble() * 9) * 100) / 100.0;
            LocalDate day = LocalDate.of(2010, 12, 1).plusDays(rnd.nextInt(370));
            String country = countries[Math.abs((customer.hashCode() + (rnd.nextInt(5) == 0 ? 1 : 0)) % 4)];
            out.add(new Line(customer, (cancel ? "C" : "") + invoice, day, "8512" + rnd.nextInt(30), quantity, price, country));
        }
        return out;
    }

    private Path write(List<Line> lines, String name, char sep, boolean decimalComma, DateTimeFormatter dates) throws Exception {
        StringBuilder sb = new StringBuilder();
        sb.append(String.join(String.valueOf(sep), "InvoiceNo", "StockCode", "Quantity", "InvoiceDate", "UnitPrice",
                "CustomerID", "Country")).append("\r\n");
        int i = 0;
        for (Line l : lines) {
            String price = String.format(Locale.ROOT, "%.2f", l.price());
            if (decimalComma) {
                price = price.replace('.', ',');
            }
            String date = i++ == 7 ? "not a date" : l.day().atTime(8, 26).format(dates);
            sb.append(String.join(String.valueOf(sep), l.invoice(), l.stock(), String.valueOf((long) l.quantity()), date,
                    price, l.customer(), l.country())).append("\r\n");
        }
        return Files.writeString(dir.resolve(name), sb, StandardCharsets.UTF_8);
    }

    /** The reference: customer → {recency, frequency, monetary, items, products}. */
    private static Map<String, double[]> reference(List<Line> lines, boolean net) {
        Map<String, double[]> acc = new LinkedHashMap<>();
        Map<String, Set<String>> orders = new HashMap<>();
        Map<String, Set<String>> products = new HashMap<>();
        LocalDate last = LocalDate.MIN;
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (i == 7 || l.customer().isEmpty()) {
                continue; // the unreadable date, and no customer
            }
            String id = l.customer().replace(".0", "");
            boolean isReturn = l.invoice().startsWith("C") || l.quantity() < 0;
            if (l.price() <= 0) {
                continue;
            }
            double value = Math.abs(l.quantity() * l.price());
            if (isReturn) {
                if (net && acc.containsKey(id)) {
                    acc.get(id)[2] -= value;
                } else if (net) {
                    acc.computeIfAbsent(id, k -> new double[] {Double.NaN, 0, 0, 0, 0, 1})[2] -= value;
                }
                continue;
            }
            double[] a = acc.computeIfAbsent(id, k -> new double[] {Double.NaN, 0, 0, 0, 0, 1});
            a[5] = 0; // has a purchase
            a[2] += value;
            a[3] += l.quantity();
            if (Double.isNaN(a[0]) || l.day().toEpochDay() > a[0]) {
                a[0] = l.day().toEpochDay();
            }
            orders.computeIfAbsent(id, k -> new HashSet<>()).add(l.invoice());
            products.computeIfAbsent(id, k -> new HashSet<>()).add(l.stock());
            if (l.day().isAfter(last)) {
                last = l.day();
            }
        }
        long asOf = last.toEpochDay() + 1;
        Map<String, double[]> out = new LinkedHashMap<>();
        acc.forEach((id, a) -> {
            if (a[5] == 0) {
                out.put(id, new double[] {asOf - a[0], orders.get(id).size(), a[2], a[3], products.get(id).size()});
            }
        });
        return out;
    }

    private static void assertMatches(Map<String, double[]> expected, CustomerTable t) {
        assertEquals(expected.size(), t.rows(), "one row per customer with a purchase");
        List<String> h = t.header();
        assertEquals(List.of("CustomerID", "Recency (days)", "Frequency (orders)", "Monetary"), h.subList(0, 4));
        for (int r = 0; r < t.rows(); r++) {
            String id = t.cells().get(0)[r];
            double[] e = expected.get(id);
            assertTrue(e != null, "unexpected customer " + id);
            assertEquals(e[0], Double.parseDouble(t.cells().get(1)[r]), "recency of " + id);
            assertEquals(e[1], Double.parseDouble(t.cells().get(2)[r]), "frequency of " + id);
            assertEquals(e[2], Double.parseDouble(t.cells().get(3)[r]), 0.005, "monetary of " + id);
            assertEquals(e[3], Double.parseDouble(t.cells().get(h.indexOf("Items"))[r]), "items of " + id);
            assertEquals(e[4], Double.parseDouble(t.cells().get(h.indexOf("Distinct products"))[r]), "products of " + id);
        }
    }

    private static CustomerTable build(Path file, Returns returns) throws Exception {
        PurchaseLog log = new PurchaseLog(file, null);
        PurchaseGuess.Result g = log.guess();
        assertTrue(g.isPurchaseLog(), "a purchase log: " + g);
        return log.build(new CustomerBuilder.Options(g.columns(), PurchaseDates.of(g.dateOrder().orElseThrow()), null,
                returns), f -> { }, () -> false);
    }

    @Test
    void anOnlineShopsLogGivesTheReferenceRecencyFrequencyAndMonetary() throws Exception {
        List<Line> lines = lines(1, 3_000);
        Path f = write(lines, "online.csv", ',', false, DateTimeFormatter.ofPattern("M/d/yyyy H:mm"));
        PurchaseGuess.Result g = new PurchaseLog(f, null).guess();
        assertEquals(new PurchaseColumns("CustomerID", "InvoiceDate", "InvoiceNo", null, "Quantity", "UnitPrice",
                "StockCode", List.of("Country")), g.columns());
        assertEquals(DateOrder.MONTH_FIRST, g.dateOrder().orElseThrow());
        CustomerTable t = build(f, Returns.LEAVE_OUT);
        assertMatches(reference(lines, false), t);
        BuildReport r = t.report();
        assertEquals(3_000, r.purchaseLines());
        long noCustomer = lines.stream().filter(l -> l.customer().isEmpty()).count();
        assertEquals(noCustomer - (lines.get(7).customer().isEmpty() ? 1 : 0),
                r.leftOut().get(LeftOut.NO_CUSTOMER), "no customer");
        assertEquals(1L, r.leftOut().getOrDefault(LeftOut.UNREADABLE_DATE, 0L) + (lines.get(7).customer().isEmpty() ? 1 : 0));
        assertTrue(r.leftOut().get(LeftOut.RETURN) > 0 && r.leftOut().get(LeftOut.NOT_POSITIVE) > 0);
        long sum = r.linesUsed() + r.leftOut().values().stream().mapToLong(Long::longValue).sum();
        assertEquals(3_000, sum, "every line is used or left out for one reason");
        assertTrue(t.header().contains("Returns share") && t.header().get(t.header().size() - 1).equals("Country"));
        assertTrue(r.leftOutText().contains("no customer (lines "), r.leftOutText());
    }

    @Test
    void dayFirstDatesWithDecimalCommasAndSemicolonsGiveTheSameCustomers() throws Exception {
        List<Line> lines = lines(2, 2_000);
        Path us = write(lines, "us.csv", ',', false, DateTimeFormatter.ofPattern("M/d/yyyy H:mm"));
        Path eu = write(lines, "eu.csv", ';', true, DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm"));
        assertEquals(DateOrder.DAY_FIRST, new PurchaseLog(eu, null).guess().dateOrder().orElseThrow());
        CustomerTable a = build(us, Returns.LEAVE_OUT);
        CustomerTable b = build(eu, Returns.LEAVE_OUT);
        assertEquals(a.header(), b.header());
        for (int c = 0; c < a.header().size(); c++) {
            assertEquals(List.of(a.cells().get(c)), List.of(b.cells().get(c)), a.header().get(c));
        }
    }

    @Test
    void nettedReturnsComeOffMonetary() throws Exception {
        List<Line> lines = lines(3, 2_000);
        Path f = write(lines, "net.csv", ',', false, DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
        CustomerTable t = build(f, Returns.NET);
        Map<String, double[]> expected = reference(lines, true);
        for (int r = 0; r < t.rows(); r++) {
            String id = t.cells().get(0)[r];
            assertEquals(expected.get(id)[2], Double.parseDouble(t.cells().get(3)[r]), 0.005, "net monetary of " + id);
        }
        assertEquals(0L, t.report().leftOut().getOrDefault(LeftOut.RETURN, 0L), "returns are used when netted");
    }

    /** A log of yyyyMMdd days, built with the guessed columns, returns left out of Monetary. */
    private static CustomerTable builtCompact(Path f, LocalDate asOf) throws Exception {
        PurchaseLog log = new PurchaseLog(f, null);
        return log.build(new CustomerBuilder.Options(log.guess().columns(), PurchaseDates.of(DateOrder.COMPACT), asOf,
                Returns.LEAVE_OUT), x -> { }, () -> false);
    }

    @Test
    void aCustomerWhoReturnsMoreThanTheLogShowsHimBuyingHasAReturnsShareOfOne() throws Exception {
        // B returns in this log what he bought before it began: 20 back of 7 bought.
        CustomerTable t = builtCompact(Files.writeString(dir.resolve("returns.csv"),
                "member,day,spent\nA,20240101,10\nA,20240110,-5\nB,20240105,7\nB,20240301,-20\n"), null);
        assertEquals(List.of("0.5", "1"), List.of(t.cells().get(t.header().indexOf("Returns share"))));
    }

    @Test
    void anAsOfDateLeavesOutLaterPurchasesAndCountsRecencyToIt() throws Exception {
        Path f = Files.writeString(dir.resolve("small.csv"), "member,day,spent\n"
                + "A,20240101,10\nA,20240110,5\nB,20240105,7\nB,20240301,9\n,20240101,3\nA,20240110,-5\n");
        assertEquals(DateOrder.COMPACT, new PurchaseLog(f, null).guess().dateOrder().orElseThrow());
        CustomerTable t = builtCompact(f, LocalDate.of(2024, 1, 31));
        assertEquals(List.of("A", "B"), List.of(t.cells().get(0)));
        assertEquals(List.of("21", "26"), List.of(t.cells().get(1)), "days from the last purchase to the as-of date");
        assertEquals(List.of("2", "1"), List.of(t.cells().get(2)), "distinct purchase days without an order column");
        assertEquals(List.of("15", "7"), List.of(t.cells().get(3)));
        assertEquals(List.of("0.3333", "0"), List.of(t.cells().get(t.header().indexOf("Returns share"))));
        assertEquals(1L, t.report().leftOut().get(LeftOut.AFTER_AS_OF));
        assertEquals(List.of(5L), t.report().examples().get(LeftOut.AFTER_AS_OF), "line 5 of the file");
    }

    @Test
    void nothingUsableIsAClearRefusal() throws Exception {
        Path f = Files.writeString(dir.resolve("none.csv"), "customer,date,amount\n,2024-01-01,3\nA,someday,4\n");
        PurchaseLog log = new PurchaseLog(f, null);
        PurchaseColumns cols = new PurchaseColumns("customer", "date", null, "amount", null, null, null, List.of());
        DataFormatException e = assertThrows(DataFormatException.class, () -> log.build(
                new CustomerBuilder.Options(cols, PurchaseDates.of(DateOrder.ISO), null, Returns.LEAVE_OUT), x -> { },
                () -> false));
        assertTrue(e.getMessage().contains("none.csv") && e.getMessage().contains("1 no customer (line 2)")
                && e.getMessage().contains("1 unreadable date (line 3)"), e.getMessage());
        DataFormatException missing = assertThrows(DataFormatException.class, () -> log.build(
                new CustomerBuilder.Options(cols.withOrder("Invoice"), PurchaseDates.of(DateOrder.ISO), null,
                        Returns.LEAVE_OUT), x -> { }, () -> false));
        assertTrue(missing.getMessage().contains("no column named 'Invoice'"), missing.getMessage());
    }

    @Test
    void datesReadInEveryShapeAndAmbiguousOnesAreSaidSo() {
        long day = LocalDate.of(2010, 12, 1).toEpochDay();
        assertEquals(day, PurchaseDates.of(DateOrder.ISO).day("2010-12-01T08:26:00"));
        assertEquals(day, PurchaseDates.of(DateOrder.ISO).day("2010-12-01"));
        assertEquals(day, PurchaseDates.of(DateOrder.COMPACT).day("20101201"));
        assertEquals(day, PurchaseDates.of(DateOrder.MONTH_FIRST).day("12/1/2010 8:26"));
        assertEquals(day, PurchaseDates.of(DateOrder.DAY_FIRST).day("01/12/2010 08:26"));
        assertEquals(day, PurchaseDates.of(DateOrder.DAY_FIRST).day("01.12.10"));
        assertEquals(day, PurchaseDates.ofPattern("d MMM yyyy").day("1 Dec 2010"));
        assertEquals(PurchaseDates.UNREADABLE, PurchaseDates.of(DateOrder.MONTH_FIRST).day("13/1/2010"));
        assertEquals(PurchaseDates.UNREADABLE, PurchaseDates.of(DateOrder.ISO).day("2010-02-31"));
        PurchaseDates.Evidence e = new PurchaseDates.Evidence();
        e.add("01/02/2010");
        e.add("03/04/2010");
        assertTrue(e.ambiguous() && e.looksLikeDates());
        e.add("13/04/2010");
        assertEquals(DateOrder.DAY_FIRST, e.order().orElseThrow());
    }
}
