package org.segmentstudio.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.segmentstudio.segments.export.CsvExporter;
import org.segmentstudio.data.ExportException;
import org.segmentstudio.data.ExportOptions;
import org.segmentstudio.segments.export.SegmentLabels;
import org.segmentstudio.engine.KMeans;
import org.segmentstudio.engine.KMeansParams;
import org.segmentstudio.engine.KMeansResult;
import org.segmentstudio.engine.Matrix;
import org.segmentstudio.engine.Scaling;
import org.segmentstudio.engine.metrics.Silhouette;
import org.segmentstudio.segments.FeatureMatrix;
import org.segmentstudio.segments.SegmentAnalysis;
import org.segmentstudio.segments.SegmentEntry;
import org.segmentstudio.segments.SegmentLabelsBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code segment}: clusters a CSV file and prints the result as JSON. */
@Command(name = "segment", mixinStandardHelpOptions = true,
        description = "Cluster the customers of a CSV file with k-means and print the result as one JSON object.")
final class SegmentCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions opts;

    @Option(names = "--k", paramLabel = "N", description = "Number of segments (default: 5, or the rows of --init-centroids).")
    Integer k;

    @Option(names = "--n-init", defaultValue = "10", paramLabel = "N",
            description = "Restarts; the lowest inertia wins (default: ${DEFAULT-VALUE}).")
    int nInit;

    @Option(names = "--init-centroids", paramLabel = "FILE",
            description = "CSV of starting centroids: header = the features, one row per segment, in the data's units.")
    Path initCentroids;

    @Option(names = "--max-iter", defaultValue = "300", paramLabel = "N",
            description = "Iterations per restart at most (default: ${DEFAULT-VALUE}).")
    int maxIter;

    @Option(names = "--tol", defaultValue = "1e-4", paramLabel = "X",
            description = "Stop when the centroids' total squared shift is at most X times the mean feature variance"
                    + " (default: ${DEFAULT-VALUE}).")
    double tol;

    @Option(names = "--output", paramLabel = "FILE", description = "Also write the customers with a Segment column.")
    Path output;

    @Option(names = "--stability", paramLabel = "N",
            description = "Refit N times with other seeds and report each segment's stability (its mean best Jaccard"
                    + " match) and its borderline customers (under 80 %% of their neighbours kept); 0 skips it"
                    + " (default: 5 up to 200,000 customers, else 0, as in the app).")
    Integer stabilityGiven;
    int stabilityReruns;

    @Option(names = "--save-model", paramLabel = "FILE.segments",
            description = "Also save the analysis (the same JSON as the app's File > Save analysis): apply puts other"
                    + " customers into these segments without refitting.")
    Path modelFile;

    @Option(names = "--report", paramLabel = "FILE.html",
            description = "Also write the one-page HTML report: who to start marketing with and why, one card per"
                    + " segment with what to do, the scatter, and the elbow and silhouette charts of K = 2…10"
                    + " (which fits K-means nine more times).")
    Path reportFile;

    @Override
    public Integer call() {
        InputOptions.Loaded loaded = opts.load();
        FeatureMatrix fm = loaded.features();
        KMeansParams params = params(opts, fm.features());
        Matrix x = fm.matrix();
        long t0 = System.nanoTime();
        KMeansResult r;
        // Who still moved in each start's last step, for the report's "How these segments were found".
        java.util.Map<Integer, Integer> lastMoved = new java.util.concurrent.ConcurrentHashMap<>();
        org.segmentstudio.engine.KMeansListener moves = new org.segmentstudio.engine.KMeansListener() {
            @Override
            public void onIteration(org.segmentstudio.engine.IterationSnapshot snap) {
                lastMoved.put(snap.restart(), snap.changed());
            }

            @Override
            public boolean readsLabelsInPlace() {
                return true; // it reads no label: no copy per iteration
            }

            @Override
            public boolean readsInertia() {
                return false; // nor the inertia: no sweep to find it
            }
        };
        try {
            // A sentence that names the features, where the engine's own could not.
            org.segmentstudio.segments.FeatureMatrixBuilder.checkDistinct(loaded.dataset(), loaded.columns(), opts.missing,
                    params.k(), Integer.MAX_VALUE);
            r = KMeans.fit(x, params, moves, () -> false);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(opts.fileName() + ": " + e.getMessage());
        }
        long msCluster = (System.nanoTime() - t0) / 1_000_000;
        Matrix clustered = params.scaling().apply(x);
        Silhouette s = Silhouette.of(clustered, r.labels(), r.k(), params.seed());
        SegmentAnalysis analysis = SegmentAnalysis.of(loaded.dataset(), fm, r.labels(), r.k());
        stabilityReruns = stabilityGiven != null ? stabilityGiven
                : fm.rowsUsed() <= org.segmentstudio.engine.metrics.Stability.ASSESSED_UP_TO
                        ? org.segmentstudio.engine.metrics.Stability.DEFAULT_RERUNS : 0;
        if (stabilityReruns < 0) {
            throw new UserInputException("--stability takes 0 (skip) or a number of refits, not " + stabilityReruns + ".");
        }
        org.segmentstudio.engine.metrics.Stability stability = stabilityReruns == 0 ? null
                : org.segmentstudio.engine.metrics.Stability.assess(x,
                        params.initialCentroids() == null ? params : params.withK(params.k()), r.labels(),
                        stabilityReruns, org.segmentstudio.engine.metrics.Stability.DEFAULT_THRESHOLD, () -> false);
        if (output != null) {
            write(loaded, r, analysis, stability);
        }
        if (modelFile != null) {
            saveModel(loaded, params, r, analysis, Json.number(s.value()));
        }
        if (reportFile != null) {
            HtmlReportFile.write(reportFile, opts.input, params, fm, r, analysis, new org.segmentstudio.segments.report.RunFacts(
                    params.nInit(), r.iterations(), lastMoved.getOrDefault(r.bestRestart(), 0), r.converged()));
        }
        List<SegmentEntry> entries = analysis.entries();
        if (stability != null) {
            entries = withStability(entries, stability, r);
        }
        SegmentReport report = new SegmentReport(fm.rowsUsed(), fm.rowsSkipped(), r.k(), r.iterations(),
                r.converged(), r.inertia(), Json.number(s.value()), r.centroids(), r.sizes(), loaded.millis(),
                msCluster, fm.features(), params.scaling().name().toLowerCase(Locale.ROOT),
                transforms(params.scaling(), x, fm.features()), s.rowsUsed(), s.sampled(),
                warnings(loaded, r, fm.features()), output == null ? null : output.toString(),
                entries, reportFile == null ? null : reportFile.toString());
        spec.commandLine().getOut().println(Json.write(report));
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** Which transform each feature got: "log+zscore", "zscore", "minmax" or "none". */
    static java.util.Map<String, String> transforms(org.segmentstudio.engine.Scaling scaling, Matrix x,
                                                     List<String> features) {
        org.segmentstudio.engine.Scaler fitted = scaling.fit(x);
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        for (int j = 0; j < features.size(); j++) {
            out.put(features.get(j), switch (scaling) {
                case NONE -> "none";
                case MINMAX -> "minmax";
                default -> fitted.isLog(j) ? "log+zscore" : "zscore";
            });
        }
        return out;
    }

    private KMeansParams params(InputOptions opts, List<String> features) {
        try {
            KMeansParams p = KMeansParams.defaults(k == null ? 5 : k).withNInit(nInit).withMaxIterations(maxIter)
                    .withTolerance(tol).withScaling(opts.scale).withSeed(opts.seed).withThreads(opts.threads());
            if (initCentroids != null) {
                double[][] given = CentroidsFile.read(initCentroids, features);
                if (k != null && k != given.length) {
                    throw new UserInputException(initCentroids.getFileName() + ": has " + given.length
                            + " centroids but --k is " + k + ".");
                }
                p = p.withInitialCentroids(given);
            }
            return p;
        } catch (IllegalArgumentException e) {
            throw new UserInputException("invalid option: " + e.getMessage());
        }
    }

    /** Each segment's stability and borderline count, from refits with other seeds against the run's labels. */
    /** Each segment's stability and borderline count, from the refits against the run's labels. */
    private static List<SegmentEntry> withStability(List<SegmentEntry> entries,
                                                    org.segmentstudio.engine.metrics.Stability st, KMeansResult r) {
        double[] match = st.segments();
        int[] borderline = st.borderlinePerSegment(r.labels(), r.k());
        List<SegmentEntry> out = new java.util.ArrayList<>();
        for (SegmentEntry e : entries) {
            out.add(e.withStability(match[e.segment() - 1], borderline[e.segment() - 1]));
        }
        return out;
    }

    private void saveModel(InputOptions.Loaded loaded, KMeansParams params, KMeansResult r, SegmentAnalysis analysis,
                           Double silhouette) {
        if (modelFile.toAbsolutePath().normalize().equals(opts.input.toAbsolutePath().normalize())) {
            throw new UserInputException("--save-model is the input file " + opts.fileName() + "; choose another name.");
        }
        try {
            org.segmentstudio.segments.model.SegmentModel m = org.segmentstudio.segments.model.ModelBuilder.of(opts.input,
                    opts.sheet, loaded.dataset(), loaded.roles(), loaded.columns(), opts.missing, loaded.features(), params,
                    r, analysis.entries().stream().map(SegmentEntry::name).toList(),
                    analysis.ranking().measure().isSize() ? "size" : analysis.ranking().measure().column(), silhouette,
                    null, org.segmentstudio.BuildInfo.version());
            org.segmentstudio.segments.model.ModelFile.write(modelFile, m);
        } catch (ExportException e) {
            throw new UserInputException(e.getMessage());
        } catch (java.io.IOException e) {
            throw new UserInputException(opts.fileName() + " cannot be read again to save the analysis: " + e.getMessage());
        }
    }

    private void write(InputOptions.Loaded loaded, KMeansResult r, SegmentAnalysis analysis,
                       org.segmentstudio.engine.metrics.Stability stability) {
        try {
            SegmentLabels labels = SegmentLabelsBuilder.build(loaded.dataset(), loaded.features(), r,
                    analysis.entries().stream().map(SegmentEntry::name).toList());
            if (stability != null) {
                labels = labels.withCertainty(SegmentLabelsBuilder.perRow(loaded.features(), stability.shares()));
            }
            new CsvExporter().writeLabeled(loaded.dataset(), labels, output,
                    ExportOptions.of(ExportOptions.Delimiter.COMMA).withSourceFile(opts.input));
        } catch (ExportException | IllegalArgumentException e) {
            throw new UserInputException(e.getMessage());
        }
    }

    /** What the user should know: rows the import left out, then the engine's notes. */
    private List<String> warnings(InputOptions.Loaded loaded, KMeansResult r, List<String> features) {
        List<String> out = new ArrayList<>();
        String importNote = loaded.dataset().report().summary();
        if (!importNote.isEmpty()) {
            out.add(opts.fileName() + ": " + importNote);
        }
        out.addAll(opts.strayTextNotes(loaded.dataset(), loaded.columns()));
        out.addAll(namedWarnings(r.warnings(), features));
        return out;
    }

    /** The engine numbers features; the user knows their names. */
    private static List<String> namedWarnings(List<String> warnings, List<String> features) {
        List<String> out = new ArrayList<>(warnings.size());
        for (String w : warnings) {
            String named = w;
            for (int j = features.size(); j >= 1; j--) {
                String prefix = "Feature " + j + " ";
                if (w.startsWith(prefix)) {
                    named = "Feature '" + features.get(j - 1) + "' " + w.substring(prefix.length());
                    break;
                }
            }
            out.add(named);
        }
        return out;
    }
}
