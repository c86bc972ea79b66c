package org.segmentstudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Counts in the status bar agree with their noun. */
class MessagesTest {
    @Test
    void oneCustomerIsACustomer() {
        assertEquals("1 customer left out: no value in Age", Messages.tr("status.leftOutMissing", 1, "Age"));
        assertEquals("2 customers left out: no value in Age, Income", Messages.tr("status.leftOutMissing", 2, "Age, Income"));
        assertEquals("1,234 customers left out: no value in Age", Messages.tr("status.leftOutMissing", 1234, "Age"));
    }
}
