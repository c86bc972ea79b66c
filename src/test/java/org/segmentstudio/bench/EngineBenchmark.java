package org.segmentstudio.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.DoubleSupplier;
import org.apache.commons.math3.ml.clustering.CentroidCluster;
import org.apache.commons.math3.ml.clustering.DoublePoint;
import org.apache.commons.math3.ml.clustering.KMeansPlusPlusClusterer;
import org.apache.commons.math3.random.JDKRandomGenerator;
import org.segmentstudio.engine.Algorithm;
import org.segmentstudio.engine.KMeans;
import org.segmentstudio.engine.KMeansParams;
import org.segmentstudio.engine.KMeansResult;
import org.segmentstudio.engine.Matrix;
import org.segmentstudio.engine.Scaling;

/**
 * The engine against a plain Lloyd loop and Apache Commons Math, on Gaussian blobs (k = 8).
 *
 * <p>Fairness: the engine (both algorithms) and plain Lloyd start from the same given centroids
 * and run exactly {@value #ITERATIONS} iterations with tol 0, so their inertias must agree. Commons
 * Math's {@code KMeansPlusPlusClusterer} cannot take given centroids; it always seeds with
 * k-means++. So it is timed twice with the same random seed, once with {@value #ITERATIONS}
 * iterations and once with 0 (seeding and the first assignment only); the difference divided by
 * {@value #ITERATIONS} is its time per iteration. Its inertia comes from its own start and is shown
 * for information only. Every figure is the median of {@value #REPEATS} timed runs after one
 * warm-up run. The engine and scikit-learn (same data, same starting centres, Lloyd, tol 0, in
 * the same run when Debian's python3-sklearn is there) are timed per iteration by difference:
 * (40 iterations − 20) / 20, as issue 17 measures them. On a shared machine the wall-clock
 * figures suffer from other processes; the "cpu ms" column (the measuring thread's CPU time, for
 * one-thread rows) is steadier.
 */
final class EngineBenchmark implements Benchmark {
    static final int ITERATIONS = 20;
    static final int K = 8;
    static final int REPEATS = 3;
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    @Override
    public String name() {
        return "engine";
    }

    /**
     * @param cpuMsPerIteration  the measuring thread's CPU time, for one-thread rows; else null
     * @param relativeDifference |inertia − plain Lloyd's| / plain Lloyd's; null for a different start
     */
    record Row(int n, int d, String implementation, int threads, double msPerIteration, Double cpuMsPerIteration,
               int iterations, double inertia, Double relativeDifference) {
    }

    @Override
    public void run(PrintStream out) throws JsonProcessingException {
        int cores = Runtime.getRuntime().availableProcessors();
        List<Row> rows = new ArrayList<>();
        out.printf(Locale.ROOT, "Gaussian blobs, k = %d, %d iterations from the same centroids, tol 0; median of %d%n",
                K, ITERATIONS, REPEATS);
        out.printf(Locale.ROOT, "%9s %2s  %-22s %7s %8s %8s %5s %20s %10s%n", "n", "d", "implementation", "threads",
                "ms/iter", "cpu ms", "iters", "final inertia", "rel. diff");
        // -Dbench.engine.n=1000000 -Dbench.engine.d=5 (inside -Dbench.jvm) measures one block alone.
        for (int n : ints("bench.engine.n", new int[] {200_000, 1_000_000})) {
            for (int d : ints("bench.engine.d", new int[] {2, 5})) {
                double[] x = blobs(n, d, 2026L + d);
                double[] seeds = new double[K * d];
                for (int j = 0; j < K; j++) {
                    System.arraycopy(x, (int) ((long) j * n / K) * d, seeds, j * d, d);
                }
                double reference = PlainLloyd.run(x, n, d, seeds, K, ITERATIONS);
                List<Row> block = new ArrayList<>();
                block.add(time(n, d, "plain Lloyd loop", 1, ITERATIONS, reference,
                        () -> PlainLloyd.run(x, n, d, seeds, K, ITERATIONS)));
                for (Algorithm a : new Algorithm[] {Algorithm.LLOYD, Algorithm.HAMERLY}) {
                    for (int t : cores > 1 ? new int[] {1, cores} : new int[] {1}) {
                        block.add(engine(x, n, d, seeds, a, t, reference));
                    }
                }
                block.add(commonsMath(x, n, d));
                for (int t : cores > 1 ? new int[] {1, cores} : new int[] {1}) {
                    Row sk = scikitLearn(x, n, d, seeds, t, reference);
                    if (sk != null) {
                        block.add(sk);
                    }
                }
                for (Row r : block) {
                    out.printf(Locale.ROOT, "%,9d %2d  %-22s %7d %8.2f %8s %5d %20.6f %10s%n", r.n(), r.d(),
                            r.implementation(), r.threads(), r.msPerIteration(),
                            r.cpuMsPerIteration() == null ? "-"
                                    : String.format(Locale.ROOT, "%.2f", r.cpuMsPerIteration()),
                            r.iterations(), r.inertia(),
                            r.relativeDifference() == null ? "own start"
                                    : String.format(Locale.ROOT, "%.1e", r.relativeDifference()));
                }
                rows.addAll(block);
            }
        }
        out.println(json(rows, cores));
    }

