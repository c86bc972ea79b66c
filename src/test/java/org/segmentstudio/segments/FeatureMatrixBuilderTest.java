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

    @Test
    void featuresWithFewerDifferentValuesThanKAreToldInASentenceNamingThem() {
        org.segmentstudio.engine.TooFewDistinctException e = assertThrows(org.segmentstudio.engine.TooFewDistinctException.class,
                () -> FeatureMatrixBuilder.checkDistinct(customers(), List.of("Gender"), MissingPolicy.DROP, 3, 1000));
        assertEquals("Among the 4 customers, 'Gender' takes only 2 different values, fewer than K = 3 segments: "
                + "choose K = 2, or tick more features.", e.getMessage());
        assertEquals(2, e.distinct());
        FeatureMatrixBuilder.checkDistinct(customers(), List.of("Gender"), MissingPolicy.DROP, 2, 1000);
        // Filled with the commonest category or the shares, the gap is a third position.
        FeatureMatrixBuilder.checkDistinct(customers(), List.of("Gender"), MissingPolicy.MEAN, 3, 1000);
        // Read only so far, the first rows tell nothing: the engine's check decides.
        FeatureMatrixBuilder.checkDistinct(customers(), List.of("Gender"), MissingPolicy.DROP, 3, 2);
        // Fewer customers than K is the engine's own sentence.
        FeatureMatrixBuilder.checkDistinct(customers(), List.of("Gender", "Age"), MissingPolicy.DROP, 4, 1000);
    }

    /** Property: on small random tables the check refuses when, and (leaving gaps out) only when, the matrix has fewer distinct rows than K. */
    @Test
    void theCheckAgreesWithTheDistinctRowsOfTheMatrixItself() {
        java.util.Random rnd = new java.util.Random(17);
        for (int trial = 0; trial < 300; trial++) {
            int n = 1 + rnd.nextInt(12);
            String[] g = new String[n];
            String[] at = new String[n];
            double[] a = new double[n];
            for (int r = 0; r < n; r++) {
                g[r] = rnd.nextInt(6) == 0 ? "" : new String[] {"F", "M", "X"}[rnd.nextInt(2 + trial % 2)];
                a[r] = rnd.nextInt(5) == 0 ? NA : rnd.nextInt(1 + trial % 4);
                at[r] = Double.isNaN(a[r]) ? "" : String.valueOf((int) a[r]);
            }
            Dataset data = new Dataset("t", List.of(new Column("Gender", ColumnKind.CATEGORICAL, g, null),
                    new Column("Age", ColumnKind.NUMERIC, at, a)));
            List<String> features = trial % 3 == 0 ? List.of("Gender") : trial % 3 == 1 ? List.of("Age") : List.of("Gender", "Age");
            MissingPolicy policy = MissingPolicy.values()[trial % MissingPolicy.values().length];
            int k = 2 + rnd.nextInt(4);
            boolean usable = features.stream().allMatch(f -> data.column(f).map(FeatureMatrixBuilder::isUsable).orElse(false));
            if (!usable) {
                continue;
            }
            FeatureMatrix fm = FeatureMatrixBuilder.build(data, features, policy);
            java.util.Set<List<Double>> rows = new java.util.HashSet<>();
            for (int i = 0; i < fm.rowsUsed(); i++) {
                List<Double> row = new java.util.ArrayList<>();
                for (double v : row(fm, i)) {
                    row.add(v + 0.0);
                }
                rows.add(row);
            }
            boolean refuses;
            try {
                FeatureMatrixBuilder.checkDistinct(data, features, policy, k, 1000);
                refuses = false;
            } catch (org.segmentstudio.engine.TooFewDistinctException e) {
                refuses = true;
                if (policy == MissingPolicy.DROP) {
                    assertEquals(rows.size(), e.distinct(), "trial " + trial);
                }
            }
            boolean expected = fm.rowsUsed() >= k && rows.size() < k;
            String what = "trial " + trial + " " + features + " " + policy + " k=" + k;
            if (policy == MissingPolicy.DROP) {
                assertEquals(expected, refuses, what);
            } else {
                // A filled gap may land on a value there already (the median, the commonest category): the
                // check then lets the run start and the engine's own check refuses it. It never refuses a run that could go.
                assertTrue(!refuses || expected, what);
            }
        }
    }
}
