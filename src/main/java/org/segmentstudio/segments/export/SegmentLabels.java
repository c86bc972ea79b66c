package org.segmentstudio.segments.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What an export adds to each customer: the segment, the segment's name and how far the customer
 * is from the segment's centre. Built by the caller from a clustering result (see
 * {@code segments.SegmentLabelsBuilder}); this type knows nothing of the engine.
 *
 * @param segments  one per dataset row: the 1-based segment, or 0 for a customer left out of clustering
 * @param names     the segment names, {@code names.get(s - 1)} for segment s
 * @param distances one per dataset row: the distance to the segment's centre in the features' own
 *                  units; NaN where unknown (always for a customer left out)
 * @param features  the columns that were clustered on, in order
 * @param certainty one per dataset row: the share of its neighbours a customer keeps across refits
 *                  with other seeds (0 to 1; NaN where unknown); null when it was not assessed
 */
public record SegmentLabels(int[] segments, List<String> names, double[] distances, List<String> features,
                            double[] certainty) {
    /** Below this certainty a customer is borderline. */
    public static final double BORDERLINE_BELOW = 0.8;

    public SegmentLabels(int[] segments, List<String> names, double[] distances, List<String> features) {
        this(segments, names, distances, features, null);
    }

    public SegmentLabels {
        segments = segments.clone();
        distances = distances.clone();
        certainty = certainty == null ? null : certainty.clone();
        if (certainty != null && certainty.length != segments.length) {
            throw new IllegalArgumentException("one certainty per row is needed");
        }
        names = List.copyOf(names);
        features = List.copyOf(features);
        if (distances.length != segments.length) {
            throw new IllegalArgumentException("one distance per row is needed: " + distances.length
                    + " distances for " + segments.length + " rows");
        }
        for (int r = 0; r < segments.length; r++) {
            if (segments[r] < 0 || segments[r] > names.size()) {
                throw new IllegalArgumentException("row " + r + " has segment " + segments[r] + " but there are "
                        + names.size() + " segments");
            }
            if (segments[r] == 0) {
                distances[r] = Double.NaN;
            }
        }
    }

    /** Segments with the default names and no distances; for callers that have only the labels. */
    public static SegmentLabels of(int[] segments) {
        int k = Arrays.stream(segments).max().orElse(0);
        double[] none = new double[segments.length];
        Arrays.fill(none, Double.NaN);
        return new SegmentLabels(segments, defaultNames(k), none, List.of());
    }

    /** "Segment 1" … "Segment k": the names until better ones are given. */
    public static List<String> defaultNames(int k) {
        List<String> names = new ArrayList<>(k);
        for (int s = 1; s <= k; s++) {
            names.add("Segment " + s);
        }
        return names;
    }

    /** The same labels under other names, one per segment. */
    public SegmentLabels withNames(List<String> newNames) {
        if (newNames.size() != names.size()) {
            throw new IllegalArgumentException(names.size() + " segment names are needed, got " + newNames.size());
        }
        return new SegmentLabels(segments, newNames, distances, features, certainty);
    }

    /** The same labels with each row's certainty (NaN for a customer left out). */
    public SegmentLabels withCertainty(double[] perRow) {
        return new SegmentLabels(segments, names, distances, features, perRow);
    }

    public boolean hasCertainty() {
        return certainty != null;
    }

    /** A row's certainty; NaN when unknown or not assessed. */
    public double certainty(int row) {
        return certainty == null ? Double.NaN : certainty[row];
    }

    @Override
    public double[] certainty() {
        return certainty == null ? null : certainty.clone();
    }

    @Override
    public int[] segments() {
        return segments.clone();
    }

    @Override
    public double[] distances() {
        return distances.clone();
    }

    public int rowCount() {
        return segments.length;
    }

    public int segmentCount() {
        return names.size();
    }

    /** The 1-based segment of a row, 0 when the customer was left out. */
    public int segment(int row) {
        return segments[row];
    }

    /** The distance of a row to its segment's centre; NaN when unknown. */
    public double distance(int row) {
        return distances[row];
    }

    /** The name of 1-based segment s. */
    public String name(int segment) {
        return names.get(segment - 1);
    }

    /** Customers in each segment, index s - 1 for segment s. */
    public int[] sizes() {
        int[] sizes = new int[names.size()];
        for (int s : segments) {
            if (s > 0) {
                sizes[s - 1]++;
            }
        }
        return sizes;
    }
}
