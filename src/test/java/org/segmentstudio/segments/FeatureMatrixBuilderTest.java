package org.segmentstudio.segments;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.segmentstudio.data.Column;
import org.segmentstudio.data.ColumnKind;
import org.segmentstudio.data.Dataset;

class FeatureMatrixBuilderTest {
    private static final double NA = Double.NaN;

    private static Dataset customers() {
        return new Dataset("t", List.of(
                new Column("Gender", ColumnKind.CATEGORICAL, new String[] {"F", "M", "F", "?", "F"}, null),
                new Column("Age", ColumnKind.NUMERIC, new String[] {"20", "", "40", "50", "60"},
                        new double[] {20, NA, 40, 50, 60})));
    }

    private static double[] row(FeatureMatrix fm, int i) {
        double[] out = new double[fm.matrix().cols()];
        for (int j = 0; j < out.length; j++) {
            out[j] = fm.matrix().get(i, j);
        }
        return out;
    }

    @Test
    void aCategoricalColumnBecomesOneZeroOneColumnPerCategory() {
        FeatureMatrix fm = FeatureMatrixBuilder.build(customers(), List.of("Gender", "Age"), MissingPolicy.DROP);
        assertEquals(List.of("Age", "Gender=F", "Gender=M"), fm.features(), "measures first, for the scatter's axes");
        assertArrayEquals(new int[] {0, 2, 4}, fm.rowIndex(), "the missing gender and the missing age are left out");
        assertArrayEquals(new double[] {20, 1, 0}, row(fm, 0));
        assertArrayEquals(new double[] {60, 1, 0}, row(fm, 2));
    }

    @Test
    void meanFillsAgeWithTheMeanAndGenderWithTheShares() {
        FeatureMatrix fm = FeatureMatrixBuilder.build(customers(), List.of("Gender", "Age"), MissingPolicy.MEAN);
        assertEquals(5, fm.rowsUsed());
        assertArrayEquals(new double[] {42.5, 0, 1}, row(fm, 1));
        assertArrayEquals(new double[] {50, 0.75, 0.25}, row(fm, 3));
    }

    @Test
    void medianFillsAgeWithTheMedianAndGenderWithTheCommonestCategory() {
        FeatureMatrix fm = FeatureMatrixBuilder.build(customers(), List.of("Gender", "Age"), MissingPolicy.MEDIAN);
        assertArrayEquals(new double[] {45, 0, 1}, row(fm, 1));
        assertArrayEquals(new double[] {50, 1, 0}, row(fm, 3));
    }

    @Test
    void theFeaturesWithGapsSayWhyRowsAreLeftOut() {
        assertEquals(List.of("Gender", "Age"), FeatureMatrixBuilder.featuresWithGaps(customers(), List.of("Gender", "Age")));
    }

    @Test
    void freeTextIsNotAFeature() {
        String[] notes = new String[40];
        for (int i = 0; i < notes.length; i++) {
            notes[i] = "note " + i;
        }
        double[] age = new double[40];
        Dataset d = new Dataset("t", List.of(new Column("Note", ColumnKind.CATEGORICAL, notes, null),
                new Column("Age", ColumnKind.NUMERIC, new String[40], age)));
        assertTrue(!FeatureMatrixBuilder.isUsable(d.column(0)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FeatureMatrixBuilder.build(d, List.of("Note"), MissingPolicy.DROP));
        assertTrue(e.getMessage().contains("40 different values"), e.getMessage());
    }

    /** Back from one-hot parts to the columns chosen, when a column's own name holds '=' (and a shorter name is its start). */
    @Test
    void thePartsOfACategoryWhoseNameHoldsAnEqualsSignGoBackToItsColumn() {
        Dataset data = new Dataset("t", List.of(
                new Column("Satisfaction (1=low)", ColumnKind.CATEGORICAL, new String[] {"1", "3", "3", "5"}, null),
                new Column("Satisfaction (1", ColumnKind.CATEGORICAL, new String[] {"a", "b", "a", "b"}, null),
                new Column("Age", ColumnKind.NUMERIC, new String[] {"20", "30", "40", "50"}, new double[] {20, 30, 40, 50})));
        FeatureMatrix fm = FeatureMatrixBuilder.build(data, List.of("Satisfaction (1=low)", "Age"), MissingPolicy.DROP);
        assertTrue(fm.features().contains("Satisfaction (1=low)=3"), fm.features().toString());
        assertEquals(List.of("Age", "Satisfaction (1=low)"),
                org.segmentstudio.segments.model.ModelBuilder.columnsOf(data, fm.features()));
    }
}
