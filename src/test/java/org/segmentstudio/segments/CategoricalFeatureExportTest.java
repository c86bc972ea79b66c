package org.segmentstudio.segments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentstudio.segments.export.CsvExporter;
import org.segmentstudio.data.Dataset;
import org.segmentstudio.data.ExportOptions;
import org.segmentstudio.data.Samples;
import org.segmentstudio.segments.export.SegmentLabels;
import org.segmentstudio.engine.KMeans;
import org.segmentstudio.engine.KMeansParams;
import org.segmentstudio.engine.KMeansResult;

/** A run with a categorical feature (one-hot) exports like any other. */
class CategoricalFeatureExportTest {

    @Test
    void genderAsAFeatureStillGivesASummaryWithTheNumericFeaturesAndTheGenderMix(@TempDir Path dir) throws Exception {
        Dataset d = Samples.mallCustomers();
        FeatureMatrix fm = FeatureMatrixBuilder.build(d, List.of("Gender", "Annual Income (k$)"), MissingPolicy.DROP);
        assertEquals(List.of("Annual Income (k$)", "Gender=Male", "Gender=Female"), fm.features());
        KMeansResult r = KMeans.fit(fm.matrix(), KMeansParams.defaults(3));
        SegmentLabels labels = SegmentLabelsBuilder.build(d, fm, r);
        assertEquals(List.of("Annual Income (k$)"), labels.features());
        Path out = dir.resolve("summary.csv");
        new CsvExporter().writeSummary(d, labels, out, ExportOptions.of(ExportOptions.Delimiter.COMMA));
        String header = Files.readAllLines(out).get(0);
        assertTrue(header.contains("Annual Income (k$) mean"), header);
        assertTrue(header.contains("Gender: Male (%)"), header);
    }
}
