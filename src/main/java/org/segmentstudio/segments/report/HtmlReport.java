package org.segmentstudio.segments.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import org.segmentstudio.data.AtomicFiles;
import java.util.List;
import org.segmentstudio.segments.CategoryMix;
import org.segmentstudio.segments.CategoryShare;
import org.segmentstudio.segments.FeatureStat;
import org.segmentstudio.segments.FeatureWords;
import org.segmentstudio.segments.Formats;
import org.segmentstudio.segments.Ranking;
import org.segmentstudio.segments.SegmentAnalysis;
import org.segmentstudio.segments.SegmentProfile;
import org.segmentstudio.segments.Strategy;

/**
 * A one-page report to hand over: who to start with and why, the charts, and one card per segment
 * with what to do. One self-contained HTML file: styles inline, pictures embedded.
 */
public final class HtmlReport {
    /** Values of a categorical column beyond this many are summed up as "other". */
    private static final int MIX_VALUES = 5;
    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2328;margin:24px auto;
              max-width:1180px;padding:0 16px;font-size:14px;line-height:1.4}
            h1{font-size:24px;margin:0 0 4px}
            .meta{color:#59636e;margin:0 0 16px}
            .recommendation{border:2px solid #0969da;border-radius:8px;padding:10px 14px;margin-bottom:16px}
            .recommendation h2{font-size:18px;margin:0 0 4px}
            .recommendation p{margin:0;color:#59636e}
            .charts{display:flex;flex-wrap:wrap;gap:12px;align-items:flex-start;margin-bottom:8px}
            .charts figure{margin:0;border:1px solid #d1d9e0;border-radius:8px;padding:6px;background:#fff}
            .charts img{display:block;max-width:100%;height:auto}
            .kreason{color:#59636e;margin:4px 0 16px}
            .cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(350px,1fr));gap:12px}
            .card{border:1px solid #d1d9e0;border-radius:8px;padding:10px 12px;break-inside:avoid}
            .card.target{border:2px solid #0969da}
            .card h3{font-size:16px;margin:0 0 2px;display:flex;align-items:center;gap:8px}
            .dot{display:inline-block;width:12px;height:12px;border-radius:6px}
            .start{color:#0969da;font-weight:bold;margin:2px 0}
            .persona,.mix{color:#59636e;margin:2px 0;font-size:13px}
            .size{font-weight:bold;margin:4px 0}
            table{border-collapse:collapse;width:100%;font-size:12px;margin:4px 0}
            th,td{text-align:right;padding:2px 4px;border-bottom:1px solid #eef1f4;white-space:nowrap}
            th{font-weight:600;color:#59636e}
            th:first-child,td:first-child{text-align:left}
            tr.other td{color:#818b98}
            .better{color:#0969da;font-weight:bold}.worse{color:#9a6700;font-weight:bold}.even{color:#59636e}.neutral{font-weight:bold}
            h4{margin:8px 0 2px;font-size:13px;color:#59636e}
            ul{margin:0;padding-left:18px}li{margin:2px 0}
            footer{color:#59636e;font-size:12px;margin-top:16px}
            @media print{body{margin:0}.charts img{max-width:480px}}
            """;

    private HtmlReport() {
    }

    /** The report as one HTML document. */
    public static String render(ReportContent c) {
        SegmentAnalysis a = c.analysis();
        Ranking r = a.ranking();
        StringBuilder h = new StringBuilder(32_768);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Customer segments \u2014 ")
                .append(Html.esc(c.source())).append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        int customers = a.profiles().stream().mapToInt(SegmentProfile::size).sum();
        List<String> words = clusteredWords(a);
        h.append("<header>\n<h1>Customer segments</h1>\n<p class=\"meta\">").append(Html.esc(c.source())).append(" \u00b7 ")
                .append(Formats.count(customers)).append(" customers \u00b7 K = ").append(a.k()).append(" segments on ")
                .append(Html.esc(String.join(", ", words))).append(" \u00b7 scaling: ").append(Html.esc(c.scaling()))
                .append("</p>\n</header>\n");
        if (r.target() >= 0) {
            h.append("<section class=\"recommendation\">\n<h2>\u2605 Start marketing here: ")
                    .append(Html.esc(c.names().get(r.target()))).append("</h2>\n<p>Ranked by ")
                    .append(Html.esc(r.measure().label())).append(". ").append(Html.esc(r.reason()))
                    .append("</p>\n</section>\n");
        }
        if (c.facts() != null) {
            howFound(h, c.facts(), a.k(), words);
        }
        charts(h, c);
        h.append("<section class=\"cards\">\n");
        for (int s : r.order()) {
            if (a.profiles().get(s).size() > 0) {
                card(h, c, s);
            }
        }
        h.append("</section>\n");
        if (c.migration() != null) {
            migration(h, c);
        }
        h.append("<footer>Levels (low, mid, high) compare a segment's mean with the whole population's "
                + "thirds (tertiles). \u201cvs all\u201d is the segment's mean against everyone's mean. Ranking by a "
                + "measure \u00d7 size counts the customers times how far their mean lies above the average. "
                + "Measures marked * were not features of the clustering; they are shown for context. "
                + "Made with Segment Studio.</footer>\n</body>\n</html>\n");
        return h.toString();
    }

    /** Who moved since the earlier labeled file: totals, the largest movements, and the matrix with row shares. */
    private static void migration(StringBuilder h, ReportContent c) {
        org.segmentstudio.segments.model.Migration m = c.migration();
        h.append("<section class=\"migration\">\n<h2>Who moved since ").append(Html.esc(c.before())).append("</h2>\n<p>")
                .append(Formats.count(m.stayed())).append(" stayed in the same segment, ").append(Formats.count(m.moved()))
                .append(" moved to another; ").append(Formats.count(m.newCustomers())).append(" are new, ")
                .append(Formats.count(m.gone())).append(" are gone (matched by customer ID).</p>\n");
        for (String line : m.largestMovements(3)) {
            h.append("<p>\u2022 ").append(Html.esc(line)).append("</p>\n");
        }
        h.append("<table class=\"migration-matrix\"><tr><th>").append(Html.esc(c.before())).append(" \\ now</th>");
        for (String a : m.namesAfter()) {
            h.append("<th>").append(Html.esc(a)).append("</th>");
        }
        h.append("</tr>\n");
        double[][] shares = m.rowShares();
        for (int i = 0; i < m.matrix().length; i++) {
            h.append("<tr><th>").append(Html.esc(m.namesBefore().get(i))).append("</th>");
            for (int j = 0; j < m.matrix()[i].length; j++) {
                h.append(String.format(java.util.Locale.ROOT, "<td style=\"background:rgba(31,119,180,%.2f)\">",
                        0.06 + 0.84 * shares[i][j])).append(Formats.count(m.matrix()[i][j])).append(" (")
                        .append(Formats.wholePercent(shares[i][j])).append(")</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</table>\n</section>\n");
    }

    /**
     * The features the segments were found on, in words: the clustered measures, then the clustered
     * categories (Channel as a category had been left out of the report's line and of "How these
     * segments were found", though it split the customers; real-window walk). Columns only described on
     * the cards are not among them.
     */
    static List<String> clusteredWords(SegmentAnalysis a) {
        if (a.profiles().isEmpty()) {
            return List.of();
        }
        SegmentProfile p = a.profiles().get(0);
        List<String> words = new ArrayList<>();
        p.features().stream().filter(FeatureStat::clustered).map(FeatureStat::word).forEach(words::add);
        p.mixes().stream().filter(CategoryMix::clustered).map(m -> FeatureWords.of(m.column())).forEach(words::add);
        return words;
    }

    /** "How these segments were found": k-means in the run's own numbers. */
    static void howFound(StringBuilder h, RunFacts f, int k, List<String> words) {
        String starts = f.starts() == 1 ? "one start" : f.starts() + " starts, and kept the tightest (the one whose "
                + "customers sit closest to their centres)";
        String end = !f.converged() ? "it stopped at the iteration limit, with " + Formats.count(f.moved())
                + " customers still moving: the segments may shift a little in another run"
                : f.moved() == 0 ? "it stopped when no customer changed segment any more"
                : "it stopped when the centres hardly moved any more (" + Formats.count(f.moved())
                        + " customers moved in the last step)";
        h.append("<section class=\"how\">\n<h2>How these segments were found</h2>\n<p>k-means placed ").append(k)
                .append(" centres among the customers, by their ").append(Html.esc(words.size() < 2 ? String.join("", words)
                        : String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1)))
                .append(", then repeated two steps: assign every customer to its nearest centre, and move every centre "
                        + "to the middle of its customers. It made ").append(starts).append(". The kept start took ")
                .append(f.iterations()).append(f.iterations() == 1 ? " step" : " steps").append("; ").append(end)
                .append(".</p>\n</section>\n");
    }

    /**
     * Writes the report whole or not at all.
     *
     * @throws org.segmentstudio.data.ExportException with a sentence for the user
     */
    public static void write(ReportContent c, Path target) throws IOException {
        byte[] html = render(c).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(target, out -> out.write(html));
    }

    private static void charts(StringBuilder h, ReportContent c) {
        List<String> figures = new ArrayList<>();
        if (c.scatterPng() != null) {
            figures.add("<img alt=\"The customers by segment\" src=\"data:image/png;base64,"
                    + Base64.getEncoder().encodeToString(c.scatterPng()) + "\">");
        } else if (c.scatter() != null) {
            figures.add(SvgCharts.scatter(c.scatter(), 480, 340));
        }
        KChartData k = c.kChart();
        if (k != null) {
            figures.add(SvgCharts.kLine("Elbow: inertia by K", k.ks(), k.inertia(), k.recommended(), "inertia", 290, 250));
            figures.add(SvgCharts.kLine("Silhouette by K (higher is better)", k.ks(), k.silhouette(), k.recommended(),
                    "silhouette", 290, 250));
        }
        if (figures.isEmpty()) {
            return;
        }
        h.append("<section class=\"charts\">\n");
        for (String f : figures) {
            h.append("<figure>").append(f).append("</figure>\n");
        }
        h.append("</section>\n");
        if (k != null) {
            h.append("<p class=\"kreason\">Recommended ").append(Html.esc(k.reason())).append("</p>\n");
        }
    }

    private static void card(StringBuilder h, ReportContent c, int s) {
        SegmentAnalysis a = c.analysis();
        SegmentProfile p = a.profiles().get(s);
        boolean target = a.ranking().isTarget(s);
        h.append("<article class=\"card").append(target ? " target" : "").append("\">\n<h3><span class=\"dot\" style=\"background:")
                .append(SvgCharts.segmentColor(s)).append("\"></span>").append(Html.esc(c.names().get(s))).append("</h3>\n");
        if (target) {
            h.append("<p class=\"start\">\u2605 Start marketing here</p>\n");
        }
        if (a.winBack() == s) {
            h.append("<p class=\"start\">\u21ba Win back first</p>\n<p class=\"persona\">")
                    .append(Html.esc(org.segmentstudio.segments.RfmGroup.winBackReason(p))).append("</p>\n");
        }
        String descriptive = a.names().get(s).descriptive();
        if (!descriptive.equals(c.names().get(s))) {
            h.append("<p class=\"persona\">").append(Html.esc(descriptive)).append("</p>\n");
        }
        a.names().get(s).persona().ifPresent(persona -> h.append("<p class=\"persona\">Classic persona: ")
                .append(Html.esc(persona.title())).append(" \u2014 they ").append(Html.esc(persona.meaning())).append("</p>\n"));
        h.append("<p class=\"size\">").append(Formats.count(p.size())).append(" customers (").append(Formats.percent(p.share()))
                .append(") \u00b7 rank ").append(a.ranking().rankOf(s)).append(" of ").append(a.k()).append("</p>\n");
        h.append("<table>\n<tr><th></th><th>mean</th><th>median</th><th>all mean</th><th>all median</th><th>vs all</th></tr>\n");
        for (FeatureStat f : p.stats()) {
            h.append("<tr").append(f.clustered() ? "" : " class=\"other\"").append("><td>").append(Html.esc(f.word()))
                    .append(f.clustered() ? "" : " *").append("</td><td>").append(Formats.number(f.mean())).append("</td><td>")
                    .append(Formats.number(f.median())).append("</td><td>").append(Formats.number(f.populationMean()))
                    .append("</td><td>").append(Formats.number(f.populationMedian())).append("</td><td class=\"")
                    .append(f.tone()).append("\">").append(f.indexText())
                    .append("</td></tr>\n");
        }
        h.append("</table>\n");
        for (CategoryMix m : p.mixes()) {
            List<String> parts = new ArrayList<>();
            for (CategoryShare share : m.shown(MIX_VALUES)) {
                parts.add(Formats.wholePercent(share.share()) + " " + share.label());
            }
            if (m.otherShare(MIX_VALUES) > 0) {
                parts.add(Formats.wholePercent(m.otherShare(MIX_VALUES)) + " other");
            }
            h.append("<p class=\"mix\">").append(Html.esc(m.column())).append(": ")
                    .append(Html.esc(String.join(" \u00b7 ", parts))).append("</p>\n");
        }
        h.append("<h4>What to do</h4>\n<ul>\n");
        for (Strategy st : a.strategies().get(s)) {
            h.append("<li>").append(Html.esc(st.action())).append("</li>\n");
        }
        h.append("</ul>\n</article>\n");
    }
}
