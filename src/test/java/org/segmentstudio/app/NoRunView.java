package org.segmentstudio.app;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.segmentstudio.engine.IterationSnapshot;
import org.segmentstudio.engine.KMeansParams;
import org.segmentstudio.engine.KMeansResult;
import org.segmentstudio.segments.FeatureMatrix;

/** A run view with no picture: it keeps what the session told it, for tests of the session and of views beside it. */
public final class NoRunView implements RunView<Integer, Integer> {
    /** What the session told it, in order: "show 200", "clear", "begin 5", "frames 3", "finish" or "finish stopped". */
    public final List<String> told = new ArrayList<>();
    public int frames;

    @Override
    public Function<FeatureMatrix, Integer> preparer() {
        return fm -> fm.matrix().rows();
    }

    @Override
    public void show(FeatureMatrix features, Integer prepared) {
        told.add("show " + prepared);
    }

    @Override
    public void clear() {
        told.add("clear");
    }

    @Override
    public double[][] placedStarts(int k) {
        return null;
    }

    @Override
    public Function<IterationSnapshot, Integer> begin(KMeansParams params) {
        told.add("begin " + params.k());
        return IterationSnapshot::iteration;
    }

    @Override
    public void frames(List<Integer> batch) {
        frames += batch.size();
    }

    @Override
    public void finish(KMeansResult result) {
        told.add(result == null ? "finish stopped" : "finish");
    }
}
