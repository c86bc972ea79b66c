package org.segmentstudio.ui.shell;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.segmentstudio.engine.KMeans;
import org.segmentstudio.engine.KMeansParams;
import org.segmentstudio.engine.KMeansResult;
import org.segmentstudio.engine.Matrix;
import org.segmentstudio.engine.Scaling;
import org.segmentstudio.segments.FeatureMatrix;
import org.segmentstudio.ui.scatter.FramePacker;
import org.segmentstudio.ui.scatter.PlaybackModel;
import org.segmentstudio.ui.scatter.ScatterFrame;
import org.segmentstudio.ui.scatter.ScatterPane;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The canvas benchmark, never part of the normal suite (tag {@code bench-ui}; run it with
 * {@code mvn -B -Pbench-ui verify}). Prints one JSON line: frames per second of the animated
 * scatter with the 200-customer sample and with 100,000 points, and the longest gap between two
 * FX pulses while a 1,000,000-customer run is in progress (the worse of two runs in a row: the
 * first in a session also pays for warming up).
 */
@Tag("bench-ui")
@ExtendWith(ApplicationExtension.class)
class CanvasBenchmarkTest {
    private static final long MEASURE_NANOS = 4_000_000_000L;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Theme.LIGHT.apply(); // styled as the app starts: the theme decides how much the renderer paints
    }

    @Test
    void measure(FxRobot robot, @TempDir Path dir) throws Exception {
        double[] fps200 = fps(robot, sampleFeatures());
        double[] fps100k = fps(robot, blobs(100_000));
        double[] stall = stallDuringMillionRun(robot, dir);
        System.out.printf(Locale.ROOT, "{\"fps_200\": %.1f, \"fps_100k\": %.1f, \"max_fx_stall_ms_1m\": %.1f, "
                        + "\"draw_ms_mean_200\": %.2f, \"draw_ms_mean_100k\": %.2f, \"draw_ms_max_1m\": %.1f, "
                        + "\"max_fx_stall_ms_1m_first_run\": %.1f, \"max_fx_stall_ms_1m_second_run\": %.1f, "
                        + "\"max_fx_stall_ms_after_1m_run\": %.1f, \"max_fx_stall_ms_open_1m\": %.1f, "
                        + "\"run_start_ms_1m\": %.1f, \"pulses_1m\": %d, \"cores\": %d, \"load_avg\": %.1f}%n",
                fps200[0], fps100k[0], stall[0], fps200[1], fps100k[1], stall[3], stall[4], stall[5], stall[6], stall[7], stall[1],
                (long) stall[2],
                Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        assertTrue(fps200[0] > 0 && fps100k[0] > 0 && stall[2] > 10, "the measurements ran");
    }

    private static FeatureMatrix sampleFeatures() {
        return org.segmentstudio.segments.FeatureMatrixBuilder.build(org.segmentstudio.data.Samples.mallCustomers(),
                List.of("Annual Income (k$)", "Spending Score (1-100)"),
                org.segmentstudio.segments.MissingPolicy.DROP);
    }

    private static FeatureMatrix blobs(int n) {
        SplittableRandom random = new SplittableRandom(5);
        double[] v = new double[2 * n];
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) {
            int blob = i % 5;
            v[2 * i] = 20 + blob * 25 + 9 * random.nextGaussian();
            v[2 * i + 1] = 50 + (blob % 2 == 0 ? 25 : -25) + 9 * random.nextGaussian();
            rows[i] = i;
        }
        return new FeatureMatrix(List.of("Annual Income (k$)", "Spending Score (1-100)"), new Matrix(v, n, 2), rows, n);
    }

    /** [frames drawn per second, mean FX-thread drawing time per frame in ms] while the run plays over and over. */
    private double[] fps(FxRobot robot, FeatureMatrix fm) throws Exception {
        KMeansParams params = KMeansParams.defaults(5).withScaling(Scaling.NONE).withNInit(1).withSeed(2);
        ScatterPane[] pane = new ScatterPane[1];
        robot.interact(() -> {
            pane[0] = new ScatterPane();
            Scene scene = new Scene(pane[0], 1280, 720);
            scene.getStylesheets().add(MainWindow.stylesheet());
            stage.setScene(scene);
            stage.show();
            pane[0].showFeatures(fm);
            pane[0].beginRun(1, params.scaling());
        });
        FramePacker packer = pane[0].newPacker();
        List<ScatterFrame> frames = new ArrayList<>();
        KMeansResult r = KMeans.fit(fm.matrix(), params, s -> frames.add(packer.apply(s)), () -> false);
        PlaybackModel m = pane[0].playback();
        robot.interact(() -> {
            pane[0].accept(frames);
            pane[0].finishRun(r);
            m.speedProperty().set(2);
            m.playingProperty().addListener((o, was, now) -> {
                if (!now) {
                    m.restart();
                }
            });
            m.restart();
        });
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        // Frames per second of animation: the replay rests on each iteration (nothing changes, nothing
        // is redrawn), so only the pulses while centroids glide count.
        long[] glide = new long[3]; // nanoseconds gliding, frames drawn then, last pulse
        javafx.animation.AnimationTimer meter = new javafx.animation.AnimationTimer() {
            private long framesBefore = -1;
            private boolean wasGliding;

            @Override
            public void handle(long now) {
                long drawn = pane[0].view().framesDrawn();
                if (framesBefore >= 0 && wasGliding) {
                    glide[0] += now - glide[2];
                    glide[1] += drawn - framesBefore;
                }
                framesBefore = drawn;
                wasGliding = m.isGliding();
                glide[2] = now;
            }
        };
        robot.interact(meter::start);
        long f0 = pane[0].view().framesDrawn();
        long d0 = pane[0].view().drawNanos();
        WaitForAsyncUtils.sleep(MEASURE_NANOS, TimeUnit.NANOSECONDS);
        robot.interact(meter::stop);
        long f1 = pane[0].view().framesDrawn();
        long d1 = pane[0].view().drawNanos();
        return new double[] {glide[1] / (glide[0] / 1e9), (d1 - d0) / 1e6 / Math.max(1, f1 - f0)};
    }

    /**
     * Opens a 1M-row file over the sample and runs k-means on it twice: [longest gap during a run,
     * run() time, pulses, slowest draw, longest gap first run, second run, longest gap in the second
     * after a run, longest gap while the file was opened and shown].
     */
    private double[] stallDuringMillionRun(FxRobot robot, Path dir) throws Exception {
        Path csv = dir.resolve("million.csv");
        SplittableRandom random = new SplittableRandom(9);
        try (BufferedWriter w = Files.newBufferedWriter(csv)) {
            w.write("CustomerID,Gender,Age,Annual Income (k$),Spending Score (1-100)\n");
            for (int i = 1; i <= 1_000_000; i++) {
                int blob = random.nextInt(5);
                w.write(i + "," + (random.nextBoolean() ? "Female" : "Male") + "," + (18 + random.nextInt(60)) + ","
                        + Math.round(20 + blob * 25 + 9 * random.nextGaussian()) + ","
                        + Math.round(50 + (blob % 2 == 0 ? 25 : -25) + 9 * random.nextGaussian()) + "\n");
            }
        }
        MainWindow[] window = new MainWindow[1];
        TestWindow[] test = new TestWindow[1];
        robot.interact(() -> {
            test[0] = TestWindow.withSample(stage, 1280, 800); // as the app starts
            window[0] = test[0].window();
        });
        WaitForAsyncUtils.sleep(1, TimeUnit.SECONDS);
        double[] open = measureOpen(robot, window[0], csv);
        WaitForAsyncUtils.waitForFxEvents();
        double[] first = measureRun(robot, window[0], "first");
        double[] second = measureRun(robot, window[0], "second");
        test[0].close();
        return new double[] {Math.max(first[0], second[0]), first[1], first[2] + second[2], Math.max(first[3], second[3]),
            first[0], second[0], Math.max(first[4], second[4]), open[0]};
    }

    /**
     * Gaps between FX pulses, measured by an animation timer of its own from {@link #start} (FX
     * thread) on; the gaps over 40 ms are kept with the time they ended at.
     */
    private static final class PulseGaps {
        private final AtomicLong last = new AtomicLong();
        private final AtomicLong worst = new AtomicLong();
        private final AtomicLong pulses = new AtomicLong();
        private final List<String> gaps = new ArrayList<>();
        private long started;
        private final AnimationTimer timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                long t = System.nanoTime();
                long gap = t - last.getAndSet(t);
                worst.accumulateAndGet(gap, Math::max);
                pulses.incrementAndGet();
                if (gap > 40_000_000L) {
                    synchronized (gaps) {
                        gaps.add(String.format(Locale.ROOT, "%.0f ms at %.2f s", gap / 1e6, (t - started) / 1e9));
                    }
                }
            }
        };

        /** FX thread: the first gap counts from now. */
        void start() {
            started = System.nanoTime();
            last.set(started);
            timer.start();
        }

        /** FX thread. */
        void stop() {
            timer.stop();
        }

        /** The longest gap so far in ms, and the gaps over 40 ms; then counts afresh. */
        double takeWorst(List<String> over40) {
            synchronized (gaps) {
                over40.addAll(gaps);
                gaps.clear();
            }
            return worst.getAndSet(0) / 1e6;
        }

        long pulses() {
            return pulses.get();
        }

        double secondsSinceStart() {
            return (System.nanoTime() - started) / 1e9;
        }
    }

    /** [longest pulse gap in ms while a 1M-row file is opened over the sample and shown, and in the second after]. */
    private double[] measureOpen(FxRobot robot, MainWindow window, Path csv) throws Exception {
        PulseGaps probe = new PulseGaps();
        double[] shownAt = new double[1];
        robot.interact(() -> {
            probe.start();
            window.openFile(csv);
            window.datasetProperty().addListener((o, was, now) -> shownAt[0] = probe.secondsSinceStart());
        });
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> window.datasetProperty().get() != null
                && window.datasetProperty().get().rowCount() == 1_000_000);
        WaitForAsyncUtils.sleep(1, TimeUnit.SECONDS);
        robot.interact(probe::stop);
        List<String> gaps = new ArrayList<>();
        double worst = probe.takeWorst(gaps);
        System.out.println("# pulse gaps over 40 ms while the 1M file was opened and shown: " + gaps + "; shown at "
                + String.format(Locale.ROOT, "%.2f s", shownAt[0]));
        return new double[] {worst};
    }

    /** [longest pulse gap in ms during the run, time run() held the FX thread in ms, pulses seen, slowest draw in ms, longest gap in the second after the run]. */
    private double[] measureRun(FxRobot robot, MainWindow window, String which) throws Exception {
        PulseGaps probe = new PulseGaps();
        double[] runStart = new double[1];
        long[] uptime = new long[1];
        robot.interact(() -> {
            uptime[0] = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
            probe.start();
            long t = System.nanoTime();
            window.run();
            runStart[0] = (System.nanoTime() - t) / 1e6;
            window.scatter().view().takeSlowestDraw();
        });
        WaitForAsyncUtils.waitFor(600, TimeUnit.SECONDS, () -> window.resultProperty().get() != null
                && !window.runningProperty().get());
        // The run is over; the second after it (segments profiled, table and legend filled) is told apart.
        List<String> gapsDuring = new ArrayList<>();
        double during = probe.takeWorst(gapsDuring);
        long pulsesDuring = probe.pulses();
        double ended = probe.secondsSinceStart();
        WaitForAsyncUtils.sleep(1, TimeUnit.SECONDS);
        double[] slowest = new double[1];
        robot.interact(() -> {
            probe.stop();
            slowest[0] = window.scatter().view().takeSlowestDraw() / 1e6;
        });
        List<String> gapsAfter = new ArrayList<>();
        double after = probe.takeWorst(gapsAfter);
        System.out.println("# pulse gaps over 40 ms during the " + which + " 1M run (JVM uptime at start "
                + String.format(Locale.ROOT, "%.3f s", uptime[0] / 1e3) + "): " + gapsDuring
                + "; run ended at " + String.format(Locale.ROOT, "%.2f s", ended) + "; in the second after it: " + gapsAfter);
        return new double[] {during, runStart[0], pulsesDuring, slowest[0], after};
    }
}
