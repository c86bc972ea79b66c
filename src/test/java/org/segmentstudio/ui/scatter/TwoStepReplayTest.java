package org.segmentstudio.ui.scatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.segmentstudio.data.Samples;
import org.segmentstudio.engine.IterationSnapshot;
import org.segmentstudio.engine.KMeans;
import org.segmentstudio.engine.KMeansParams;
import org.segmentstudio.engine.KMeansResult;
import org.segmentstudio.engine.Scaling;
import org.segmentstudio.segments.FeatureMatrix;
import org.segmentstudio.segments.FeatureMatrixBuilder;
import org.segmentstudio.segments.MissingPolicy;

/**
 * The replay plays every iteration as k-means' two steps, assign then update, and the caption says
 * what each did in the data's words (issue 18). A known run on the mall sample.
 */
class TwoStepReplayTest {
    private static final List<String> FEATURES = List.of("Annual Income (k$)", "Spending Score (1-100)");

    private final List<IterationSnapshot> snapshots = new ArrayList<>();
    private final PlaybackModel m = new PlaybackModel();
    private FeatureMatrix fm;

    private void record() {
        fm = FeatureMatrixBuilder.build(Samples.mallCustomers(), FEATURES, MissingPolicy.DROP);
        KMeansParams params = KMeansParams.defaults(5).withScaling(Scaling.NONE).withNInit(1).withSeed(3);
        FramePacker packer = new FramePacker(1, null);
        List<ScatterFrame> frames = new ArrayList<>();
        KMeansResult r = KMeans.fit(fm.matrix(), params, s -> {
            snapshots.add(new IterationSnapshot(s.restart(), s.iteration(), s.centroids(), s.labels().clone(),
                    s.inertia(), s.changed(), s.converged()));
            frames.add(packer.apply(s));
        }, () -> false);
        m.begin(1, 1);
        m.accept(frames);
        m.finish(r.bestRestart());
        m.toStart();
    }

    private String caption() {
        PointCloud cloud = PointCloud.of(fm);
        return Captions.of(m, fm.features(), cloud.spread(), Captions.Start.KMEANS_PLUS_PLUS);
    }

    @Test
    void eachIterationIsAnAssignmentThenAnUpdateAndTheCountsAreTheEngines() {
        record();
        int last = snapshots.size() - 1;
        assertTrue(last >= 2, "a run of a few iterations");
        List<String> seen = new ArrayList<>();
        seen.add(m.phaseProperty().get() + " " + m.positionProperty().get());
        for (int guard = 0; guard < 100 && !m.isAtEnd(); guard++) {
            m.stepForward();
            m.tick(guard * 1_000_000_000L);
            m.tick(guard * 1_000_000_000L + 999_999_999L); // every glide done
            seen.add(m.phaseProperty().get() + " " + m.positionProperty().get());
            if (m.phaseProperty().get() == PlaybackModel.Phase.ASSIGNED && m.positionProperty().get() > 0) {
                int f = m.positionProperty().get();
                byte[] before = m.labelsAt(f - 1).clone(); // the record decodes into one buffer
                byte[] after = m.labelsAt(f);
                int changed = 0;
                for (int i = 0; i < after.length; i++) {
                    changed += before[i] != after[i] ? 1 : 0;
                }
                assertEquals(snapshots.get(f).changed(), changed, "the customers recoloured at step " + (f + 1)
                        + " are those the engine moved");
                assertEquals(snapshots.get(f).changed(), m.frame(f).changedPoints().length);
            }
        }
        List<String> expected = new ArrayList<>(List.of("START 0", "ASSIGNED 0"));
        for (int f = 1; f <= last; f++) {
            expected.add("UPDATED " + f);
            expected.add("ASSIGNED " + f);
        }
        assertEquals(expected, seen, "start, then assign before update in every step");
    }

    @Test
    void theCaptionsSayWhatEachStepDidInTheDatasWords() {
        record();
        assertEquals("Start · 5 starting centres, spread out: each new one far from the others (k-means++)", caption());
        m.stepForward();
        assertEquals("Step 1 · Assign: every customer takes the colour of its nearest centre", caption());
        m.stepForward();
        double income = 0;
        double spending = 0;
        for (int c = 0; c < 5; c++) {
            income = Math.max(income, Math.abs(snapshots.get(1).centroids()[c][0] - snapshots.get(0).centroids()[c][0]));
            spending = Math.max(spending, Math.abs(snapshots.get(1).centroids()[c][1] - snapshots.get(0).centroids()[c][1]));
        }
        String caption = caption();
        assertTrue(caption.startsWith("Step 1 · Update: each centre moved to the middle of its customers, by at most "),
                caption);
        assertTrue(caption.contains(Captions.amount(income, FEATURES.get(0))), caption);
        assertTrue(caption.contains(Captions.amount(spending, FEATURES.get(1))), caption);
        m.stepForward();
        assertEquals("Step 2 · Assign: " + snapshots.get(1).changed() + " customers moved to a nearer centre", caption());
        m.skipToEnd();
        assertEquals("Converged: no customer changed segment — these are the segments", caption());
    }

    @Test
    void unitsComeFromTheColumnNames() {
        assertEquals("2.1 k$ of income", Captions.amount(2.1, "Annual Income (k$)"));
        assertEquals("0.90 k$ of income", Captions.amount(0.897, "Annual Income (k$)"), "two figures below one");
        assertEquals("3.4 points of spending", Captions.amount(3.4, "Spending Score (1-100)"));
        assertEquals("1.5 in age", Captions.amount(1.5, "Age"));
        assertEquals("1,204 EUR of spend", Captions.amount(1204, "Spend (EUR)"));
    }

    @Test
    void theHelpSaysKAndStartsOfThisRun() {
        record();
        List<String> s = HowItWorks.sentences(m, PointCloud.of(fm));
        assertEquals(4, s.size());
        assertTrue(s.get(0).contains("income, spending"), s.get(0));
        assertTrue(s.get(1).startsWith("K is how many segments you ask for (5 here)"), s.get(1));
        assertTrue(s.get(2).contains("one start"), s.get(2));
    }
}
