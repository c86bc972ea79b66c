package org.segmentstudio.ui.picker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentstudio.data.CsvImporter;
import org.segmentstudio.data.Dataset;
import org.segmentstudio.data.Samples;

/** Regression (issue 14): preselect measures, never codes, identifiers, dates or constants. */
class DefaultFeaturesTest {
    @TempDir
    Path dir;

    @Test
    void aWholesalersTableGetsItsSpendColumnsNotItsCodesDatesOrConstants() throws Exception {
        StringBuilder csv = new StringBuilder("CustomerID,Channel,Region,Visit date,Shop,Fresh,Milk\n");
        for (int i = 0; i < 120; i++) {
            csv.append(i + 1).append(',').append(1 + i % 2).append(',').append(1 + i % 3).append(',')
                    .append(20_110_101 + i % 28).append(",7,").append(3_000 + (i * 7_919L) % 40_000).append(',')
                    .append(500 + (i * 104_729L) % 9_000).append('\n');
        }
        Dataset d = new CsvImporter().read(Files.writeString(dir.resolve("w.csv"), csv));
        assertEquals(List.of("Fresh", "Milk"), FeaturePicker.defaultFeatures(d));
    }

    @Test
    void theSampleStillStartsOnIncomeAndSpending() {
        assertEquals(List.of("Annual Income (k$)", "Spending Score (1-100)"), FeaturePicker.defaultFeatures(Samples.mallCustomers()));
    }

    @Test
    void severalSkewedSpendColumnsAllStartAsFeatures() throws Exception {
        StringBuilder csv = new StringBuilder("Client,Channel,Fresh,Milk,Grocery,Frozen\n");
        java.util.Random rnd = new java.util.Random(3);
        for (int i = 0; i < 300; i++) {
            csv.append(10_000 + i * 37).append(',').append(1 + rnd.nextInt(2));
            for (int j = 0; j < 4; j++) {
                csv.append(',').append(Math.round(Math.exp(7 + 1.1 * rnd.nextGaussian())));
            }
            csv.append('\n');
        }
        Dataset d = new CsvImporter().read(Files.writeString(dir.resolve("spend.csv"), csv));
        assertEquals(List.of("Fresh", "Milk", "Grocery", "Frozen"), FeaturePicker.defaultFeatures(d),
                "every amount, never the client number or the channel code");
    }
}
