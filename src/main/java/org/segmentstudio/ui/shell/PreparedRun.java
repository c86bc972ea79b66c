package org.segmentstudio.ui.shell;

import java.util.List;
import java.util.function.Function;
import org.segmentstudio.data.Dataset;
import org.segmentstudio.segments.FeatureMatrix;
import org.segmentstudio.segments.FeatureMatrixBuilder;
import org.segmentstudio.segments.MissingPolicy;
import org.segmentstudio.ui.scatter.PointCloud;

/**
 * What a run needs before k-means starts, built off the FX thread: with a million customers the
 * feature matrix, the scatter's sample and the check for gaps each read every row.
 *
 * @param features the customers to cluster
 * @param cloud    how the scatter shows them
 * @param note     why customers were left out, or how gaps were filled; "" when none
 */
record PreparedRun(FeatureMatrix features, PointCloud cloud, String note) {

    /**
     * The work to hand to a background thread; it captures values only, never a control.
     *
     * @param cloudMaker from the scatter, made on the FX thread
     */
    static java.util.function.Supplier<PreparedRun> of(Dataset data, List<String> chosen, MissingPolicy missing,
                                                       Function<FeatureMatrix, PointCloud> cloudMaker) {
        List<String> features = List.copyOf(chosen);
        return () -> {
            FeatureMatrix fm = FeatureMatrixBuilder.build(data, features, missing);
            return new PreparedRun(fm, cloudMaker.apply(fm), ImportNotes.gaps(data, features, fm, missing));
        };
    }

    /** The customers as drawn before any run: complete rows only, and no note. */
    static java.util.function.Supplier<PreparedRun> picture(Dataset data, List<String> shown,
                                                            Function<FeatureMatrix, PointCloud> cloudMaker) {
        List<String> features = List.copyOf(shown);
        return () -> {
            FeatureMatrix fm = FeatureMatrixBuilder.build(data, features, MissingPolicy.DROP);
            return new PreparedRun(fm, cloudMaker.apply(fm), "");
        };
    }
}
