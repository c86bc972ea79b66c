package org.segmentstudio.app;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Carries items from a background thread to the FX thread in batches: however fast the producer,
 * at most one {@code Platform.runLater} is pending at a time, and it hands over everything that
 * arrived since the last one.
 *
 * @param <T> the item, which must be immutable
 */
public final class FxDispatcher<T> {
    private final ConcurrentLinkedQueue<T> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final Consumer<List<T>> consumer;

    /** @param consumer called on the FX thread with the items in arrival order */
    public FxDispatcher(Consumer<List<T>> consumer) {
        this.consumer = consumer;
    }

    /** Safe from any thread. */
    public void offer(T item) {
        queue.add(item);
        if (scheduled.compareAndSet(false, true)) {
            Platform.runLater(this::drain);
        }
    }

    /** Hands over whatever is queued now; on the FX thread. */
    public void drain() {
        scheduled.set(false);
        List<T> batch = new ArrayList<>();
        for (T t; (t = queue.poll()) != null; ) {
            batch.add(t);
        }
        if (!batch.isEmpty()) {
            consumer.accept(batch);
        }
    }
}
