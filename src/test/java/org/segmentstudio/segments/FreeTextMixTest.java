package org.segmentstudio.segments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.segmentstudio.data.Column;
import org.segmentstudio.data.ColumnKind;
import org.segmentstudio.data.Dataset;

/**
 * Regression (issue 14): free text and codes by the hundred (a Description, an InvoiceNo) were shown
 * on the cards as a mix ("InvoiceNo: 0 % 573585 …"); only columns that can be categories are.
 */
class FreeTextMixTest {
    @Test
    void onlyColumnsThatCanBeCategoriesAreProfiledAsMixes() {
        int n = 120;
        String[] note = new String[n];
        String[] gender = new String[n];
        String[] spendText = new String[n];
        double[] spend = new double[n];
        for (int r = 0; r < n; r++) {
            note[r] = "remark number " + r + (r % 2 == 0 ? "" : " again");
            gender[r] = r % 3 == 0 ? "Female" : "Male";
            spend[r] = 10 + (r % 7) * 30;
            spendText[r] = Long.toString((long) spend[r]);
        }
        List<Column> cols = new ArrayList<>();
        cols.add(new Column("Note", ColumnKind.CATEGORICAL, note, null));
        cols.add(new Column("Gender", ColumnKind.CATEGORICAL, gender, null));
        cols.add(new Column("Spend", ColumnKind.NUMERIC, spendText, spend));
        Dataset d = new Dataset("t.csv", cols);
        FeatureMatrix fm = FeatureMatrixBuilder.build(d, List.of("Spend"), MissingPolicy.DROP);
        int[] labels = new int[n];
        for (int r = 0; r < n; r++) {
            labels[r] = spend[r] > 100 ? 1 : 0;
        }
        List<SegmentProfile> p = Profiler.profile(d, fm, labels, 2);
        assertEquals(List.of("Gender"), p.get(0).mixes().stream().map(CategoryMix::column).toList());
    }
}
