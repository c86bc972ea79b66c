package org.segmentstudio.engine.metrics;

/**
 * How one K scored in {@link KAdvisor}.
 *
 * @param k                     segments
 * @param inertia               the fit's inertia, in the clustered space
 * @param silhouette            mean silhouette (see {@link KAdvice#silhouetteRows()} for exact or sampled)
 * @param calinskiHarabasz      Calinski–Harabasz index
 * @param daviesBouldin         Davies–Bouldin index
 * @param smallestSegmentShare  the smallest segment's share of the customers, 0 to 1
 */
public record KScore(int k, double inertia, double silhouette, double calinskiHarabasz, double daviesBouldin,
                     double smallestSegmentShare) {
}
