package org.segmentstudio.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Runs numbered chunks of work on a few threads. The pool belongs to one fit: it is created for it
 * and shut down by {@link #close()}, so no thread outlives the fit. The calling thread works too,
 * so {@code threads} is the number of threads busy, not the number started.
 *
 * <p>Which thread runs which chunk varies from run to run; callers keep results per chunk and
 * combine them in chunk order, which makes the outcome independent of the thread count.
 */
final class Workers implements AutoCloseable {
    private static final AtomicInteger POOL_NUMBER = new AtomicInteger();

    private final ExecutorService pool;
    private final int helpers;

    private Workers(ExecutorService pool, int helpers) {
        this.pool = pool;
        this.helpers = helpers;
    }

    /** A pool of {@code threads - 1} helpers, or none when one thread or one chunk is all there is. */
    static Workers create(int threads, int chunks) {
        int helpers = Math.min(threads, chunks) - 1;
        if (helpers <= 0) {
            return new Workers(null, 0);
        }
        int pool = POOL_NUMBER.incrementAndGet();
        AtomicInteger worker = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, "kmeans-" + pool + "-worker-" + worker.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        return new Workers(Executors.newFixedThreadPool(helpers, factory), helpers);
    }

    /** Runs {@code task} once for each chunk 0 … chunks-1 and returns when all are done. */
    void forEachChunk(int chunks, IntConsumer task) {
        if (pool == null || chunks < 2) {
            for (int c = 0; c < chunks; c++) {
                task.accept(c);
            }
            return;
        }
        AtomicInteger next = new AtomicInteger();
        Runnable drain = () -> {
            for (int c = next.getAndIncrement(); c < chunks; c = next.getAndIncrement()) {
                task.accept(c);
            }
        };
        List<Future<?>> futures = new ArrayList<>(helpers);
        for (int h = 0; h < helpers; h++) {
            futures.add(pool.submit(drain));
        }
        RuntimeException failure = null;
        try {
            drain.run();
        } catch (RuntimeException e) {
            failure = e;
            next.set(chunks);
        }
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancelledException();
            } catch (ExecutionException e) {
                if (failure == null) {
                    failure = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
            try {
                // The helpers are idle between passes, so they end at once; waiting makes "no thread
                // outlives the fit" true when fit returns, not shortly after.
                pool.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
