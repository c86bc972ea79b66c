package org.segmentstudio.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression (issue 14): a wholesaler's Channel (1 = hotels, 2 = retail) and Region (1–3) were
 * read as measures and preselected. Numbers that are codes for categories are categories.
 */
class CodeColumnsTest {
    @TempDir
    Path dir;

    static String wholesale(int rows) {
        StringBuilder csv = new StringBuilder("CustomerID,Channel,Region,Fresh,Milk,Children,Churned,Visit date,Shop\n");
        for (int i = 0; i < rows; i++) {
            csv.append(i + 1).append(',').append(1 + i % 2).append(',').append(1 + i % 3).append(',')
                    .append(3_000 + (i * 7_919L) % 40_000).append(',').append(500 + (i * 104_729L) % 9_000).append(',')
                    .append(i % 6).append(',').append(i % 5 == 0 ? 1 : 0).append(',')
                    .append(20_110_101 + i % 28).append(",7").append('\n');
        }
        return csv.toString();
    }

    @Test
    void codesWithACodeNameAndFlagsAreCategoriesAndCountsStayNumbers() throws Exception {
        Dataset d = new CsvImporter().read(Files.writeString(dir.resolve("wholesale.csv"), wholesale(120)));
        assertEquals(ColumnKind.IDENTIFIER, d.column("CustomerID").orElseThrow().kind());
        assertEquals(ColumnKind.CATEGORICAL, d.column("Channel").orElseThrow().kind());
        assertEquals(List.of("1", "2"), d.column("Channel").orElseThrow().categories());
        assertEquals(ColumnKind.CATEGORICAL, d.column("Region").orElseThrow().kind());
        assertEquals(ColumnKind.CATEGORICAL, d.column("Churned").orElseThrow().kind(), "a 0/1 flag");
        assertEquals(ColumnKind.NUMERIC, d.column("Children").orElseThrow().kind(), "0–5 children is a count");
        assertEquals(ColumnKind.NUMERIC, d.column("Fresh").orElseThrow().kind());
        assertEquals("2", d.column("Channel").orElseThrow().text(1), "the cells are kept as written");
    }

    @Test
    void uniqueNumbersWithGapsUnderANameThatNumbersPeopleAreIdentifiers() {
        double[] members = new double[40];
        double[] spend = new double[40];
        for (int i = 0; i < 40; i++) {
            members[i] = 10_001 + i * 2_237; // 10001 … 97244: gaps, so not densely numbered
            spend[i] = 3 + i * i * 71; // 3 … 107,954: unique, but of every length
        }
        assertTrue(ColumnBuilder.isIdentifier("Member", members));
        assertTrue(ColumnBuilder.isIdentifier("Card number", members));
        assertFalse(ColumnBuilder.isIdentifier("Points", members), "a unique measure under a measure's name");
        assertFalse(ColumnBuilder.isIdentifier("Fresh", spend));
    }

    @Test
    void theRuleItself() {
        assertTrue(ColumnBuilder.isCode("Region", new double[] {1, 2, 3, 1, 2, 3, 3}));
        assertTrue(ColumnBuilder.isCode("is_member", new double[] {0, 1, 1, 0, Double.NaN}));
        assertFalse(ColumnBuilder.isCode("Region", new double[] {1, 2, 3}), "each value once: too few to tell");
        assertFalse(ColumnBuilder.isCode("Spend", new double[] {10, 20, 10, 20, 10}), "no code name, not 0/1");
        assertFalse(ColumnBuilder.isCode("Store type", new double[] {1.5, 2, 1.5, 2}), "not whole numbers");
    }
}
