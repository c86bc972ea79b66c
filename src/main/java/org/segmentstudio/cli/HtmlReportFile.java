package org.segmentstudio.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.segmentstudio.data.ExportOptions;
import org.segmentstudio.engine.KMeansParams;
import org.segmentstudio.engine.KMeansResult;
import org.segmentstudio.engine.metrics.KAdvisor;
import org.segmentstudio.segments.FeatureMatrix;
import org.segmentstudio.segments.SegmentAnalysis;
import org.segmentstudio.segments.report.HtmlReport;
import org.segmentstudio.segments.report.KChartData;
import org.segmentstudio.segments.report.ReportContent;
import org.segmentstudio.segments.report.ScatterData;

/** {@code segment --report}: the app's one-page report, drawn without a screen (the scatter as SVG). */
final class HtmlReportFile {
    private HtmlReportFile() {
    }

    /** @param input the data file, which the report must not replace */
    static void write(Path target, Path input, KMeansParams params, FeatureMatrix fm, KMeansResult r,
                      SegmentAnalysis analysis, org.segmentstudio.segments.report.RunFacts facts) {
        try {
            ExportOptions.defaults().withSourceFile(input).checkTarget(target);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage());
        }
        String source = input.getFileName().toString();
        ReportContent content = ReportContent.of(source, params.scaling().name().toLowerCase(Locale.ROOT), analysis)
                .withScatter(ScatterData.of(fm, r.labels())).withFacts(facts);
        int kMax = Math.min(KAdvisor.DEFAULT_K_MAX, fm.rowsUsed());
        if (kMax >= KAdvisor.DEFAULT_K_MIN) {
            try {
                content = content.withKChart(KChartData.of(KAdvisor.advise(fm.matrix(), params, KAdvisor.DEFAULT_K_MIN,
                        kMax, KAdvisor.Progress.NONE, () -> false)));
            } catch (IllegalArgumentException e) {
                // Too few distinct customers for the larger K: the report goes without the K charts.
            }
        }
        try {
            HtmlReport.write(content, target);
        } catch (IOException e) {
            throw new UserInputException(target.getFileName() + ": " + e.getMessage());
        }
    }
}
