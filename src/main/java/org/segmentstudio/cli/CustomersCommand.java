package org.segmentstudio.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.segmentstudio.data.AtomicFiles;
import org.segmentstudio.data.DataFormatException;
import org.segmentstudio.data.ExportException;
import org.segmentstudio.data.purchases.BuildReport;
import org.segmentstudio.data.purchases.CustomerBuilder;
import org.segmentstudio.data.purchases.CustomerTable;
import org.segmentstudio.data.purchases.LeftOut;
import org.segmentstudio.data.purchases.PurchaseColumns;
import org.segmentstudio.data.purchases.PurchaseDates;
import org.segmentstudio.data.purchases.PurchaseGuess;
import org.segmentstudio.data.purchases.PurchaseLog;
import org.segmentstudio.data.purchases.Returns;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code customers}: one row per customer (recency, frequency, monetary…) from a purchase log. */
@Command(name = "customers", mixinStandardHelpOptions = true,
        description = "Build one row per customer (Recency, Frequency, Monetary and more) from a purchase log, in one"
                + " streaming pass. Every column is guessed when not given. The output opens in segment as it is.")
final class CustomersCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "FILE", description = "The purchase log: CSV or .xlsx.")
    Path input;

    @Option(names = "--sheet", paramLabel = "NAME", description = "A workbook's sheet (default: the first).")
    String sheet;

    @Option(names = "--output", required = true, paramLabel = "FILE", description = "Where to write the customers (CSV).")
    Path output;

    @Option(names = "--customer", paramLabel = "COL", description = "The customer column.")
    String customer;

    @Option(names = "--date", paramLabel = "COL", description = "The purchase date column.")
    String date;

    @Option(names = "--order", paramLabel = "COL", description = "The order or invoice column (optional; without"
            + " one, Frequency counts distinct purchase days).")
    String order;

    @Option(names = "--amount", paramLabel = "COL", description = "The money of each line.")
    String amount;

    @Option(names = "--quantity", paramLabel = "COL", description = "The quantity of each line (× --price).")
    String quantity;

    @Option(names = "--price", paramLabel = "COL", description = "The unit price of each line.")
    String price;

    @Option(names = "--product", paramLabel = "COL", description = "The product column (optional).")
    String product;

    @Option(names = "--carry", split = ",", paramLabel = "COL", description = "Categories to carry, each customer's"
            + " most frequent value (e.g. Country,Store).")
    List<String> carry;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "The day recency counts to (default: the day"
            + " after the last purchase). Later purchases are left out.")
    String asOf;

    @Option(names = "--returns", defaultValue = "leave-out", paramLabel = "leave-out|net",
            description = "Returns left out of Monetary (default) or subtracted from it.")
    String returns;

    @Option(names = "--date-format", paramLabel = "PATTERN", description = "How dates are written, when the cells do"
            + " not say (e.g. dd/MM/yyyy HH:mm or MM/dd/yyyy).")
    String dateFormat;

    /** What {@code customers} prints. */
    record Report(String input, String output, long purchaseLines, long linesUsed, Map<String, Long> leftOut,
                  int customers, String asOf, String firstPurchase, String lastPurchase, Map<String, Object> columns,
                  String returns, long ms) {
    }

    @Override
    public Integer call() {
        long t0 = System.nanoTime();
        String file = input.getFileName().toString();
        if (input.toAbsolutePath().normalize().equals(output.toAbsolutePath().normalize())) {
            throw new UserInputException("--output is the input file " + file + "; choose another name so the"
                    + " purchases are never overwritten.");
        }
        Returns mode = switch (returns.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "leave-out", "leave_out", "leaveout" -> Returns.LEAVE_OUT;
            case "net" -> Returns.NET;
            default -> throw new UserInputException("--returns takes leave-out or net, not '" + returns + "'.");
        };
        LocalDate asOfDay = null;
        if (asOf != null) {
            try {
                asOfDay = LocalDate.parse(asOf.strip());
            } catch (DateTimeParseException e) {
                throw new UserInputException("--as-of takes a date written YYYY-MM-DD, such as 2011-12-10, not '"
                        + asOf + "'.");
            }
        }
        PurchaseLog log = new PurchaseLog(input, sheet);
        try {
            PurchaseGuess.Result guess = log.guess();
            PurchaseColumns g = guess.columns();
            boolean moneyGiven = amount != null || quantity != null || price != null;
            PurchaseColumns cols = new PurchaseColumns(or(customer, g.customer()), or(date, g.date()),
                    or(order, g.order()),
                    moneyGiven ? amount : g.amount(),
                    moneyGiven ? quantity : g.quantity(),
                    moneyGiven ? price : g.price(),
                    or(product, g.product()), carry == null ? g.carry() : carry.stream().map(String::strip).toList());
            if (cols.customer() == null) {
                throw new UserInputException(file + ": no column looks like the customer (a name such as CustomerID that"
                        + " repeats across lines); name it with --customer. Columns are: " + String.join(", ", log.header()) + ".");
            }
            if (cols.date() == null) {
                throw new UserInputException(file + ": no column holds dates; name it with --date. Columns are: "
                        + String.join(", ", log.header()) + ".");
            }
            if (cols.amount() == null && (cols.quantity() == null || cols.price() == null)) {
                throw new UserInputException(file + ": no column holds the money of each line; name it with --amount, or"
                        + " give --quantity and --price.");
            }
            PurchaseDates dates = dates(guess, cols, file);
            CustomerTable table = log.build(new CustomerBuilder.Options(cols, dates, asOfDay, mode), f -> { }, () -> false);
            AtomicFiles.writeText(output, table::writeCsv);
            BuildReport r = table.report();
            Map<String, Long> left = new LinkedHashMap<>();
            for (LeftOut reason : LeftOut.values()) {
                left.put(reason.words(), r.leftOut().getOrDefault(reason, 0L));
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            Report report = new Report(input.toString(), output.toString(), r.purchaseLines(), r.linesUsed(), left,
                    r.customers(), r.asOf().toString(), r.first().toString(), r.last().toString(), cols.asMap(),
                    mode == Returns.NET ? "net" : "leave-out", ms);
            spec.commandLine().getOut().println(Json.write(report));
            spec.commandLine().getOut().flush();
            return 0;
        } catch (DataFormatException e) {
            throw new UserInputException(e.getMessage());
        } catch (ExportException e) {
            throw new UserInputException(e.getMessage());
        } catch (IOException e) {
            throw new UserInputException(file + " cannot be read: " + e.getMessage());
        }
    }

    private PurchaseDates dates(PurchaseGuess.Result guess, PurchaseColumns cols, String file) {
        if (dateFormat != null) {
            try {
                return PurchaseDates.ofPattern(dateFormat.strip());
            } catch (IllegalArgumentException e) {
                throw new UserInputException("--date-format '" + dateFormat + "' is not a date pattern ("
                        + e.getMessage() + "); write it like dd/MM/yyyy HH:mm.");
            }
        }
        boolean ambiguous;
        java.util.Optional<org.segmentstudio.data.purchases.DateOrder> order;
        if (cols.date().equals(guess.columns().date())) {
            ambiguous = guess.ambiguousDates(); // the guess read this column's first lines already
            order = guess.dateOrder();
        } else {
            PurchaseDates.Evidence evidence;
            try {
                evidence = new PurchaseLog(input, sheet).dateEvidence(cols.date());
            } catch (IOException | DataFormatException e) {
                throw new UserInputException(file + " cannot be read: " + e.getMessage());
            }
            ambiguous = evidence.ambiguous();
            order = evidence.looksLikeDates() ? evidence.order() : java.util.Optional.empty();
        }
        if (ambiguous) {
            throw new UserInputException(file + ": the dates in '" + cols.date() + "' read both day first and month first"
                    + " (no day above 12 in the first lines); say which with --date-format dd/MM/yyyy or MM/dd/yyyy"
                    + " (add HH:mm when they have a time).");
        }
        if (order.isEmpty()) {
            throw new UserInputException(file + ": the cells of '" + cols.date() + "' are not dates this reader knows"
                    + " (2010-12-01, 12/1/2010 8:26, 01/12/2010, 20101201); give their pattern with --date-format.");
        }
        return PurchaseDates.of(order.get());
    }

    private static String or(String given, String guessed) {
        return given != null ? given.strip() : guessed;
    }
}
