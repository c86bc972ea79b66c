package org.segmentstudio.data;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Another source's records read ahead on a thread of their own, in blocks: the parsing of a big CSV
 * and the work done with its records share the machine's two cores instead of taking turns. The
 * records, their order and their line numbers are the source's; its failures reach {@link #next()}.
 */
public final class PrefetchedLines implements LineSource {
    private static final int BLOCK = 4_096;
    private static final Block END = new Block(new String[0][], new long[0], 0, null);

    private record Block(String[][] cells, long[] lines, int size, Throwable failure) {
    }

    private final LineSource source;
    private final BlockingQueue<Block> blocks = new ArrayBlockingQueue<>(8);
    private final Thread reader;
    private volatile boolean closed;
    private Block current;
    private int index;
    private long line;

    public PrefetchedLines(LineSource source) {
        this.source = source;
        reader = new Thread(this::readAhead, "read-ahead " + source.name());
        reader.setDaemon(true);
        reader.start();
    }

    private void readAhead() {
        try {
            while (!closed) {
                String[][] cells = new String[BLOCK][];
                long[] lines = new long[BLOCK];
                int n = 0;
                String[] rec;
                while (n < BLOCK && (rec = source.next()) != null) {
                    cells[n] = rec;
                    lines[n++] = source.line();
                }
                if (n > 0) {
                    put(new Block(cells, lines, n, null));
                }
                if (n < BLOCK) {
                    put(END);
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Throwable e) { // an OutOfMemoryError too: the reader must hear of it, never wait for ever
            try {
                put(new Block(null, null, 0, e));
            } catch (InterruptedException stop) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void put(Block b) throws InterruptedException {
        while (!closed && !blocks.offer(b, 100, TimeUnit.MILLISECONDS)) {
            // the consumer is busy; try again unless closed
        }
    }

    @Override
    public String name() {
        return source.name();
    }

    @Override
    public List<String> header() {
        return source.header();
    }

    @Override
    public String[] next() throws IOException, DataFormatException {
        if (current == null || index == current.size()) {
            if (current == END) {
                return null;
            }
            try {
                current = blocks.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while reading " + source.name(), e);
            }
            index = 0;
            if (current.failure() != null) {
                Throwable f = current.failure();
                current = END;
                if (f instanceof IOException io) {
                    throw io;
                }
                if (f instanceof DataFormatException d) {
                    throw d;
                }
                if (f instanceof Error err) {
                    throw err;
                }
                throw (RuntimeException) f;
            }
            if (current == END) {
                return null;
            }
        }
        line = current.lines()[index];
        return current.cells()[index++];
    }

    @Override
    public long line() {
        return line;
    }

    @Override
    public double fraction() {
        return source.fraction();
    }

    @Override
    public boolean decimalComma() {
        return source.decimalComma();
    }

    @Override
    public void close() throws IOException {
        closed = true;
        reader.interrupt();
        try {
            reader.join(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        source.close();
    }
}
