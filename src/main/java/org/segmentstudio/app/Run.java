package org.segmentstudio.app;

import java.util.List;
import org.segmentstudio.data.Dataset;
import org.segmentstudio.segments.export.SegmentLabels;
import org.segmentstudio.engine.KMeansParams;
import org.segmentstudio.engine.KMeansResult;
import org.segmentstudio.engine.Matrix;
import org.segmentstudio.segments.FeatureMatrix;
import org.segmentstudio.segments.MissingPolicy;
import org.segmentstudio.segments.SegmentAnalysis;
import org.segmentstudio.segments.SegmentLabelsBuilder;

/**
 * One finished run, everything that belongs to it in one immutable value: the data and features it
 * clustered, the parameters (with their scaling), the result, the profile analysis once it is
 * ready, and the segment names as the user edited them.
 *
 * @param features     the customers as clustered, in the data's own units
 * @param missing      what was done with customers missing a feature
 * @param withGaps     the chosen features that had missing values (dropped or filled as chosen)
 * @param analysis     the segments' profiles, names and ranking; null until analysed
 * @param names        one name per segment as the user sees them; empty until analysed
 */
public record Run(Dataset data, FeatureMatrix features, MissingPolicy missing, KMeansParams params,
                  KMeansResult result, List<String> withGaps, SegmentAnalysis analysis, List<String> names) {
    public Run {
        withGaps = List.copyOf(withGaps);
        names = List.copyOf(names);
    }

    static Run finished(Dataset data, FeatureMatrix features, MissingPolicy missing, KMeansParams params,
                        KMeansResult result, List<String> withGaps) {
        return new Run(data, features, missing, params, result, withGaps, null, List.of());
    }

    /** The same run with its analysis, named as the analysis names the segments. */
    Run analysed(SegmentAnalysis a) {
        return new Run(data, features, missing, params, result, withGaps, a, a.initialNames());
    }

    /**
     * Whether this run was made with what {@code c} chooses: the same features (in any order), K,
     * scaling and missing-value policy (that one only where a feature had gaps; not where it started:
     * placed centres are not a choice).
     */
    public boolean madeWith(Choice c) {
        return c != null && clusteredColumns(c.features()) && params.k() == c.k() && params.scaling() == c.scaling()
                && (missing == c.missing() || withGaps.isEmpty());
    }

    /**
     * The data's columns it clustered, numbers first: a category column once, where the features are
     * its one-hot parts ("Gender=Female", "Gender=Male").
     */
    public List<String> columns() {
        return org.segmentstudio.segments.model.ModelBuilder.columnsOf(data, features.features());
    }

    /** Whether it clustered exactly these columns, in whatever order they were chosen. */
    public boolean clusteredColumns(List<String> chosen) {
        List<String> mine = columns();
        return mine.size() == chosen.size() && new java.util.HashSet<>(mine).containsAll(chosen);
    }

    /** The same run with the names the user gave its segments. */
    Run named(List<String> newNames) {
        return new Run(data, features, missing, params, result, withGaps, analysis, newNames);
    }

    /** The customers in the space k-means measured distances in (the run's scaling applied). */
    public Matrix clustered() {
        return params.scaling().apply(features.matrix());
    }

    /**
     * Every row's segment under the names shown now. Reads every customer: call it off the FX thread.
     */
    public SegmentLabels labels() {
        return names.size() == result.k()
                ? SegmentLabelsBuilder.build(data, features, result, names)
                : SegmentLabelsBuilder.build(data, features, result);
    }
}
