package org.segmentstudio.ui.scatter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.segmentstudio.ui.Messages;

/**
 * Regression: the legend read "High income · High spending · 39", the count one more part of the name;
 * now it stands apart in brackets, as a count of customers does.
 */
class LegendTextTest {

    @Test
    void theCountOfCustomersStandsApartFromTheName() {
        assertEquals("Big spenders (39)", Messages.tr("scatter.legend", "Big spenders", 39L));
        assertEquals("Big spenders (≈120)", Messages.tr("scatter.legend.about", "Big spenders", 120L));
    }
}
