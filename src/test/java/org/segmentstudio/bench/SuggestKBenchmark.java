package org.segmentstudio.bench;

import java.io.PrintStream;
import java.util.Locale;
import java.util.SplittableRandom;
import org.segmentstudio.engine.KMeansParams;
import org.segmentstudio.engine.Matrix;
import org.segmentstudio.engine.Scaling;
import org.segmentstudio.engine.metrics.KAdvice;
import org.segmentstudio.engine.metrics.KAdvisor;

/**
 * Suggest K on 1,000,000 customers × 2 (five mall-like groups): K = 2…10, ten starts each, as the
 * app's Suggest K and {@code suggest-k} run it — searched on a seeded sample of 100,000, the chosen K
 * then fitted on everyone. Best of three after a warm-up run.
 */
final class SuggestKBenchmark implements Benchmark {
    private static final int ROWS = 1_000_000;

    @Override
    public String name() {
        return "suggestk";
    }

    @Override
    public void run(PrintStream out) throws Exception {
        SplittableRandom rnd = new SplittableRandom(42);
        double[][] centres = {{20, 20}, {20, 80}, {55, 50}, {90, 20}, {90, 85}};
        double[] v = new double[ROWS * 2];
        for (int i = 0; i < ROWS; i++) {
            v[2 * i] = centres[i % 5][0] + 7 * gaussian(rnd);
            v[2 * i + 1] = centres[i % 5][1] + 7 * gaussian(rnd);
        }
        Matrix x = new Matrix(v, ROWS, 2);
        KMeansParams base = KMeansParams.defaults(2).withScaling(Scaling.AUTO);
        double best = Double.MAX_VALUE;
        KAdvice advice = null;
        for (int run = 0; run < 4; run++) {
            long t0 = System.nanoTime();
            advice = KAdvisor.advise(x, base);
            double s = (System.nanoTime() - t0) / 1e9;
            if (run > 0) {
                best = Math.min(best, s);
            }
        }
        out.printf(Locale.ROOT, "Suggest K       1,000,000 x 2, K = 2..10, 10 starts: %.2f s (best of 3)   target <= 8 s%n", best);
        out.printf(Locale.ROOT, "recommended     K = %d: %s%n", advice.recommended(), advice.reason());
        out.printf(Locale.ROOT, "{\"benchmark\":\"suggestk\",\"rows\":%d,\"seconds\":%.2f,\"k\":%d}%n", ROWS, best,
                advice.recommended());
    }

    private static double gaussian(SplittableRandom r) {
        double u = 1 - r.nextDouble();
        double w = r.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * w);
    }
}
