package org.segmentstudio.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.segmentstudio.data.CsvImporter;
import org.segmentstudio.data.Dataset;

/**
 * Import of 1,000,000 customers × 5 columns (mall-like: ID, gender, age, income, score): our
 * importer against Commons CSV alone reading the same file (every cell touched), best of several
 * runs each, and the heap the loaded dataset keeps.
 */
final class ImportBenchmark implements Benchmark {
    private static final int ROWS = 1_000_000;
    private static final int RUNS = 5;

    @Override
    public String name() {
        return "import";
    }

    @Override
    public void run(PrintStream out) throws Exception {
        Path dir = Files.createTempDirectory("segment-studio-bench");
        Path file = dir.resolve("customers-1m.csv");
        try {
            generate(file);
            double mb = Files.size(file) / 1e6;
            long cells = 0;
            double bestCsv = Double.MAX_VALUE;
            double bestOurs = Double.MAX_VALUE;
            double coldOurs = 0;
            for (int run = 0; run < RUNS + 1; run++) { // the first round warms up the JIT
                long t0 = System.nanoTime();
                cells = commonsCsvAlone(file);
                long t1 = System.nanoTime();
                Dataset d = new CsvImporter().read(file);
                long t2 = System.nanoTime();
                if (d.rowCount() != ROWS) {
                    throw new IllegalStateException("read " + d.rowCount() + " rows");
                }
                if (run == 0) {
                    coldOurs = (t2 - t1) / 1e9;
                } else {
                    bestCsv = Math.min(bestCsv, (t1 - t0) / 1e9);
                    bestOurs = Math.min(bestOurs, (t2 - t1) / 1e9);
                }
            }
            double[] pandas = pandas(file);
            double[] fresh = freshJvms(file);
            long heap = retainedHeap(file);
            double ratio = bestOurs / bestCsv;
            out.printf(Locale.ROOT, "file            %,d rows x 5 columns, %.1f MB (%,d cells)%n", ROWS, mb, cells);
            out.printf(Locale.ROOT, "Commons CSV     %.3f s (best of %d)%n", bestCsv, RUNS);
            out.printf(Locale.ROOT, "Segment Studio  %.3f s (best of %d)   %.2fx Commons CSV   target <= 2 s, <= 1.5x%n",
                    bestOurs, RUNS, ratio);
            out.printf(Locale.ROOT, "Segment Studio  %.3f s on the first run in this JVM (after Commons CSV alone had run)%n",
                    coldOurs);
            out.printf(Locale.ROOT, "heap of dataset %.1f MB   target <= 300 MB%n", heap / 1e6);
            out.printf(Locale.ROOT, "Segment Studio  %.3f s median of %d fresh JVMs (the import alone, timed inside each;"
                    + " best %.3f s)%n", fresh[0], FRESH, fresh[1]);
            if (pandas != null) {
                out.printf(Locale.ROOT, "pandas read_csv %.3f s median of %d fresh python3 (read_csv alone, timed inside"
                        + " each; best %.3f s): Segment Studio / pandas in fresh processes = %.2f%n", pandas[0], FRESH,
                        pandas[1], fresh[0] / pandas[0]);
            }
            out.printf(Locale.ROOT, "{\"benchmark\":\"import\",\"rows\":%d,\"fileMB\":%.1f,\"commonsCsvSeconds\":%.3f,"
                    + "\"importSeconds\":%.3f,\"ratio\":%.2f,\"coldImportSeconds\":%.3f,\"freshJvmImportSeconds\":%.3f,"
                    + "\"pandasFreshSeconds\":%s,\"datasetHeapMB\":%.1f}%n",
                    ROWS, mb, bestCsv, bestOurs, ratio, coldOurs, fresh[0],
                    pandas == null ? "null" : String.format(Locale.ROOT, "%.3f", pandas[0]), heap / 1e6);
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }

    private static void generate(Path file) throws IOException {
        Random random = new Random(42);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("CustomerID,Gender,Age,Annual Income (k$),Spending Score (1-100)\n");
            for (int i = 1; i <= ROWS; i++) {
                w.write(Integer.toString(i));
                w.write(random.nextBoolean() ? ",Female," : ",Male,");
                w.write(Integer.toString(18 + random.nextInt(53)));
                w.write(',');
                w.write(Integer.toString(15 + random.nextInt(123)));
                w.write(',');
                w.write(Integer.toString(1 + random.nextInt(100)));
                w.write('\n');
            }
        }
    }

