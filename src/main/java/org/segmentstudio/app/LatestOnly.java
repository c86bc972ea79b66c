package org.segmentstudio.app;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * Computes something in the background and hands the result to the FX thread, keeping only the
 * latest request: work asked for again before it started is skipped, and a result that a newer
 * request has overtaken is dropped. For pictures that follow the user (shading under a moving
 * view), where only the newest one matters.
 *
 * @param <T> the result, which must be immutable or owned by the receiver
 */
public final class LatestOnly<T> {
    private final AtomicLong ticket = new AtomicLong();
    private final Executor executor;
    private final Consumer<T> onResult;

    /** Runs on the shared background pool. */
    public LatestOnly(Consumer<T> onResult) {
        this(Background.executor(), onResult);
    }

    /** @param onResult called on the FX thread with the result of the latest request */
    public LatestOnly(Executor executor, Consumer<T> onResult) {
        this.executor = executor;
        this.onResult = onResult;
    }

    /** Asks for {@code work} to be done; FX thread. */
    public void submit(Supplier<T> work) {
        long mine = ticket.incrementAndGet();
        executor.execute(() -> {
            if (ticket.get() != mine) {
                return;
            }
            T result = work.get();
            Platform.runLater(() -> {
                if (ticket.get() == mine) {
                    onResult.accept(result);
                }
            });
        });
    }

    /** Drops whatever is pending. */
    public void cancel() {
        ticket.incrementAndGet();
    }
}
