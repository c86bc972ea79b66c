package org.segmentstudio.ui.scatter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The iterations of one restart, in order, and the segments of the displayed points at any of
 * them: rebuilt from the nearest full copy plus the recorded changes, and cached, so stepping one
 * iteration either way costs only the points that changed.
 */
final class RecordedRun {
    private final List<ScatterFrame> frames = new ArrayList<>();
    private int cachedIndex = -1;
    private byte[] cached;

    void add(ScatterFrame f) {
        if (frames.isEmpty() && !f.isKey()) {
            throw new IllegalArgumentException("a run starts with a full copy of the segments");
        }
        frames.add(f);
    }

    int size() {
        return frames.size();
    }

    boolean isEmpty() {
        return frames.isEmpty();
    }

    ScatterFrame get(int i) {
        return frames.get(i);
    }

    int restart() {
        return frames.isEmpty() ? -1 : frames.get(0).restart();
    }

    double finalInertia() {
        return frames.isEmpty() ? Double.POSITIVE_INFINITY : frames.get(frames.size() - 1).inertia();
    }

    /** Segments of the displayed points at frame {@code i}; do not modify the returned array. */
    byte[] labelsAt(int i) {
        if (i == cachedIndex) {
            return cached;
        }
        int key = i;
        while (!frames.get(key).isKey()) {
            key--;
        }
        if (cachedIndex > i && cachedIndex - i <= FramePacker.KEY_EVERY) {
            for (int f = cachedIndex; f > i; f--) {
                ScatterFrame fr = frames.get(f);
                apply(fr.changedPoints(), fr.before());
            }
        } else if (cachedIndex >= key && cachedIndex < i) {
            for (int f = cachedIndex + 1; f <= i; f++) {
                ScatterFrame fr = frames.get(f);
                apply(fr.changedPoints(), fr.after());
            }
        } else {
            cached = Arrays.copyOf(frames.get(key).keyLabels(), frames.get(key).keyLabels().length);
            for (int f = key + 1; f <= i; f++) {
                ScatterFrame fr = frames.get(f);
                apply(fr.changedPoints(), fr.after());
            }
        }
        cachedIndex = i;
        return cached;
    }

    private void apply(int[] idx, byte[] values) {
        for (int c = 0; c < idx.length; c++) {
            cached[idx[c]] = values[c];
        }
    }
}
