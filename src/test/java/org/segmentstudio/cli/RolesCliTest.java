package org.segmentstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --categorical} and {@code --ignore} give columns the roles the user knows them to have (issue 14). */
class RolesCliTest {
    @TempDir
    Path dir;

    private Path file() throws Exception {
        StringBuilder csv = new StringBuilder("Outlet,Visits,Spend,Notes\n");
        for (int i = 0; i < 120; i++) {
            // Outlet numbers 101, 205, 317: codes, though their name does not say so.
            csv.append(new int[] {101, 205, 317}[i % 3]).append(',').append(1 + i % 9).append(',')
                    .append(100 + (i * 37) % 400).append(",x").append(i % 4).append('\n');
        }
        return Files.writeString(dir.resolve("shop.csv"), csv);
    }

    @Test
    void aCodeColumnIsEncodedAsCategoriesAndAnIgnoredOneIsNeverAFeature() throws Exception {
        Path f = file();
        CliTest.Outcome plain = CliTest.run("segment", "--input", f.toString(), "--k", "3",
                "--features", "Outlet,Visits,Spend");
        assertEquals(0, plain.code(), plain.err());
        String features = plain.json().get("features").toString();
        assertTrue(features.contains("\"Outlet\""), "by default Outlet 101/205/317 is a number: " + features);
        CliTest.Outcome guessed = CliTest.run("segment", "--input", f.toString(), "--k", "3");
        assertEquals("[\"Visits\",\"Spend\"]", guessed.json().get("features").toString(),
                "the measures start as features, as in the app");

        CliTest.Outcome roles = CliTest.run("segment", "--input", f.toString(), "--k", "3", "--categorical", "Outlet",
                "--features", "Outlet,Visits,Spend");
        assertEquals(0, roles.code(), roles.err());
        String encoded = roles.json().get("features").toString();
        assertTrue(encoded.contains("Outlet=101") && encoded.contains("Outlet=317"), "one-hot: " + encoded);

        CliTest.Outcome ignored = CliTest.run("segment", "--input", f.toString(), "--k", "3", "--ignore", "Visits");
        assertEquals(0, ignored.code(), ignored.err());
        assertFalse(ignored.json().get("features").toString().contains("Visits"));

        CliTest.Outcome both = CliTest.run("segment", "--input", f.toString(), "--k", "3", "--ignore", "Visits",
                "--features", "Visits,Spend");
        assertEquals(Cli.BAD_INPUT, both.code());
        assertTrue(both.err().contains("'Visits' is both in --features and in --ignore"), both.err());
        CliTest.Outcome missing = CliTest.run("segment", "--input", f.toString(), "--categorical", "Region");
        assertEquals(Cli.BAD_INPUT, missing.code());
        assertTrue(missing.err().contains("no column named 'Region'"), missing.err());
    }
}
