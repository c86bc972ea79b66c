package org.segmentstudio.segments.report;

import java.util.List;
import org.segmentstudio.segments.SegmentAnalysis;

/**
 * Everything a report shows. The scatter comes either as a PNG (the app's canvas) or as data to draw
 * (the command line); the K charts are absent when no K search was run.
 *
 * @param source     the data's name as the user knows it ("Mall_Customers.csv")
 * @param scaling    how features were scaled, in words ("none", "z-score")
 * @param analysis   the segments: profiles, ranking, strategies
 * @param names      the segments' names as the user gave them, one per 0-based segment
 * @param scatterPng the scatter as PNG bytes, or null
 * @param scatter    the customers to draw when there is no PNG, or null
 * @param kChart     the K search, or null
 * @param facts      how k-means found the segments, or null
 * @param migration  who moved since an earlier labeled file, or null
 * @param before     that file's name, or null
 */
public record ReportContent(String source, String scaling, SegmentAnalysis analysis, List<String> names,
                            byte[] scatterPng, ScatterData scatter, KChartData kChart, RunFacts facts,
                            org.segmentstudio.segments.model.Migration migration, String before) {

    public ReportContent(String source, String scaling, SegmentAnalysis analysis, List<String> names,
                         byte[] scatterPng, ScatterData scatter, KChartData kChart, RunFacts facts) {
        this(source, scaling, analysis, names, scatterPng, scatter, kChart, facts, null, null);
    }

    /** The same report with the migration since {@code beforeFile}. */
    public ReportContent withMigration(org.segmentstudio.segments.model.Migration m, String beforeFile) {
        return new ReportContent(source, scaling, analysis, names, scatterPng, scatter, kChart, facts, m, beforeFile);
    }

    public ReportContent {
        names = List.copyOf(names);
        if (names.size() != analysis.k()) {
            throw new IllegalArgumentException("one name per segment is needed: " + names.size() + " names for "
                    + analysis.k() + " segments");
        }
        scatterPng = scatterPng == null ? null : scatterPng.clone();
    }

    /** The report of an analysis with the names built from the profiles. */
    public static ReportContent of(String source, String scaling, SegmentAnalysis analysis) {
        return new ReportContent(source, scaling, analysis,
                analysis.initialNames(), null, null, null, null);
    }

    public ReportContent withScatterPng(byte[] png) {
        return new ReportContent(source, scaling, analysis, names, png, scatter, kChart, facts, migration, before);
    }

    public ReportContent withScatter(ScatterData data) {
        return new ReportContent(source, scaling, analysis, names, scatterPng, data, kChart, facts, migration, before);
    }

    public ReportContent withKChart(KChartData k) {
        return new ReportContent(source, scaling, analysis, names, scatterPng, scatter, k, facts, migration, before);
    }

    public ReportContent withFacts(RunFacts f) {
        return new ReportContent(source, scaling, analysis, names, scatterPng, scatter, kChart, f, migration, before);
    }
}
