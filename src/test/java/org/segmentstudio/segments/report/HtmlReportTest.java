package org.segmentstudio.segments.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segmentstudio.data.Dataset;
import org.segmentstudio.data.Samples;
import org.segmentstudio.engine.KMeans;
import org.segmentstudio.engine.KMeansParams;
import org.segmentstudio.engine.KMeansResult;
import org.segmentstudio.engine.Scaling;
import org.segmentstudio.segments.FeatureMatrix;
import org.segmentstudio.segments.FeatureMatrixBuilder;
import org.segmentstudio.segments.MissingPolicy;
import org.segmentstudio.segments.SegmentAnalysis;
import org.segmentstudio.segments.Strategy;

class HtmlReportTest {
    private static SegmentAnalysis analysis;
    private static ScatterData scatter;

    @BeforeAll
    static void cluster() {
        Dataset data = Samples.mallCustomers();
        FeatureMatrix fm = FeatureMatrixBuilder.build(data, List.of("Annual Income (k$)", "Spending Score (1-100)"),
                MissingPolicy.DROP);
        KMeansResult r = KMeans.fit(fm.matrix(), KMeansParams.defaults(5).withScaling(Scaling.NONE));
        analysis = SegmentAnalysis.of(data, fm, r.labels(), r.k());
        scatter = ScatterData.of(fm, r.labels());
    }

