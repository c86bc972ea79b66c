package org.segmentstudio.data.purchases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's SQL (docs/customers.sql), run by DuckDB on the test purchases, gives the same table
 * as {@code customers}: beyond one machine a chain can build its customers in any SQL engine and
 * open them here.
 */
class DuckDbCustomersTest {
    @TempDir
    Path dir;

    @Test
    void theReadmesSqlGivesTheSameCustomersAsTheBuilder() throws Exception {
        Random rnd = new Random(151);
        StringBuilder sb = new StringBuilder("InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n");
        int invoice = 536_365;
        for (int i = 0; i < 4_000; i++) {
            if (rnd.nextInt(3) == 0) {
                invoice++;
            }
            boolean cancel = rnd.nextInt(30) == 0;
            int customer = 12_346 + rnd.nextInt(80);
            String id = rnd.nextInt(8) == 0 ? "" : customer + ".0";
            int q = (1 + rnd.nextInt(10)) * (cancel ? -1 : 1);
            String price = rnd.nextInt(60) == 0 ? "0.00" : String.format(Locale.ROOT, "%.2f", 0.2 + rnd.nextInt(900) / 100.0);
            int month = 1 + rnd.nextInt(12);
            sb.append(cancel ? "C" : "").append(invoice).append(',').append(85_100 + rnd.nextInt(40)).append(",\"ITEM, ")
                    .append(i % 5).append("\",").append(q).append(',').append(month).append('/').append(1 + rnd.nextInt(28))
                    .append("/2011 ").append(8 + rnd.nextInt(10)).append(":0").append(rnd.nextInt(10)).append(',')
                    .append(price).append(',').append(id).append(',').append(customer % 7 == 0 ? "France" : "United Kingdom")
                    .append('\n');
        }
        // A customer who returns in this log more than it shows him buying: his share is capped at 1 in both.
        sb.append("999998,85100,\"ITEM, 0\",1,11/1/2011 9:00,1.00,99999.0,United Kingdom\n")
                .append("C999999,85100,\"ITEM, 0\",-10,12/1/2011 9:00,5.00,99999.0,United Kingdom\n");
        Path log = Files.writeString(dir.resolve("online-retail.csv"), sb);

        PurchaseLog p = new PurchaseLog(log, null);
        PurchaseGuess.Result g = p.guess();
        CustomerTable built = p.build(new CustomerBuilder.Options(g.columns(), PurchaseDates.of(g.dateOrder().orElseThrow()),
                null, Returns.LEAVE_OUT), x -> { }, () -> false);

        String sql = Files.readString(Path.of("docs", "customers.sql"))
                .replace("'online-retail.csv'", "'" + log.toString().replace("'", "''") + "'");
        Map<String, Map<String, String>> bySql = new HashMap<>();
        List<String> header = built.header();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            ResultSetMetaData md = rs.getMetaData();
            assertEquals(header, java.util.stream.IntStream.rangeClosed(1, md.getColumnCount())
                    .mapToObj(i -> { try { return md.getColumnLabel(i); } catch (java.sql.SQLException e) {
                        throw new IllegalStateException(e); } }).toList(), "the same columns, in the same order");
            while (rs.next()) {
                Map<String, String> row = new HashMap<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    row.put(md.getColumnLabel(i), rs.getString(i));
                }
                bySql.put(rs.getString(1), row);
            }
        }
        assertEquals(built.rows(), bySql.size(), "the same customers");
        for (int r = 0; r < built.rows(); r++) {
            String id = built.cells().get(0)[r];
            Map<String, String> row = bySql.get(id);
            assertTrue(row != null, "SQL lacks customer " + id);
            for (int col = 1; col < header.size(); col++) {
                String ours = built.cells().get(col)[r];
                String theirs = row.get(header.get(col));
                if (header.get(col).equals("Country")) {
                    assertEquals(ours, theirs, header.get(col) + " of " + id);
                } else {
                    // Money is rounded to the cent, the share to 4 decimals: a sum taken in another order may
                    // round the last digit the other way, never more.
                    double tolerance = header.get(col).equals("Returns share") ? 1.0001e-4
                            : header.get(col).equals("Monetary") || header.get(col).equals("Average order") ? 0.010001 : 0;
                    assertEquals(Double.parseDouble(ours), Double.parseDouble(theirs), tolerance, header.get(col) + " of " + id);
                }
            }
        }
    }
}
