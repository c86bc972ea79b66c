package org.segmentstudio.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A customer file with everything that breaks careless exports; shared by the export tests. */
public final class TrickyCustomers {
    /**
     * Quotes and commas inside cells, a line break inside a cell, non-ASCII names, identifiers with
     * leading zeros, a 16-digit card number, trailing decimal zeros, negative numbers, a missing
     * value (that row is left out of clustering), spaces around a name and formula-injection attempts.
     */
    public static final String CSV = String.join("\r\n",
            "ID,Card,Name,Note,Gender,Age,Income,Balance",
            "007,4111111111111111,Zoë,\"said \"\"hi\"\", then left\",Female,19,15.50,-12.5",
            "008,4111111111111112,张伟,\"two\nlines\",Male,21,15,0",
            "010,4111111111111113,Łukasz,=HYPERLINK(\"http://evil.example\"),Male,20,16,-3",
            "011,4111111111111114,\"O'Brien, Ann\",+cmd|' /C calc'!A0,Female,23,16,7",
            "012,4111111111111115,@admin,-2+3,Female,31,17,-0.25",
            "013,4111111111111116,Émile,\"\tTabbed\",Male,NA,18,1",
            "014,4111111111111117,Ana,,Female,35,18,100",
            "015,4111111111111118, Bo ,plain,Male,64,19,3") + "\r\n";

    private TrickyCustomers() {
    }

    public static Path write(Path dir) throws IOException {
        Path f = dir.resolve("tricky.csv");
        Files.writeString(f, CSV, StandardCharsets.UTF_8);
        return f;
    }

    public static Dataset read(Path dir) throws IOException, DataFormatException {
        return new CsvImporter().read(write(dir));
    }
}