    /**
     * The engine's time per iteration by difference, as scikit-learn's is taken: (a fit of 40
     * iterations − a fit of 20) / the iterations between, so the set-up (first assignment, arrays)
     * is charged to neither. Its inertia is the 20-iteration fit's, against plain Lloyd's.
     */
    private static Row engine(double[] x, int n, int d, double[] seeds, Algorithm a, int threads, double reference) {
        double[][] init = new double[K][];
        for (int j = 0; j < K; j++) {
            init[j] = Arrays.copyOfRange(seeds, j * d, (j + 1) * d);
        }
        Matrix m = new Matrix(x, n, d);
        KMeansParams p20 = KMeansParams.defaults(K).withScaling(Scaling.NONE).withInitialCentroids(init)
                .withMaxIterations(ITERATIONS).withTolerance(0).withThreads(threads).withAlgorithm(a);
        KMeansParams p40 = p20.withMaxIterations(2 * ITERATIONS);
        KMeansResult warm = KMeans.fit(m, p40);
        double[] per = new double[REPEATS];
        double[] cpu = new double[REPEATS];
        double inertia = 0;
        int iterations = ITERATIONS;
        for (int r = 0; r < REPEATS; r++) {
            long c0 = CPU.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            KMeansResult r20 = KMeans.fit(m, p20);
            long c1 = CPU.getCurrentThreadCpuTime();
            long t1 = System.nanoTime();
            KMeansResult r40 = KMeans.fit(m, p40);
            long c2 = CPU.getCurrentThreadCpuTime();
            long t2 = System.nanoTime();
            int between = Math.max(1, r40.iterations() - r20.iterations());
            per[r] = ((t2 - t1) - (t1 - t0)) / 1e6 / between;
            cpu[r] = ((c2 - c1) - (c1 - c0)) / 1e6 / between;
            inertia = r20.inertia();
            iterations = r20.iterations();
        }
        if (warm.iterations() <= ITERATIONS) {
            throw new IllegalStateException("the blobs converged within " + ITERATIONS + " iterations: no difference to time");
        }
        return new Row(n, d, "engine " + a.name().toLowerCase(Locale.ROOT), threads, median(per),
                threads == 1 ? Double.valueOf(median(cpu)) : null, iterations, inertia,
                Math.abs(inertia - reference) / reference);
    }

    private static Row time(int n, int d, String name, int threads, int iterations, double reference,
                            DoubleSupplier work) {
        return time(n, d, name, threads, iterations, reference, work, null);
    }

    private static Row time(int n, int d, String name, int threads, int iterations, double reference,
                            DoubleSupplier work, int[] reportedIterations) {
        double inertia = work.getAsDouble();
        double[] ms = new double[REPEATS];
        double[] cpu = new double[REPEATS];
        for (int r = 0; r < REPEATS; r++) {
            long c0 = CPU.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            inertia = work.getAsDouble();
            ms[r] = (System.nanoTime() - t0) / 1e6;
            cpu[r] = (CPU.getCurrentThreadCpuTime() - c0) / 1e6;
        }
        int iters = reportedIterations == null ? iterations : reportedIterations[0];
        return new Row(n, d, name, threads, median(ms) / iters, threads == 1 ? Double.valueOf(median(cpu) / iters) : null,
                iters, inertia, Math.abs(inertia - reference) / reference);
    }

