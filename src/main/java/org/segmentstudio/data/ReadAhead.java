package org.segmentstudio.data;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * A value worked out on a thread of its own before it is needed, such as the sample while the
 * window toolkit starts (one core busy with the toolkit, the other idle): the first {@link #get}
 * after {@link #start} takes it; any other works it out then. A failure ahead is not kept: the
 * value is worked out again, and the same failure then surfaces where it is needed.
 */
public final class ReadAhead<T> {
    private final Supplier<T> work;
    private final AtomicReference<FutureTask<T>> ahead = new AtomicReference<>();

    public ReadAhead(Supplier<T> work) {
        this.work = work;
    }

    /** Starts working the value out on a daemon thread of this name, unless that is under way already. */
    public void start(String threadName) {
        FutureTask<T> task = new FutureTask<>(work::get);
        if (ahead.compareAndSet(null, task)) {
            Thread thread = new Thread(task, threadName);
            thread.setDaemon(true);
            thread.start();
        }
    }

    /** The value worked out ahead (waiting for it if need be), or worked out now. */
    public T get() {
        FutureTask<T> task = ahead.getAndSet(null);
        if (task == null) {
            return work.get();
        }
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true; // the value is moments away: waited for, the interrupt kept for the caller
                } catch (ExecutionException e) {
                    return work.get(); // worked out again, where its failure is the caller's to see
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
