package org.segmentstudio.segments.report;

/**
 * How a result was found, for the report's "How these segments were found".
 *
 * @param starts     how many starts k-means made (the tightest was kept)
 * @param iterations the steps the kept start took
 * @param moved      customers that still changed segment in its last step (0 when it converged so)
 * @param converged  whether it stopped because the segments settled (not at the iteration limit)
 */
public record RunFacts(int starts, int iterations, int moved, boolean converged) {
    public RunFacts {
        if (starts < 1 || iterations < 0 || moved < 0) {
            throw new IllegalArgumentException("starts >= 1, iterations and moved >= 0");
        }
    }
}
