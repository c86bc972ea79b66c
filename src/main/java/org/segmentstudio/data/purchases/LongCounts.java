package org.segmentstudio.data.purchases;

import java.util.Arrays;

/**
 * Counts per long key (a customer and an order, a customer and a day…), in two flat arrays: the
 * builder keeps one entry per distinct pair of a ten-million-line log, where boxed keys in a
 * HashMap would take ten times the memory.
 */
final class LongCounts {
    private static final long EMPTY = Long.MIN_VALUE;
    private long[] keys;
    private int[] counts;
    private int size;

    LongCounts() {
        keys = new long[1 << 10];
        counts = new int[keys.length];
        Arrays.fill(keys, EMPTY);
    }

    /** Adds one to the key's count; returns true when the key is new. */
    boolean add(long key) {
        int i = slot(keys, key);
        if (keys[i] == key) {
            counts[i]++;
            return false;
        }
        keys[i] = key;
        counts[i] = 1;
        if (++size * 2 > keys.length) {
            grow();
        }
        return true;
    }

    int size() {
        return size;
    }

    /** Calls {@code visit} with every key and its count, in no order. */
    void forEach(Visitor visit) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != EMPTY) {
                visit.accept(keys[i], counts[i]);
            }
        }
    }

    interface Visitor {
        void accept(long key, int count);
    }

    private static int slot(long[] keys, long key) {
        int mask = keys.length - 1;
        int i = (int) mix(key) & mask;
        while (keys[i] != EMPTY && keys[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private static long mix(long x) {
        x ^= x >>> 33;
        x *= 0xff51afd7ed558ccdL;
        x ^= x >>> 33;
        return x;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldCounts = counts;
        keys = new long[oldKeys.length * 2];
        counts = new int[keys.length];
        Arrays.fill(keys, EMPTY);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int j = slot(keys, oldKeys[i]);
                keys[j] = oldKeys[i];
                counts[j] = oldCounts[i];
            }
        }
    }
}
