package org.segmentstudio.data;

import java.util.Arrays;

/**
 * The few cells of a numeric column whose text must be kept as written, by row. Rows are added
 * in increasing order while reading and looked up by binary search; after {@link #trim()} the
 * store is never changed again.
 */
final class SparseText {
    static final SparseText EMPTY = new SparseText(0).trim();

    private int[] rows;
    private String[] texts;
    private int count;

    SparseText(int capacity) {
        rows = new int[Math.max(capacity, 0)];
        texts = new String[rows.length];
    }

    void add(int row, String text) {
        if (count == rows.length) {
            int grown = Math.max(8, count * 2);
            rows = Arrays.copyOf(rows, grown);
            texts = Arrays.copyOf(texts, grown);
        }
        rows[count] = row;
        texts[count] = text;
        count++;
    }

    SparseText trim() {
        if (rows.length != count) {
            rows = Arrays.copyOf(rows, count);
            texts = Arrays.copyOf(texts, count);
        }
        return this;
    }

    /** The kept text of a row, or null when the row's value renders to its text. */
    String get(int row) {
        if (count == 0) {
            return null;
        }
        int i = Arrays.binarySearch(rows, 0, count, row);
        return i >= 0 ? texts[i] : null;
    }

    int size() {
        return count;
    }
}
