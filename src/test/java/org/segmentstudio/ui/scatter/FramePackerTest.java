package org.segmentstudio.ui.scatter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.segmentstudio.engine.IterationSnapshot;

class FramePackerTest {
    private static final double[][] CENTROIDS = {{0, 0}, {1, 1}, {2, 2}};

    private static IterationSnapshot snap(int restart, int iteration, int[] labels) {
        return new IterationSnapshot(restart, iteration, CENTROIDS, labels.clone(), 100 - iteration, 0, false);
    }

    @Test
    void theSampleKeepsOnlyTheChosenRowsOneBytePerPoint() {
        FramePacker packer = new FramePacker(7, new int[] {1, 3});
        ScatterFrame f = packer.apply(snap(0, 0, new int[] {0, 2, 1, 1, 0}));
        assertEquals(7, f.run());
        assertArrayEquals(new byte[] {2, 1}, f.keyLabels());
    }

    @Test
    void laterIterationsStoreOnlyTheChangesWithTheirBeforeAndAfter() {
        FramePacker packer = new FramePacker(1, null);
        packer.apply(snap(0, 0, new int[] {0, 0, 1, 2}));
        ScatterFrame f = packer.apply(snap(0, 1, new int[] {0, 1, 1, 0}));
        assertNull(f.keyLabels());
        assertArrayEquals(new int[] {1, 3}, f.changedPoints());
        assertArrayEquals(new byte[] {0, 2}, f.before());
        assertArrayEquals(new byte[] {1, 0}, f.after());
    }

    @Test
    void aNewRestartStartsWithAFullCopy() {
        FramePacker packer = new FramePacker(1, null);
        packer.apply(snap(0, 0, new int[] {0, 1}));
        packer.apply(snap(0, 1, new int[] {1, 1}));
        ScatterFrame f = packer.apply(snap(1, 0, new int[] {2, 2}));
        assertArrayEquals(new byte[] {2, 2}, f.keyLabels());
        assertEquals(0, f.changedPoints().length);
    }

    @Test
    void labelsOfAnyIterationAreRebuiltExactlyForwardBackwardAndAcrossFullCopies() {
        SplittableRandom random = new SplittableRandom(3);
        int n = 500;
        int[] labels = new int[n];
        List<int[]> truth = new ArrayList<>();
        RecordedRun run = new RecordedRun();
        FramePacker packer = new FramePacker(1, null);
        for (int it = 0; it < 3 * FramePacker.KEY_EVERY + 5; it++) {
            for (int c = 0; c < 40; c++) {
                labels[random.nextInt(n)] = random.nextInt(3);
            }
            truth.add(labels.clone());
            run.add(packer.apply(snap(0, it, labels)));
        }
        int[] visits = {run.size() - 1, 0, 20, 19, 18, 40, 35, 2, run.size() - 1, 17, 16, 15, 33};
        for (int v : visits) {
            byte[] got = run.labelsAt(v);
            for (int i = 0; i < n; i++) {
                assertEquals(truth.get(v)[i], ScatterFrame.segment(got[i]), "iteration " + v + ", point " + i);
            }
        }
    }
}