    /** Fresh processes per side for the cold comparison. */
    private static final int FRESH = 5;

    /**
     * The first import in a process that has just started, as the command line and a just-started
     * app meet it: each run a fresh JVM with this classpath, the import timed inside it, as pandas
     * is timed inside Python. {median, best} in seconds.
     */
    private static double[] freshJvms(Path file) throws IOException, InterruptedException {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        double[] s = new double[FRESH];
        for (int run = 0; run < FRESH; run++) {
            Process p = new ProcessBuilder(javaBin, "-Xmx2g", "-cp", appClassPath(),
                    FreshImport.class.getName(), file.toString()).redirectErrorStream(true).start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (p.waitFor() != 0) {
                throw new IllegalStateException("the fresh JVM failed: " + text);
            }
            s[run] = Double.parseDouble(text.lines().reduce((a, b) -> b).orElse("").split(" ")[0]);
        }
        double[] sorted = s.clone();
        java.util.Arrays.sort(sorted);
        return new double[] {sorted[FRESH / 2], sorted[0]};
    }

    /**
     * The classes the app ships (target/classes, the jars in target/lib) and this benchmark's own,
     * without the test libraries (DuckDB, JUnit…), whose jars a fresh JVM would otherwise search
     * through as it loads each class.
     */
    private static String appClassPath() {
        Path lib = Path.of("target", "lib");
        java.util.List<String> kept = new java.util.ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path e = Path.of(entry);
            boolean shipped = Files.isRegularFile(lib.resolve(e.getFileName().toString()));
            if (Files.isDirectory(e) || shipped) {
                kept.add(entry);
            }
        }
        return String.join(java.io.File.pathSeparator, kept);
    }

    /** The import alone in a fresh JVM: prints its seconds and the rows read. */
    static final class FreshImport {
        public static void main(String[] args) throws Exception {
            long t0 = System.nanoTime();
            Dataset d = new CsvImporter().read(Path.of(args[0]));
            System.out.printf(Locale.ROOT, "%.4f %d%n", (System.nanoTime() - t0) / 1e9, d.rowCount());
        }
    }

    /** pandas read_csv on the file, timed inside Python, each run a fresh python3: {median, best}; null without pandas. */
    private static double[] pandas(Path file) throws IOException, InterruptedException {
        Path python = Path.of("/usr/bin/python3");
        if (!Files.isExecutable(python)) {
            return null;
        }
        String script = "import sys, time\nimport pandas as pd\nt0 = time.perf_counter()\nd = pd.read_csv(sys.argv[1])\n"
                + "print(round(time.perf_counter() - t0, 4), len(d))";
        double[] s = new double[FRESH];
        for (int run = 0; run < FRESH; run++) {
            Process p = new ProcessBuilder(python.toString(), "-c", script, file.toString()).redirectErrorStream(true).start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (p.waitFor() != 0) {
                return null;
            }
            s[run] = Double.parseDouble(text.lines().reduce((a, b) -> b).orElse("").split(" ")[0]);
        }
        java.util.Arrays.sort(s);
        return new double[] {s[FRESH / 2], s[0]};
    }

    /** The floor: Commons CSV parsing every record and looking at every cell, storing nothing. */
    private static long commonsCsvAlone(Path file) throws IOException {
        long cells = 0;
        long chars = 0;
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(r, CSVFormat.DEFAULT)) {
            for (CSVRecord rec : parser) {
                for (int c = 0; c < rec.size(); c++) {
                    chars += rec.get(c).length();
                    cells++;
                }
            }
        }
        if (chars == 0) {
            throw new IllegalStateException("nothing read");
        }
        return cells;
    }

    /** Used heap after a full collection, with the dataset held, minus the same without it. */
    private static long retainedHeap(Path file) throws Exception {
        long before = usedAfterGc();
        Dataset d = new CsvImporter().read(file);
        long after = usedAfterGc();
        Reference.reachabilityFence(d);
        return after - before;
    }

    private static long usedAfterGc() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(100);
            used = Math.min(used, rt.totalMemory() - rt.freeMemory());
        }
        return used;
    }
}
