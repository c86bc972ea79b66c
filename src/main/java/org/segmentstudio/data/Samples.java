package org.segmentstudio.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The data sets that ship with the app. */
public final class Samples {
    public static final String MALL_CUSTOMERS = "Mall_Customers.csv";

    /** The sample as the app starts, read while the window toolkit starts ({@link #readMallCustomersAhead}). */
    private static final ReadAhead<Dataset> MALL_AHEAD = new ReadAhead<>(Samples::readMallCustomers);

    private Samples() {
    }

    /** Starts reading the mall customers on a thread of its own, for the next {@link #mallCustomers} call. */
    public static void readMallCustomersAhead() {
        MALL_AHEAD.start("sample-read-ahead");
    }

    /** The classic 200 mall customers (ID, gender, age, annual income, spending score). */
    public static Dataset mallCustomers() {
        return MALL_AHEAD.get();
    }

    private static Dataset readMallCustomers() {
        try (InputStream in = Samples.class.getResourceAsStream("/org/segmentstudio/sample/" + MALL_CUSTOMERS)) {
            if (in == null) {
                throw new IllegalStateException("the built-in sample is missing from the application");
            }
            return new CsvImporter().read(MALL_CUSTOMERS, in, CsvImporter.Progress.NONE, () -> false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DataFormatException | CsvImporter.CancelledException e) {
            throw new IllegalStateException("the built-in sample cannot be read", e);
        }
    }
}
