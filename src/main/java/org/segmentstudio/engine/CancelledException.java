package org.segmentstudio.engine;

/** The run was cancelled by its caller; no result exists. */
public final class CancelledException extends RuntimeException {
    public CancelledException() {
        super("k-means run cancelled");
    }
}
