package org.segmentstudio.data.purchases;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which column of a purchase log holds what: the customer, the day, the order (optional), the
 * money as an amount per line or as quantity × price, the product (optional), and the categories
 * to carry to each customer (their most frequent value, such as Country or Store). Names are the
 * file's own header cells; null where there is none.
 */
public record PurchaseColumns(String customer, String date, String order, String amount, String quantity,
                              String price, String product, List<String> carry) {

    public PurchaseColumns {
        carry = List.copyOf(carry);
    }

    /** Money per line as quantity × price (no amount column). */
    public boolean byQuantityAndPrice() {
        return amount == null;
    }

    public PurchaseColumns withCustomer(String c) {
        return new PurchaseColumns(c, date, order, amount, quantity, price, product, carry);
    }

    public PurchaseColumns withDate(String c) {
        return new PurchaseColumns(customer, c, order, amount, quantity, price, product, carry);
    }

    public PurchaseColumns withOrder(String c) {
        return new PurchaseColumns(customer, date, c, amount, quantity, price, product, carry);
    }

    public PurchaseColumns withAmount(String c) {
        return new PurchaseColumns(customer, date, order, c, quantity, price, product, carry);
    }

    public PurchaseColumns withQuantity(String c) {
        return new PurchaseColumns(customer, date, order, amount, c, price, product, carry);
    }

    public PurchaseColumns withPrice(String c) {
        return new PurchaseColumns(customer, date, order, amount, quantity, c, product, carry);
    }

    public PurchaseColumns withProduct(String c) {
        return new PurchaseColumns(customer, date, order, amount, quantity, price, c, carry);
    }

    public PurchaseColumns withCarry(List<String> c) {
        return new PurchaseColumns(customer, date, order, amount, quantity, price, product, c);
    }

    /** Whether every column this mapping names is among {@code columns} (a file's header now). */
    public boolean fitsIn(List<String> columns) {
        List<String> named = new ArrayList<>(carry);
        for (String c : new String[] {customer, date, order, amount, quantity, price, product}) {
            if (c != null) {
                named.add(c);
            }
        }
        return columns.containsAll(named);
    }

    /** The mapping as the JSON and the saved choices say it: role → column, set ones only. */
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "customer", customer);
        put(m, "date", date);
        put(m, "order", order);
        put(m, "amount", amount);
        put(m, "quantity", quantity);
        put(m, "price", price);
        put(m, "product", product);
        if (!carry.isEmpty()) {
            m.put("carry", new ArrayList<>(carry));
        }
        return m;
    }

    private static void put(Map<String, Object> m, String key, String value) {
        if (value != null) {
            m.put(key, value);
        }
    }
}
