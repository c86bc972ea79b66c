package org.segmentstudio.data;

/** What a column holds, as the importer inferred it from the cells. */
public enum ColumnKind {
    /** Every non-missing cell is a number; a candidate feature. */
    NUMERIC,
    /** Unique integer-like values such as CustomerID: numeric, but never a sensible feature. */
    IDENTIFIER,
    /** Text values with repeats, such as Gender. */
    CATEGORICAL
}
