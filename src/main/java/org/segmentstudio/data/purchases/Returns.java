package org.segmentstudio.data.purchases;

/** What a return or cancellation does to a customer's spend. */
public enum Returns {
    /** Left out of Monetary (the default); still counted in the returns share. */
    LEAVE_OUT,
    /** Subtracted from Monetary. */
    NET
}
