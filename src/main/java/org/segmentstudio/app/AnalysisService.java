package org.segmentstudio.app;

import javafx.concurrent.Service;
import javafx.concurrent.Task;
import org.segmentstudio.data.Dataset;
import org.segmentstudio.segments.FeatureMatrix;
import org.segmentstudio.segments.SegmentAnalysis;

/**
 * Profiles, names and ranks the segments of a result off the FX thread: on a million customers the
 * medians and mixes take about a second. A restart cancels the analysis of an older result.
 */
public final class AnalysisService extends Service<SegmentAnalysis> {
    private Dataset data;
    private FeatureMatrix features;
    private int[] labels;
    private int k;

    public AnalysisService() {
        setExecutor(Background.executor());
    }

    /**
     * Sets what the next {@link #restart()} analyses. FX thread only.
     *
     * @param labels a result's labels, read as they are: not copied (a million of them at the end
     *               of a run), so the caller must never change them
     */
    public void configure(Dataset data, FeatureMatrix features, int[] labels, int k) {
        this.data = data;
        this.features = features;
        this.labels = labels;
        this.k = k;
    }

    @Override
    protected Task<SegmentAnalysis> createTask() {
        Dataset d = data;
        FeatureMatrix f = features;
        int[] l = labels;
        int segments = k;
        return new Task<>() {
            @Override
            protected SegmentAnalysis call() {
                return SegmentAnalysis.of(d, f, l, segments);
            }
        };
    }
}
