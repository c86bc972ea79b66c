package org.segmentstudio.app;

import java.util.function.Supplier;
import javafx.concurrent.Task;

/**
 * One piece of work done off the FX thread before the next step, such as building a run's feature
 * matrix from a million customers. A restart cancels the step still running; its result is then
 * dropped ({@code onSucceeded} fires only for the latest).
 *
 * @param <T> the result, which must be immutable or owned by the receiver
 */
public final class BackgroundStep<T> extends BackgroundService<T> {
    private Supplier<T> work;


    /**
     * Sets what the next {@link #restart()} computes. FX thread only.
     *
     * @param work runs on a background thread: it must read no control, only values it captured
     */
    public void configure(Supplier<T> work) {
        this.work = work;
    }

    @Override
    protected Task<T> createTask() {
        Supplier<T> w = work;
        return new Task<>() {
            @Override
            protected T call() {
                return w.get();
            }
        };
    }
}