    /** Commons Math: (time for 20 iterations − time for 0) / 20, same k-means++ seed both times. */
    private static Row commonsMath(double[] x, int n, int d) {
        List<DoublePoint> points = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            points.add(new DoublePoint(Arrays.copyOfRange(x, i * d, (i + 1) * d)));
        }
        double[] inertia = new double[1];
        DoubleSupplier full = () -> {
            inertia[0] = inertia(new KMeansPlusPlusClusterer<DoublePoint>(K, ITERATIONS, new org.apache.commons.math3
                    .ml.distance.EuclideanDistance(), new JDKRandomGenerator(7)).cluster(points));
            return inertia[0];
        };
        DoubleSupplier seedOnly = () -> inertia(new KMeansPlusPlusClusterer<DoublePoint>(K, 0,
                new org.apache.commons.math3.ml.distance.EuclideanDistance(), new JDKRandomGenerator(7)).cluster(points));
        full.getAsDouble();
        seedOnly.getAsDouble();
        double[] ms = new double[REPEATS];
        double[] cpu = new double[REPEATS];
        for (int r = 0; r < REPEATS; r++) {
            long c0 = CPU.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            full.getAsDouble();
            long c1 = CPU.getCurrentThreadCpuTime();
            long t1 = System.nanoTime();
            seedOnly.getAsDouble();
            long c2 = CPU.getCurrentThreadCpuTime();
            long t2 = System.nanoTime();
            ms[r] = ((t1 - t0) - (t2 - t1)) / 1e6 / ITERATIONS;
            cpu[r] = ((c1 - c0) - (c2 - c1)) / 1e6 / ITERATIONS;
        }
        return new Row(n, d, "Commons Math KMeans++", 1, median(ms), median(cpu), ITERATIONS, inertia[0], null);
    }

    /** The script: Lloyd from the given centres, 40 minus 20 iterations, tol 0, median of three; prints ms and inertia. */
    private static final String SKLEARN = String.join("\n",
            "import sys, time, numpy as np",
            "from threadpoolctl import threadpool_limits",
            "from sklearn.cluster import KMeans",
            "n, d, k, threads = int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])",
            "raw = np.fromfile(sys.argv[1], dtype='>f8')",
            "x = raw[:n * d].reshape(n, d); seeds = raw[n * d:].reshape(k, d)",
            "def fit(iters):",
            "    t0 = time.perf_counter()",
            "    m = KMeans(n_clusters=k, init=seeds, n_init=1, max_iter=iters, tol=0, algorithm='lloyd').fit(x)",
            "    return time.perf_counter() - t0, m",
            "with threadpool_limits(limits=threads):",
            "    fit(2)",
            "    per = []",
            "    for r in range(3):",
            "        t20, _ = fit(20)",
            "        t40, m = fit(40)",
            "        per.append((t40 - t20) / 20 * 1000)",
            "    _, m20 = fit(20)",
            "print(sorted(per)[1], m20.inertia_, m20.n_iter_)");

    /**
     * scikit-learn's Lloyd from the same centres on the same data, in the same run (Debian's
     * python3-sklearn), per iteration by difference: (40 iterations − 20) / 20; null without it.
     */
    private static Row scikitLearn(double[] x, int n, int d, double[] seeds, int threads, double reference) {
        java.nio.file.Path python = java.nio.file.Path.of("/usr/bin/python3");
        if (!java.nio.file.Files.isExecutable(python)) {
            return null;
        }
        java.nio.file.Path data = null;
        try {
            data = java.nio.file.Files.createTempFile("engine-bench", ".f64");
            java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate((x.length + seeds.length) * 8);
            buf.asDoubleBuffer().put(x).put(seeds);
            java.nio.file.Files.write(data, buf.array());
            Process p = new ProcessBuilder(python.toString(), "-c", SKLEARN, data.toString(), Integer.toString(n),
                    Integer.toString(d), Integer.toString(K), Integer.toString(threads)).redirectErrorStream(true).start();
            String text = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
            if (p.waitFor() != 0) {
                return null;
            }
            String[] f = text.lines().reduce((a, b) -> b).orElse("").split(" ");
            double inertia = Double.parseDouble(f[1]);
            return new Row(n, d, "scikit-learn 1.2 lloyd", threads, Double.parseDouble(f[0]), null,
                    Integer.parseInt(f[2]), inertia, Math.abs(inertia - reference) / reference);
        } catch (java.io.IOException | InterruptedException | RuntimeException e) {
            return null;
        } finally {
            if (data != null) {
                try {
                    java.nio.file.Files.deleteIfExists(data);
                } catch (java.io.IOException e) {
                    // a temp file left behind
                }
            }
        }
    }

    private static double inertia(List<CentroidCluster<DoublePoint>> clusters) {
        double total = 0;
        for (CentroidCluster<DoublePoint> c : clusters) {
            double[] centre = c.getCenter().getPoint();
            for (DoublePoint p : c.getPoints()) {
                double[] v = p.getPoint();
                for (int f = 0; f < v.length; f++) {
                    total += (v[f] - centre[f]) * (v[f] - centre[f]);
                }
            }
        }
        return total;
    }

    /**
     * Eight Gaussian blobs (centres uniform in [0, 10]^d, standard deviation 1.5) that overlap
     * enough that Lloyd has not converged after 20 iterations, so every implementation does the
     * same 20 iterations of real work.
     */
    static double[] blobs(int n, int d, long seed) {
        Random rnd = new Random(seed);
        double[][] centres = new double[K][d];
        for (double[] c : centres) {
            for (int f = 0; f < d; f++) {
                c[f] = rnd.nextDouble() * 10;
            }
        }
        double[] x = new double[n * d];
        for (int i = 0; i < n; i++) {
            double[] c = centres[rnd.nextInt(K)];
            for (int f = 0; f < d; f++) {
                x[i * d + f] = c[f] + rnd.nextGaussian() * 1.5;
            }
        }
        return x;
    }

    private static int[] ints(String property, int[] otherwise) {
        String v = System.getProperty(property);
        return v == null || v.isBlank() ? otherwise
                : Arrays.stream(v.split(",")).map(String::strip).mapToInt(Integer::parseInt).toArray();
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    private static String json(List<Row> rows, int cores) throws JsonProcessingException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("benchmark", "engine");
        root.put("k", K);
        root.put("iterations", ITERATIONS);
        root.put("cores", cores);
        root.put("results", rows);
        return new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .writeValueAsString(root);
    }
}
