package org.segmentstudio.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.segmentstudio.engine.KMeansParams;
import org.segmentstudio.engine.metrics.KAdvice;
import org.segmentstudio.engine.metrics.KAdvisor;
import org.segmentstudio.engine.metrics.KScore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code suggest-k}: scores a range of K and recommends one. */
@Command(name = "suggest-k", mixinStandardHelpOptions = true,
        description = "Cluster for each K in a range and recommend one from the silhouette and the elbow of the"
                + " inertia curve, never one that leaves a segment under 2 %% of the customers.")
final class SuggestKCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions opts;

    @Option(names = "--k-min", defaultValue = "2", paramLabel = "N", description = "Smallest K (default: ${DEFAULT-VALUE}).")
    int kMin;

    @Option(names = "--k-max", defaultValue = "10", paramLabel = "N", description = "Largest K (default: ${DEFAULT-VALUE}).")
    int kMax;

    @Option(names = "--n-init", defaultValue = "10", paramLabel = "N",
            description = "Restarts per K; the lowest inertia wins (default: ${DEFAULT-VALUE}).")
    int nInit;

    @Override
    public Integer call() {
        InputOptions.Loaded loaded = opts.load();
        KMeansParams base;
        try {
            base = KMeansParams.defaults(Math.max(1, kMin)).withNInit(nInit).withScaling(opts.scale)
                    .withSeed(opts.seed).withThreads(opts.threads());
        } catch (IllegalArgumentException e) {
            throw new UserInputException("invalid option: " + e.getMessage());
        }
        KAdvice advice;
        try {
            advice = KAdvisor.advise(loaded.features().matrix(), base, kMin, kMax, KAdvisor.Progress.NONE,
                    () -> false);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(opts.fileName() + ": " + e.getMessage());
        }
        List<SuggestKReport.Score> scores = new ArrayList<>();
        for (KScore s : advice.scores()) {
            scores.add(new SuggestKReport.Score(s.k(), s.inertia(), Json.number(s.silhouette()),
                    Json.number(s.calinskiHarabasz()), Json.number(s.daviesBouldin())));
        }
        SuggestKReport report = new SuggestKReport(advice.recommended(), advice.reason(), scores,
                advice.elbow().isPresent() ? advice.elbow().getAsInt() : null, advice.silhouetteRows(),
                advice.silhouetteSampled(), advice.searchedRows() < 0 ? null : advice.searchedRows());
        spec.commandLine().getOut().println(Json.write(report));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
