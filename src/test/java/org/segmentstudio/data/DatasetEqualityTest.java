package org.segmentstudio.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Dataset's written-out equals and hashCode mean what the record's generated ones meant. */
class DatasetEqualityTest {
    private final Column spend = new Column("Spend", ColumnKind.NUMERIC, new String[] {"10", "20"}, new double[] {10, 20});
    private final Column visits = new Column("Visits", ColumnKind.NUMERIC, new String[] {"1", "2"}, new double[] {1, 2});

    @Test
    void equalWhenSourceColumnsReportAndLeftOutAre() {
        Dataset a = new Dataset("shop.csv", List.of(spend, visits), ImportReport.NONE, Set.of("Visits"));
        Dataset b = new Dataset("shop.csv", List.of(spend, visits), ImportReport.NONE, Set.of("Visits"));
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, null);
        assertNotEquals(a, "shop.csv");
    }

    @Test
    void eachPartTells() {
        Dataset a = new Dataset("shop.csv", List.of(spend, visits), ImportReport.NONE, Set.of());
        assertNotEquals(a, new Dataset("other.csv", List.of(spend, visits), ImportReport.NONE, Set.of()));
        assertNotEquals(a, new Dataset("shop.csv", List.of(visits, spend), ImportReport.NONE, Set.of()));
        Column sameValues = new Column("Spend", ColumnKind.NUMERIC, new String[] {"10", "20"}, new double[] {10, 20});
        assertNotEquals(a, new Dataset("shop.csv", List.of(sameValues, visits), ImportReport.NONE, Set.of()),
                "columns are the same objects, not the same values (Column has no equals)");
        ImportReport semicolons = new ImportReport("UTF-8", ';', false, true, 0, List.of());
        assertNotEquals(a, new Dataset("shop.csv", List.of(spend, visits), semicolons, Set.of()));
        assertNotEquals(a, new Dataset("shop.csv", List.of(spend, visits), ImportReport.NONE, Set.of("Spend")));
        assertNotEquals(a, new Dataset(null, List.of(spend, visits), ImportReport.NONE, Set.of()));
        assertEquals(new Dataset(null, List.of(spend), ImportReport.NONE, Set.of()),
                new Dataset(null, List.of(spend), ImportReport.NONE, Set.of()));
    }
}
