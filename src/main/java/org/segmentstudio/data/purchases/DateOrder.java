package org.segmentstudio.data.purchases;

/** How a date column writes its dates, as found from its cells or told by the user. */
public enum DateOrder {
    /** 2010-12-01, 2010-12-01 08:26, 2010-12-01T08:26:00. */
    ISO,
    /** 20101201. */
    COMPACT,
    /** 12/1/2010 8:26: month first, as in the United States. */
    MONTH_FIRST,
    /** 01/12/2010 08:26: day first, as in most of Europe. */
    DAY_FIRST
}