    private static int count(String haystack, String needle) {
        int n = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void theReportContainsEverySegmentItsStrategiesAndTheRecommendation() {
        String html = HtmlReport.render(ReportContent.of("Mall_Customers.csv", "none", analysis).withScatter(scatter));
        assertEquals(5, count(html, "<article class=\"card"));
        assertEquals(1, count(html, "<article class=\"card target\""));
        for (int s = 0; s < analysis.k(); s++) {
            assertTrue(html.contains(">" + analysis.names().get(s).descriptive() + "</h3>"), "segment " + s);
            for (Strategy st : analysis.strategies().get(s)) {
                assertTrue(html.contains(st.action()), st.action());
            }
        }
        assertTrue(html.contains("Start marketing here: High income \u00b7 High spending</h2>"));
        assertTrue(html.contains("Gender: "));
        assertTrue(html.contains("<svg"), "the scatter is drawn without a screen");
        assertEquals(200, count(html, "<circle cx="), "one dot per customer");
        assertFalse(html.contains("src=\"http"), "nothing is fetched from elsewhere");
        assertFalse(html.contains("<link"), "styles are inline");
    }

    @Test
    void theReportNamesTheFeaturesTheSegmentsWereFoundOnCategoriesIncludedAndOnlyThose() {
        String html = HtmlReport.render(ReportContent.of("Mall_Customers.csv", "none", analysis));
        assertTrue(html.contains(" segments on income, spending \u00b7 scaling"), "age is on the cards, not clustered");
        Dataset data = Samples.mallCustomers();
        FeatureMatrix fm = FeatureMatrixBuilder.build(data, List.of("Annual Income (k$)", "Spending Score (1-100)", "Gender"),
                MissingPolicy.DROP);
        KMeansResult r = KMeans.fit(fm.matrix(), KMeansParams.defaults(4).withScaling(Scaling.NONE));
        String withGender = HtmlReport.render(ReportContent.of("Mall_Customers.csv", "none", SegmentAnalysis.of(data, fm, r.labels(), 4))
                .withFacts(new RunFacts(1, 3, 0, true)));
        assertTrue(withGender.contains(" segments on income, spending, gender \u00b7 scaling"), withGender.substring(0, 1200));
        assertTrue(withGender.contains("by their income, spending and gender, then"), "How these segments were found");
    }

    @Test
    void fewerDaysSinceTheLastPurchaseIsColouredAsGoodNews() throws Exception {
        StringBuilder csv = new StringBuilder("Customer,Recency (days),Frequency (orders),Monetary\n");
        for (int i = 0; i < 40; i++) {
            boolean recent = i % 2 == 0;
            csv.append(i + 1).append(',').append(recent ? 10 + i : 300 + i).append(',').append(recent ? 5 + i % 4 : 1 + i % 2)
                    .append(',').append(recent ? 200 + 3 * i : 20 + i).append('\n');
        }
        Dataset data = new org.segmentstudio.data.CsvImporter().read("rfm.csv",
                new java.io.ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)),
                org.segmentstudio.data.CsvImporter.Progress.NONE, () -> false);
        FeatureMatrix fm = FeatureMatrixBuilder.build(data, List.of("Recency (days)", "Frequency (orders)", "Monetary"),
                MissingPolicy.DROP);
        KMeansResult r = KMeans.fit(fm.matrix(), KMeansParams.defaults(2).withScaling(Scaling.ZSCORE));
        String html = HtmlReport.render(ReportContent.of("rfm.csv", "zscore", SegmentAnalysis.of(data, fm, r.labels(), 2)));
        String cells = "(<td>[^<]*</td>){4}";
        assertTrue(java.util.regex.Pattern.compile("<td>recency</td>" + cells + "<td class=\"better\">\u2212").matcher(html)
                .find(), "the recent group's negative recency is good news");
        assertTrue(java.util.regex.Pattern.compile("<td>recency</td>" + cells + "<td class=\"worse\">\\+").matcher(html)
                .find(), "the lapsed group's positive recency is not");
        assertTrue(java.util.regex.Pattern.compile("<td>monetary</td>" + cells + "<td class=\"better\">\\+").matcher(html)
                .find());
    }

    @Test
    void editedNamesAreUsedAndEscaped() {
        List<String> names = new ArrayList<>(analysis.names().stream().map(n -> n.initial()).toList());
        int target = analysis.ranking().target();
        names.set(target, "VIP <gold> & co");
        String html = HtmlReport.render(new ReportContent("x.csv", "none", analysis, names, null, null, null, null));
        assertTrue(html.contains("Start marketing here: VIP &lt;gold&gt; &amp; co</h2>"));
        assertFalse(html.contains("<gold>"));
        assertTrue(html.contains("<p class=\"persona\">High income \u00b7 High spending</p>"),
                "the descriptive name stays beside an edited one");
        assertThrows(IllegalArgumentException.class,
                () -> new ReportContent("x.csv", "none", analysis, List.of("one"), null, null, null, null));
    }

    @Test
    void theReportSaysHowTheSegmentsWereFoundWithTheRunsOwnNumbers() {
        ReportContent c = ReportContent.of("x.csv", "none", analysis);
        assertFalse(HtmlReport.render(c).contains("How these segments were found"), "nothing to say without the run");
        String html = HtmlReport.render(c.withFacts(new RunFacts(10, 3, 0, true)));
        assertTrue(html.contains("<h2>How these segments were found</h2>"));
        assertTrue(html.contains("k-means placed 5 centres among the customers, by their income and spending"), html);
        assertTrue(html.contains("It made 10 starts, and kept the tightest"));
        assertTrue(html.contains("The kept start took 3 steps; it stopped when no customer changed segment any more."));
        String atLimit = HtmlReport.render(c.withFacts(new RunFacts(1, 300, 4, false)));
        assertTrue(atLimit.contains("It made one start. The kept start took 300 steps; it stopped at the iteration limit,"
                + " with 4 customers still moving"), atLimit);
    }

    @Test
    void aPngScatterIsEmbeddedAndKChartsMarkTheRecommendedK() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3};
        KChartData k = new KChartData(List.of(2, 3, 4, 5, 6), List.of(180000.0, 105000.0, 73000.0, 44448.5, 37000.0),
                List.of(0.30, 0.47, 0.49, 0.55, 0.54), 5, "K = 5: silhouette is highest there");
        String html = HtmlReport.render(ReportContent.of("s.csv", "none", analysis).withScatterPng(png).withKChart(k));
        assertTrue(html.contains("src=\"data:image/png;base64,iVBORwECAw==\""));
        assertEquals(2, count(html, ">K = 5</text>"), "both charts mark K = 5");
        assertTrue(html.contains("Recommended K = 5: silhouette is highest there"));
    }

    @Test
    void writingReplacesTheFileWholeAndLeavesNoTemporaryFile(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("report.html");
        Files.writeString(out, "old");
        HtmlReport.write(ReportContent.of("s.csv", "none", analysis), out);
        String html = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(out), files.toList());
        }
        assertThrows(IOException.class, () -> HtmlReport.write(ReportContent.of("s.csv", "none", analysis),
                dir.resolve("missing-folder").resolve("r.html")));
    }

    @Test
    void aComparisonGoesIntoTheReportAsWordsAndAMatrix() {
        java.util.Map<String, Integer> before = new java.util.HashMap<>();
        java.util.Map<String, Integer> after = new java.util.HashMap<>();
        for (int i = 0; i < 30; i++) {
            before.put("c" + i, 1 + i % 2);
            after.put("c" + i, i < 10 ? 2 : 1 + i % 2);
        }
        after.put("new", 1);
        var m = org.segmentstudio.segments.model.Migration.of(before, after, List.of("Gold <1>", "Silver"),
                List.of("Gold <1>", "Silver"));
        List<String> names = analysis.names().stream().map(n -> n.initial()).toList();
        String html = HtmlReport.render(ReportContent.of("x.csv", "none", analysis).withMigration(m, "march.csv"));
        assertTrue(html.contains("<h2>Who moved since march.csv</h2>"), html);
        assertTrue(html.contains(m.stayed() + " stayed in the same segment, " + m.moved() + " moved to another; 1 are new"));
        assertTrue(html.contains("Gold &lt;1&gt;") && !html.contains("Gold <1>"), "escaped");
        assertTrue(html.contains("class=\"migration-matrix\""));
        assertFalse(HtmlReport.render(ReportContent.of("x.csv", "none", analysis)).contains("Who moved"));
    }
}
