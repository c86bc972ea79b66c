package org.segmentstudio.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.segmentstudio.data.purchases.CustomerBuilder;
import org.segmentstudio.data.purchases.CustomerTable;
import org.segmentstudio.data.purchases.PurchaseDates;
import org.segmentstudio.data.purchases.PurchaseGuess;
import org.segmentstudio.data.purchases.PurchaseLog;
import org.segmentstudio.data.purchases.Returns;

/**
 * Purchases to customers: a 500,000-line online-shop log built into one row per customer by
 * {@code CustomerBuilder} (cold, then best of three) against pandas {@code read_csv} + {@code groupby}
 * for the same Recency, Frequency and Monetary in the same run; then a 10,000,000-line log (about
 * 700 MB) through the {@code customers} command in a JVM of its own with a 1 GB heap.
 */
final class CustomersBenchmark implements Benchmark {
    private static final int LINES = 500_000;
    private static final int BIG_LINES = Integer.getInteger("bench.customers.big", 10_000_000);
    private static final int RUNS = 3;

    private static final String PANDAS = String.join("\n",
            "import sys, time",
            "import pandas as pd",
            "t0 = time.perf_counter()",
            "d = pd.read_csv(sys.argv[1], dtype={'InvoiceNo': str, 'StockCode': str, 'CustomerID': str})",
            "d = d[d.CustomerID.notna() & (d.Quantity > 0) & (d.UnitPrice > 0) & ~d.InvoiceNo.str.startswith('C')]",
            "d['day'] = pd.to_datetime(d.InvoiceDate, format='%m/%d/%Y %H:%M').dt.normalize()",
            "d['value'] = d.Quantity * d.UnitPrice",
            "as_of = d.day.max() + pd.Timedelta(days=1)",
            "g = d.groupby('CustomerID').agg(last=('day', 'max'), frequency=('InvoiceNo', 'nunique'), monetary=('value', 'sum'))",
            "g['recency'] = (as_of - g['last']).dt.days",
            "t1 = time.perf_counter()",
            "print(len(g), round(t1 - t0, 3))");

    @Override
    public String name() {
        return "customers";
    }

