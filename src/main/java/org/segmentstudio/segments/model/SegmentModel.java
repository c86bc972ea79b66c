package org.segmentstudio.segments.model;

import java.util.List;
import java.util.Map;
import org.segmentstudio.engine.Scaler;
import org.segmentstudio.segments.FeatureMatrixBuilder;

/**
 * A saved analysis: everything needed to put customers into the same segments again without
 * refitting — where the data came from, how it was read and encoded, the fitted scaling, the
 * centroids, the names the manager gave, and the figures to compare next month's fit with. Written
 * as JSON by {@link ModelFile}; the README documents the schema.
 *
 * @param schema     the schema version ({@link #SCHEMA})
 * @param app        the version of Segment Studio that wrote it
 * @param data       the data file it was found on
 * @param roles      the roles the user gave columns (column → NUMBER, CATEGORY or IDENTIFIER)
 * @param purchases  for customers built from a purchase log, how they were built; null otherwise
 * @param columns    the chosen feature columns, as picked
 * @param encodings  how each went into the matrix, in matrix order
 * @param missing    the missing-values policy (DROP, MEAN, MEDIAN)
 * @param scaling    the scaling (AUTO, LOG, ZSCORE, MINMAX, NONE)
 * @param transforms per matrix column, the fitted transform
 * @param k          segments
 * @param seed       the random seed
 * @param nInit      starts
 * @param centroids  per segment, the centre in the clustered (scaled) space, exactly as the run's
 *                   last assignment measured it
 * @param centroidsInUnits per segment, the centre in the data's own units
 * @param names      the segment names as the manager left them
 * @param rankBy     the ranking measure's column ("size" for size alone)
 * @param quality    the run's figures, and each segment's share and mean distance to its centre
 */
public record SegmentModel(int schema, String app, DataRef data, Map<String, String> roles, PurchaseBuild purchases,
                           List<String> columns, List<FeatureMatrixBuilder.Encoding> encodings, String missing,
                           String scaling, List<Transform> transforms, int k, long seed, int nInit,
                           double[][] centroids, double[][] centroidsInUnits, List<String> names, String rankBy,
                           Quality quality) {
    /** The version this build writes and reads; a file of a newer one is refused. */
    public static final int SCHEMA = 1;

    /**
     * @param path   the file's absolute path when saved
     * @param size   its size in bytes
     * @param sha256 its SHA-256, hex
     * @param rows   the rows it had (customers, or purchase lines for a purchase log)
     * @param sheet  the workbook's sheet, or null
     */
    public record DataRef(String path, long size, String sha256, int rows, String sheet) {
    }

    /**
     * How customers were built from a purchase log.
     *
     * @param columns   role → column (customer, date, order, amount, quantity, price, product), and carry
     * @param dateOrder ISO, COMPACT, MONTH_FIRST or DAY_FIRST
     * @param returns   LEAVE_OUT or NET
     * @param asOf      the as-of date (YYYY-MM-DD) the customers were built to
     */
    public record PurchaseBuild(Map<String, Object> columns, String dateOrder, String returns, String asOf) {
    }

    /**
     * One matrix column's fitted transform: {@code ((log ? sign·log1p : identity)(x) − offset) / factor}.
     */
    public record Transform(String feature, boolean log, double offset, double factor, boolean constant) {
    }

    /**
     * @param rowsUsed      customers segmented
     * @param inertia       the sum of squared distances, clustered space
     * @param silhouette    the mean silhouette, or null
     * @param shares        per segment, its share of the customers segmented
     * @param meanDistances per segment, its customers' mean distance to its centre, clustered space
     */
    public record Quality(int rowsUsed, double inertia, Double silhouette, double[] shares, double[] meanDistances) {
    }

    /** The fitted scaling, rebuilt. */
    public Scaler scaler() {
        int d = transforms.size();
        double[] offset = new double[d];
        double[] factor = new double[d];
        boolean[] constant = new boolean[d];
        boolean[] log = new boolean[d];
        for (int j = 0; j < d; j++) {
            Transform t = transforms.get(j);
            offset[j] = t.offset();
            factor[j] = t.factor();
            constant[j] = t.constant();
            log[j] = t.log();
        }
        return Scaler.of(offset, factor, constant, log);
    }
}
