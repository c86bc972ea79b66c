package org.segmentstudio.ui.shell;

import java.util.function.Supplier;
import org.segmentstudio.app.Run;
import org.segmentstudio.app.Session;
import org.segmentstudio.segments.SegmentAnalysis;
import org.segmentstudio.segments.report.ReportContent;
import org.segmentstudio.segments.report.RunFacts;
import org.segmentstudio.ui.Messages;
import org.segmentstudio.ui.export.ExportActions;
import org.segmentstudio.ui.export.ReportExport;
import org.segmentstudio.ui.profiles.ProfilesViewModel;
import org.segmentstudio.ui.scatter.PlaybackModel;

/** What File ▸ Export and Export report… write, taken from the session and the views as they are now. */
final class WindowExports {
    private final Session session;
    private final ProfilesViewModel cards;
    private final PlaybackModel replay;
    private final Supplier<String> dataName;

    WindowExports(Session session, ProfilesViewModel cards, PlaybackModel replay, Supplier<String> dataName) {
        this.session = session;
        this.cards = cards;
        this.replay = replay;
        this.dataName = dataName;
    }

    /** The data, its labels (built on the export's thread) and the file to protect; null before a run. */
    ExportActions.Session labeled() {
        Run run = session.runProperty().get();
        if (run == null) {
            return null;
        }
        Session.Firmness f = session.firmnessProperty().get();
        double[] shares = f != null && f.result() == run.result() ? f.stability().shares() : null;
        // With the firmness measured, each customer's certainty goes into the export too.
        return new ExportActions.Session(run.data(), shares == null ? run::labels
                : () -> run.labels().withCertainty(org.segmentstudio.segments.SegmentLabelsBuilder.perRow(run.features(),
                        shares)), session.fileProperty().get());
    }

    /** The cards as they are now — ranked by the measure chosen, named as named — and the K charts if made for this run. */
    ReportExport.Session report() {
        Run run = session.runProperty().get();
        SegmentAnalysis ranked = cards.analysisProperty().get();
        if (run == null || run.analysis() == null || ranked == null) {
            return null;
        }
        Session.KScores k = session.kScoresProperty().get();
        ReportContent content = new ReportContent(dataName.get(), Messages.tr("scaling." + run.params().scaling().name()),
                ranked, cards.segmentNamesProperty().get(), null, null, k != null && k.madeFor(run) ? k.data() : null,
                facts(run));
        Session.Comparison compared = session.comparisonProperty().get();
        if (compared != null) {
            content = content.withMigration(compared.migration(), compared.before().getFileName().toString());
        }
        return new ReportExport.Session(content, session.fileProperty().get(), ExportActions.baseName(run.data()));
    }

    /** The run's own numbers: starts, steps, and who still moved in the last one (from the replay of the kept start). */
    private RunFacts facts(Run run) {
        boolean kept = replay.frameCountProperty().get() > 0 && replay.shownStartProperty().get() == run.result().bestRestart();
        return new RunFacts(run.params().nInit(), run.result().iterations(), kept ? replay.changedInLastStep() : 0,
                run.result().converged());
    }
}
