package org.segmentstudio.cli;

import java.util.List;
import org.segmentstudio.segments.SegmentEntry;

/**
 * What {@code segment} prints. Arrays indexed by segment ({@code centroids}, {@code sizes}) share
 * one order, segment 1 first, so a per-segment array added later lines up with them.
 *
 * @param inertia    in the clustered (scaled) space
 * @param silhouette in the clustered space; null when it does not exist (K = 1)
 * @param centroids  one row per segment, in the data's own units, in {@code features} order
 * @param output     the labeled CSV written, or null
 * @param segments   one entry per segment, segment 1 first: name, size, share, whether to start there, why, what to do
 * @param report     the HTML report written, or null
 */
record SegmentReport(int rowsUsed, int rowsSkipped, int k, int iterations, boolean converged, double inertia,
                     Double silhouette, double[][] centroids, int[] sizes, long msImport, long msCluster,
                     List<String> features, String scale, java.util.Map<String, String> transforms,
                     int silhouetteRows, boolean silhouetteSampled,
                     List<String> warnings, String output, List<SegmentEntry> segments, String report) {
}
