package org.segmentstudio.app;

import javafx.concurrent.Service;

/**
 * A {@link Service} of the app's: it runs on the {@link Background} pool, and {@link #restart()}
 * reports a cancellation only when it really cancels something.
 *
 * <p>Why: JavaFX's own {@code Service.restart()} sets the state to CANCELLED whenever the service
 * had a task, even one that finished long ago, so a service restarted after a successful run fires
 * its {@code onCancelled} handler before the new task starts. The main window took that for "the
 * run was stopped" and closed the new run's recording: every second Run drew nothing (issue 12).
 *
 * @param <T> the result
 */
public abstract class BackgroundService<T> extends Service<T> {
    protected BackgroundService() {
        setExecutor(Background.executor());
    }

    /**
     * Starts a new task. A task still scheduled or running is cancelled first, and only then is
     * {@code onCancelled} fired; a service that has finished (succeeded, failed or cancelled) is
     * reset and started without firing anything for the task it ran before.
     */
    @Override
    public void restart() {
        switch (getState()) {
            case SCHEDULED, RUNNING -> super.restart();
            case READY -> start();
            default -> {
                reset();
                start();
            }
        }
    }
}
