package org.segmentstudio.ui.profiles;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The card's count of borderline customers reads as a person would say it ("2,614 of 2,614" did not). */
class BorderlineTextTest {
    @Test
    void someAllOrNone() {
        assertEquals("120 of 2,614 borderline", SegmentCard.borderline(120, 2_614));
        assertEquals("all 2,614 borderline", SegmentCard.borderline(2_614, 2_614));
        assertEquals("none borderline", SegmentCard.borderline(0, 2_614));
        assertEquals("the one customer borderline", SegmentCard.borderline(1, 1));
    }
}
