package org.segmentstudio.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.segmentstudio.segments.export.CsvExporter;
import org.segmentstudio.data.CsvImporter;
import org.segmentstudio.data.Dataset;
import org.segmentstudio.data.ExportOptions;
import org.segmentstudio.segments.export.SegmentLabels;
import org.segmentstudio.segments.export.XlsxExporter;
import org.segmentstudio.engine.KMeans;
import org.segmentstudio.engine.KMeansListener;
import org.segmentstudio.engine.KMeansParams;
import org.segmentstudio.engine.KMeansResult;
import org.segmentstudio.engine.Scaling;
import org.segmentstudio.segments.FeatureMatrix;
import org.segmentstudio.segments.FeatureMatrixBuilder;
import org.segmentstudio.segments.MissingPolicy;
import org.segmentstudio.segments.SegmentLabelsBuilder;

/**
 * Exports of 1,000,000 labeled customers × 5 columns (mall-like), as File ▸ Export writes them:
 * the labeled CSV (original cells, segment, name, distance; BOM, CRLF, formula guard, saved
 * atomically) against Commons CSV alone printing the same cells to a file, the segment summary
 * CSV, and the Excel workbook. Best of several runs after a warm-up; sizes of what was written.
 */
final class ExportBenchmark implements Benchmark {
    private static final int ROWS = 1_000_000;
    private static final int RUNS = 3;

    @Override
    public String name() {
        return "export";
    }

    @Override
    public void run(PrintStream out) throws Exception {
        Path dir = Files.createTempDirectory("segment-studio-bench");
        Path in = dir.resolve("customers-1m.csv");
        Path csv = dir.resolve("labeled.csv");
        Path floor = dir.resolve("floor.csv");
        Path summary = dir.resolve("summary.csv");
        Path xlsx = dir.resolve("labeled.xlsx");
        try {
            generate(in);
            Dataset data = new CsvImporter().read(in);
            FeatureMatrix fm = FeatureMatrixBuilder.build(data,
                    List.of("Annual Income (k$)", "Spending Score (1-100)"), MissingPolicy.DROP);
            KMeansResult r = KMeans.fit(fm.matrix(), KMeansParams.defaults(5).withScaling(Scaling.NONE).withNInit(1),
                    KMeansListener.NONE, () -> false);
            SegmentLabels labels = SegmentLabelsBuilder.build(data, fm, r);
            ExportOptions options = ExportOptions.of(ExportOptions.Delimiter.COMMA).withSourceFile(in);
            CsvExporter exporter = new CsvExporter();
            double bestCsv = Double.MAX_VALUE;
            double bestFloor = Double.MAX_VALUE;
            double bestSummary = Double.MAX_VALUE;
            double bestXlsx = Double.MAX_VALUE;
            for (int run = 0; run < RUNS + 1; run++) { // the first round warms up the JIT
                long t0 = System.nanoTime();
                exporter.writeLabeled(data, labels, csv, options);
                long t1 = System.nanoTime();
                commonsCsvAlone(data, labels, floor, options);
                long t2 = System.nanoTime();
                exporter.writeSummary(data, labels, summary, options);
                long t3 = System.nanoTime();
                new XlsxExporter().writeWorkbook(data, labels, xlsx, options);
                long t4 = System.nanoTime();
                if (run > 0) {
                    bestCsv = Math.min(bestCsv, (t1 - t0) / 1e9);
                    bestFloor = Math.min(bestFloor, (t2 - t1) / 1e9);
                    bestSummary = Math.min(bestSummary, (t3 - t2) / 1e9);
                    bestXlsx = Math.min(bestXlsx, (t4 - t3) / 1e9);
                }
            }
            long lines;
            try (var s = Files.lines(csv, StandardCharsets.UTF_8)) {
                lines = s.count();
            }
            if (lines != ROWS + 1) {
                throw new IllegalStateException("wrote " + lines + " lines");
            }
            double csvMb = Files.size(csv) / 1e6;
            double xlsxMb = Files.size(xlsx) / 1e6;
            double ratio = bestCsv / bestFloor;
            out.printf(Locale.ROOT, "data            %,d customers x 5 columns, k = %d%n", ROWS, r.k());
            out.printf(Locale.ROOT, "labeled CSV     %.3f s (best of %d), %.1f MB   %.2fx Commons CSV alone (%.3f s)%n",
                    bestCsv, RUNS, csvMb, ratio, bestFloor);
            out.printf(Locale.ROOT, "summary CSV     %.3f s (best of %d)%n", bestSummary, RUNS);
            out.printf(Locale.ROOT, "Excel workbook  %.3f s (best of %d), %.1f MB%n", bestXlsx, RUNS, xlsxMb);
            out.printf(Locale.ROOT, "{\"benchmark\":\"export\",\"rows\":%d,\"labeledCsvSeconds\":%.3f,\"labeledCsvMB\":%.1f,"
                    + "\"commonsCsvSeconds\":%.3f,\"ratio\":%.2f,\"summaryCsvSeconds\":%.3f,\"xlsxSeconds\":%.3f,"
                    + "\"xlsxMB\":%.1f}%n", ROWS, bestCsv, csvMb, bestFloor, ratio, bestSummary, bestXlsx, xlsxMb);
        } finally {
            for (Path p : List.of(in, csv, floor, summary, xlsx)) {
                Files.deleteIfExists(p);
            }
            Files.deleteIfExists(dir);
        }
    }

    private static void generate(Path file) throws IOException {
        Random random = new Random(7);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("CustomerID,Gender,Age,Annual Income (k$),Spending Score (1-100)\n");
            for (int i = 1; i <= ROWS; i++) {
                int blob = random.nextInt(5);
                w.write(i + (random.nextBoolean() ? ",Female," : ",Male,") + (18 + random.nextInt(53)) + ","
                        + Math.max(15, Math.round(20 + blob * 25 + 9 * random.nextGaussian())) + ","
                        + Math.max(1, Math.min(100, Math.round(50 + (blob % 2 == 0 ? 25 : -25) + 9 * random.nextGaussian())))
                        + "\n");
            }
        }
    }

    /**
     * The floor: Commons CSV printing the same cells (texts, segment, name, the distance formatted
     * as ours is) straight to a file: no BOM, formula guard, temporary file, fsync or move.
     */
    private static void commonsCsvAlone(Dataset data, SegmentLabels labels, Path target, ExportOptions options)
            throws IOException {
        int cols = data.columnCount();
        String[] row = new String[cols + 3];
        try (Writer w = Files.newBufferedWriter(target, StandardCharsets.UTF_8);
                CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT)) {
            for (int r = 0; r < data.rowCount(); r++) {
                for (int c = 0; c < cols; c++) {
                    row[c] = data.column(c).text(r);
                }
                int s = labels.segment(r);
                row[cols] = Integer.toString(s);
                row[cols + 1] = labels.name(s);
                row[cols + 2] = options.number(labels.distance(r), 2);
                p.printRecord((Object[]) row);
            }
        }
    }
}
