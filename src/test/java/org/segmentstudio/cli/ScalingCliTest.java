package org.segmentstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --scale auto} is the default and the JSON says which transform each feature got (issue 14). */
class ScalingCliTest {
    @TempDir
    Path dir;

    @Test
    void autoLogsTheSkewedSpendAndSaysSo() throws Exception {
        StringBuilder csv = new StringBuilder("Age,Spend\n");
        for (int i = 0; i < 300; i++) {
            // A few big spenders beside many small ones.
            csv.append(25 + i % 40).append(',').append(i % 50 == 0 ? 90_000 + i : 200 + (i * 37) % 900).append('\n');
        }
        Path file = Files.writeString(dir.resolve("shop.csv"), csv);
        CliTest.Outcome o = CliTest.run("segment", "--input", file.toString(), "--features", "Age,Spend", "--k", "3");
        assertEquals(0, o.code(), o.err());
        assertEquals("auto", o.json().get("scale").asText());
        assertEquals("zscore", o.json().get("transforms").get("Age").asText());
        assertEquals("log+zscore", o.json().get("transforms").get("Spend").asText());

        CliTest.Outcome none = CliTest.run("segment", "--input", file.toString(), "--features", "Age,Spend", "--k", "3",
                "--scale", "none");
        assertEquals("none", none.json().get("transforms").get("Spend").asText());
    }
}
