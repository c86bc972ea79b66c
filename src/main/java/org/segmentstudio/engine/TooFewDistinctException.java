package org.segmentstudio.engine;

/**
 * The customers take fewer different combinations of values on the chosen features than K asks for
 * segments (Gender alone: two, whatever K): a choice to change, not a fault, so it is told without details.
 */
public final class TooFewDistinctException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final int distinct;
    private final int k;

    public TooFewDistinctException(int distinct, int k, String message) {
        super(message);
        this.distinct = distinct;
        this.k = k;
    }

    public TooFewDistinctException(int distinct, int k) {
        this(distinct, k, "The customers have only " + (distinct == 1 ? "one combination" : distinct + " different combinations")
                + " of values on these features, fewer than K = " + k + ". Choose " + (distinct == 2 ? "K = 2, or "
                        : distinct > 2 ? "K = " + distinct + " or less, or " : "") + "other features.");
    }

    /** How many different combinations there are (counted up to K). */
    public int distinct() {
        return distinct;
    }

    public int k() {
        return k;
    }
}
