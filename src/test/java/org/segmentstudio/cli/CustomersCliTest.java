package org.segmentstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code customers}: a purchase log in, one row per customer out, that {@code segment} takes as it is. */
class CustomersCliTest {
    @TempDir
    Path dir;

    private Path log() throws Exception {
        StringBuilder sb = new StringBuilder("InvoiceNo,StockCode,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n");
        for (int i = 0; i < 400; i++) {
            int customer = 17_850 + i % 40;
            String invoice = (i % 50 == 49 ? "C" : "") + (536_365 + i / 3);
            int quantity = (1 + i % 7) * (invoice.startsWith("C") ? -1 : 1);
            sb.append(invoice).append(",8512").append(i % 9).append(',').append(quantity).append(",12/")
                    .append(1 + i % 28).append("/2010 8:26,").append(1 + i % 5).append(".55,")
                    .append(i % 30 == 0 ? "" : customer + ".0").append(',').append(i % 3 == 0 ? "France" : "United Kingdom")
                    .append('\n');
        }
        return Files.writeString(dir.resolve("online-retail.csv"), sb);
    }

    @Test
    void buildsCustomersThatSegmentTakesAsTheyAre() throws Exception {
        Path out = dir.resolve("customers.csv");
        CliTest.Outcome o = CliTest.run("customers", "--input", log().toString(), "--output", out.toString());
        assertEquals(0, o.code(), o.err());
        JsonNode j = o.json();
        assertEquals(400, j.get("purchase_lines").asInt());
        assertEquals(400, j.get("lines_used").asInt() + sum(j.get("left_out")));
        assertTrue(j.get("left_out").get("no customer").asInt() > 0 && j.get("left_out").get("return or cancellation").asInt() > 0);
        assertEquals("CustomerID", j.get("columns").get("customer").asText());
        assertEquals("2010-12-29", j.get("as_of").asText(), "the day after the last purchase");
        List<String> lines = Files.readAllLines(out);
        assertTrue(lines.get(0).startsWith("\ufeffCustomerID,Recency (days),Frequency (orders),Monetary,"), lines.get(0));
        assertTrue(lines.get(1).startsWith("17851,"), "IDs written 17850.0 come out as 17851: " + lines.get(1));
        assertEquals(j.get("customers").asInt() + 1, lines.size());

        CliTest.Outcome seg = CliTest.run("segment", "--input", out.toString(), "--k", "3");
        assertEquals(0, seg.code(), seg.err());
        assertEquals("[\"Recency (days)\",\"Frequency (orders)\",\"Monetary\"]", seg.json().get("features").toString(),
                "RFM are the features that start");
    }

    @Test
    void refusalsNameTheFileAndWhatToDo() throws Exception {
        Path out = dir.resolve("c.csv");
        Path amb = Files.writeString(dir.resolve("amb.csv"), "customer,date,amount\nA,01/02/2024,3\nB,03/04/2024,4\nA,05/06/2024,1\n");
        CliTest.Outcome o = CliTest.run("customers", "--input", amb.toString(), "--output", out.toString());
        assertEquals(Cli.BAD_INPUT, o.code());
        assertTrue(o.err().contains("amb.csv") && o.err().contains("--date-format"), o.err());
        assertFalse(Files.exists(out), "nothing written half-way");
        CliTest.Outcome ok = CliTest.run("customers", "--input", amb.toString(), "--output", out.toString(),
                "--date-format", "dd/MM/yyyy");
        assertEquals(0, ok.code(), ok.err());
        CliTest.Outcome same = CliTest.run("customers", "--input", amb.toString(), "--output", amb.toString());
        assertEquals(Cli.BAD_INPUT, same.code());
        CliTest.Outcome noCustomer = CliTest.run("customers", "--input", CliTest.sample(), "--output", out.toString());
        assertEquals(Cli.BAD_INPUT, noCustomer.code());
        assertTrue(noCustomer.err().contains("--customer"), noCustomer.err());
    }

    private static int sum(JsonNode counts) {
        int s = 0;
        for (JsonNode v : counts) {
            s += v.asInt();
        }
        return s;
    }
}
