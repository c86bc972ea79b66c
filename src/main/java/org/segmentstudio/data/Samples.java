package org.segmentstudio.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The data sets that ship with the app. */
public final class Samples {
    public static final String MALL_CUSTOMERS = "Mall_Customers.csv";

    private Samples() {
    }

    /** The classic 200 mall customers (ID, gender, age, annual income, spending score). */
    public static Dataset mallCustomers() {
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
