package org.segmentstudio.data;

import java.io.IOException;
import java.util.List;

/**
 * A file's records one at a time, for passes that must not hold the whole file (a purchase log of
 * ten million lines): a CSV streamed from disk, or a workbook's sheet already read.
 */
public interface LineSource extends AutoCloseable {
    /** How messages name the source: the file's name. */
    String name();

    /** The header row's cells, stripped. */
    List<String> header();

    /** The next record's cells (blank lines skipped), or null at the end. */
    String[] next() throws IOException, DataFormatException;

    /** The file line the last record started on, as messages name it. */
    long line();

    /** How far through the source the reading is, 0 to 1. */
    double fraction();

    /** Whether numbers in the source are written with a decimal comma ("12,50"). */
    boolean decimalComma();

    @Override
    void close() throws IOException;
}
