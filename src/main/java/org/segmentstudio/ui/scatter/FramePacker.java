package org.segmentstudio.ui.scatter;

import java.util.Arrays;
import java.util.function.Function;
import org.segmentstudio.engine.IterationSnapshot;

/**
 * Turns each engine snapshot into a compact {@link ScatterFrame}. Runs on the engine's thread,
 * once per iteration and in order, so the FX thread never touches a million-entry label array.
 * One packer serves one run.
 */
public final class FramePacker implements Function<IterationSnapshot, ScatterFrame> {
    /** A full copy of the sample's segments is kept every this many iterations. */
    static final int KEY_EVERY = 16;

    private final long run;
    private final int[] sample;
    private byte[] previous;
    /** The array before {@code previous}, reused: a fresh megabyte per iteration kept the collector busy. */
    private byte[] spare;
    private int restart = -1;

    /**
     * @param run    tag of the run, copied into every frame
     * @param sample matrix rows of the displayed points, or null when every row is displayed
     */
    public FramePacker(long run, int[] sample) {
        this.run = run;
        this.sample = sample == null ? null : sample.clone();
    }

    @Override
    public ScatterFrame apply(IterationSnapshot s) {
        if (s.k() > 256) {
            throw new IllegalArgumentException("The scatter shows at most 256 segments, got " + s.k());
        }
        int[] labels = s.labels();
        int m = sample == null ? labels.length : sample.length;
        byte[] now = spare != null && spare.length == m ? spare : new byte[m];
        for (int j = 0; j < m; j++) {
            now[j] = (byte) labels[sample == null ? j : sample[j]];
        }
        boolean fresh = s.restart() != restart || previous == null || previous.length != m;
        restart = s.restart();
        int[] idx = new int[0];
        byte[] before = new byte[0];
        byte[] after = new byte[0];
        if (!fresh) {
            int count = 0;
            for (int j = 0; j < m; j++) {
                if (now[j] != previous[j]) {
                    count++;
                }
            }
            idx = new int[count];
            before = new byte[count];
            after = new byte[count];
            int c = 0;
            for (int j = 0; j < m; j++) {
                if (now[j] != previous[j]) {
                    idx[c] = j;
                    before[c] = previous[j];
                    after[c++] = now[j];
                }
            }
        }
        byte[] key = fresh || s.iteration() % KEY_EVERY == 0 ? Arrays.copyOf(now, m) : null;
        spare = previous;
        previous = now;
        return new ScatterFrame(run, s.restart(), s.iteration(), s.centroids(), s.inertia(), s.changed(),
                s.converged(), key, idx, before, after);
    }
}
