package org.segmentstudio.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The value read ahead is taken once, on the thread that asks; otherwise, or after a failure, worked out there. */
class ReadAheadTest {
    @Test
    void theFirstGetAfterStartTakesTheValueWorkedOutOnTheOtherThread() {
        String caller = Thread.currentThread().getName();
        ReadAhead<String> ahead = new ReadAhead<>(() -> Thread.currentThread().getName());
        ahead.start("read-ahead-test");
        assertEquals("read-ahead-test", ahead.get());
        assertEquals(caller, ahead.get(), "taken once: the next is worked out where it is asked");
    }

    @Test
    void withoutStartTheValueIsWorkedOutWhereItIsAsked() {
        AtomicInteger runs = new AtomicInteger();
        ReadAhead<Integer> ahead = new ReadAhead<>(runs::incrementAndGet);
        assertEquals(1, ahead.get());
        assertEquals(2, ahead.get());
    }

    @Test
    void aFailureAheadSurfacesWhereTheValueIsNeeded() {
        AtomicInteger runs = new AtomicInteger();
        ReadAhead<String> ahead = new ReadAhead<>(() -> {
            runs.incrementAndGet();
            throw new IllegalStateException("the built-in sample cannot be read");
        });
        ahead.start("read-ahead-failing");
        IllegalStateException e = assertThrows(IllegalStateException.class, ahead::get);
        assertEquals("the built-in sample cannot be read", e.getMessage());
        assertEquals(2, runs.get(), "worked out again on the caller's thread");
    }

    @Test
    void startingTwiceStartsOneThread() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        ReadAhead<Integer> ahead = new ReadAhead<>(() -> {
            int n = runs.incrementAndGet();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return n;
        });
        ahead.start("read-ahead-once");
        ahead.start("read-ahead-once");
        Thread.sleep(200); // a second thread, had one started, would have counted by now
        assertEquals(1, runs.get());
        release.countDown();
        assertEquals(1, ahead.get());
    }

    @Test
    void anInterruptWhileWaitingKeepsTheValueAheadAndTheInterrupt() {
        AtomicInteger runs = new AtomicInteger();
        ReadAhead<Integer> ahead = new ReadAhead<>(() -> {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return runs.incrementAndGet();
        });
        ahead.start("read-ahead-slow");
        Thread.currentThread().interrupt();
        try {
            assertEquals(1, ahead.get(), "the value worked out ahead, not a second one");
            assertTrue(Thread.currentThread().isInterrupted(), "the interrupt is kept for the caller");
        } finally {
            Thread.interrupted();
        }
        assertEquals(1, runs.get());
    }
}
