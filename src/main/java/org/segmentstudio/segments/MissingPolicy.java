package org.segmentstudio.segments;

/** What to do with a customer whose chosen feature has no value. */
public enum MissingPolicy {
    /** Leave the customer out of clustering; it is still exported, with no segment. */
    DROP,
    /** Fill the gap with the feature's mean. */
    MEAN,
    /** Fill the gap with the feature's median. */
    MEDIAN
}