    @Override
    public void run(PrintStream out) throws Exception {
        Path dir = Files.createTempDirectory("segment-studio-bench-customers");
        Path file = dir.resolve("online-retail-500k.csv");
        Path big = dir.resolve("purchases-10m.csv");
        try {
            generate(file, LINES, 4_400);
            double mb = Files.size(file) / 1e6;
            PurchaseLog log = new PurchaseLog(file, null);
            double cold = 0;
            double best = Double.MAX_VALUE;
            int customers = 0;
            for (int run = 0; run <= RUNS; run++) {
                long t0 = System.nanoTime();
                PurchaseGuess.Result g = log.guess();
                CustomerTable t = log.build(new CustomerBuilder.Options(g.columns(),
                        PurchaseDates.of(g.dateOrder().orElseThrow()), null, Returns.LEAVE_OUT), x -> { }, () -> false);
                double s = (System.nanoTime() - t0) / 1e9;
                customers = t.rows();
                if (run == 0) {
                    cold = s;
                } else {
                    best = Math.min(best, s);
                }
            }
            List<Double> pandas = new ArrayList<>();
            String pandasCustomers = "";
            for (int run = 0; run < RUNS; run++) {
                String[] r = pandas(file);
                if (r == null) {
                    break;
                }
                pandasCustomers = r[0];
                pandas.add(Double.parseDouble(r[1]));
            }
            double pandasBest = pandas.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
            out.printf(Locale.ROOT, "file            %,d purchase lines, %.1f MB, %,d customers built%n", LINES, mb, customers);
            out.printf(Locale.ROOT, "Segment Studio  %.3f s (best of %d), %.3f s cold (first in this JVM)%n", best, RUNS, cold);
            if (pandas.isEmpty()) {
                out.println("pandas          not available (/usr/bin/python3 with pandas, e.g. Debian's python3-pandas)");
            } else {
                out.printf(Locale.ROOT, "pandas          %.3f s (best of %d: read_csv + groupby, in the same run; first %.3f s),"
                        + " %s customers   target: Segment Studio <= pandas%n", pandasBest, pandas.size(), pandas.get(0),
                        pandasCustomers);
            }
            // As a user meets them: the whole command against the whole script, each a fresh process.
            double commandBest = Double.MAX_VALUE;
            double scriptBest = Double.MAX_VALUE;
            for (int run = 0; run < RUNS; run++) {
                long c0 = System.nanoTime();
                Process cmd = new ProcessBuilder(javaBin(), "-cp", System.getProperty("java.class.path"),
                        "org.segmentstudio.Launcher", "customers", "--input", file.toString(), "--output",
                        dir.resolve("customers-500k.csv").toString()).redirectErrorStream(true).start();
                cmd.getInputStream().readAllBytes();
                if (cmd.waitFor() != 0) {
                    throw new IllegalStateException("customers failed");
                }
                commandBest = Math.min(commandBest, (System.nanoTime() - c0) / 1e9);
                if (!pandas.isEmpty()) {
                    long p0 = System.nanoTime();
                    pandas(file);
                    scriptBest = Math.min(scriptBest, (System.nanoTime() - p0) / 1e9);
                }
            }
            out.printf(Locale.ROOT, "whole process   customers command %.3f s (JVM start, read, build, write) vs python3 +"
                    + " pandas script %s (interpreter, import, read, group), best of %d each%n", commandBest,
                    pandas.isEmpty() ? "n/a" : String.format(Locale.ROOT, "%.3f s", scriptBest), RUNS);
            generate(big, BIG_LINES, 900_000);
            double bigMb = Files.size(big) / 1e6;
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(javaBin(), "-Xmx1g",
                    "-cp", System.getProperty("java.class.path"), "org.segmentstudio.Launcher", "customers",
                    "--input", big.toString(), "--output", dir.resolve("customers-10m.csv").toString())
                    .redirectErrorStream(true).start();
            String json = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int code = p.waitFor();
            double bigSeconds = (System.nanoTime() - t0) / 1e9;
            String bigCustomers = json.replaceAll("(?s).*\"customers\" : (\\d+).*", "$1");
            out.printf(Locale.ROOT, "10M lines       %,d lines, %.0f MB: %.1f s for the customers command with -Xmx1g"
                    + " (exit %d, %s customers, JVM start included)   target <= 15 s, <= 1 GB%n",
                    BIG_LINES, bigMb, bigSeconds, code, code == 0 ? bigCustomers : json.strip());
            out.printf(Locale.ROOT, "{\"benchmark\":\"customers\",\"lines\":%d,\"seconds\":%.3f,\"coldSeconds\":%.3f,"
                    + "\"pandasSeconds\":%s,\"commandSeconds\":%.3f,\"bigLines\":%d,\"bigSeconds\":%.1f,\"bigExit\":%d}%n", LINES,
                    best, cold, pandas.isEmpty() ? "null" : String.format(Locale.ROOT, "%.3f", pandasBest), commandBest,
                    BIG_LINES, bigSeconds, code);
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** pandas's customers and seconds, or null when there is no pandas. */
    private static String[] pandas(Path file) throws IOException, InterruptedException {
        Path python = Path.of("/usr/bin/python3");
        if (!Files.isExecutable(python)) {
            return null;
        }
        Process p = new ProcessBuilder(python.toString(), "-c", PANDAS, file.toString()).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
            return null;
        }
        String[] last = text.lines().reduce((a, b) -> b).orElse("").split(" ");
        return last.length == 2 ? last : null;
    }

    /** An online shop's lines: invoices of a few lines, 20 % without a customer, 2 % cancelled. */
    static void generate(Path file, int lines, int customerCount) throws IOException {
        Random rnd = new Random(15);
        LocalDateTime start = LocalDateTime.of(2010, 12, 1, 8, 0);
        double[] prices = {0.42, 0.85, 1.25, 1.65, 2.55, 4.95, 7.95, 12.75};
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n");
            int invoice = 536_365;
            int n = 0;
            StringBuilder sb = new StringBuilder(128);
            while (n < lines) {
                boolean cancel = rnd.nextInt(50) == 0;
                String customer = rnd.nextInt(5) == 0 ? "" : (12_346 + (int) (customerCount * Math.pow(rnd.nextDouble(), 2))) + ".0";
                LocalDateTime t = start.plusMinutes(rnd.nextInt(373 * 24 * 60));
                String when = t.getMonthValue() + "/" + t.getDayOfMonth() + "/" + t.getYear() + " " + t.getHour() + ":"
                        + (t.getMinute() < 10 ? "0" : "") + t.getMinute();
                int items = 1 + rnd.nextInt(8);
                for (int j = 0; j < items && n < lines; j++, n++) {
                    sb.setLength(0);
                    sb.append(cancel ? "C" : "").append(invoice).append(',').append(85_000 + rnd.nextInt(3_000))
                            .append(",ITEM ").append(j).append(',').append((1 + rnd.nextInt(24)) * (cancel ? -1 : 1))
                            .append(',').append(when).append(',').append(prices[rnd.nextInt(prices.length)]).append(',')
                            .append(customer).append(',').append(rnd.nextInt(10) == 0 ? "France" : "United Kingdom")
                            .append('\n');
                    w.write(sb.toString());
                }
                invoice++;
            }
        }
    }
}
