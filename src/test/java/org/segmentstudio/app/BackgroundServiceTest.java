package org.segmentstudio.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.concurrent.Worker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Regression (issue 12): JavaFX's {@code Service.restart()} fires {@code onCancelled} for a task
 * that finished long ago, and the window closed the new run's recording on it.
 */
@ExtendWith(ApplicationExtension.class)
class BackgroundServiceTest {
    private final List<String> events = new ArrayList<>();

    private BackgroundStep<String> step() {
        BackgroundStep<String> s = new BackgroundStep<>();
        s.setOnSucceeded(e -> events.add("succeeded " + s.getValue()));
        s.setOnCancelled(e -> events.add("cancelled"));
        s.setOnFailed(e -> events.add("failed " + s.getException().getMessage()));
        return s;
    }

    private void runTo(FxRobot robot, BackgroundStep<String> s, Supplier<String> work, Worker.State end)
            throws Exception {
        robot.interact(() -> {
            s.configure(work);
            s.restart();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(s::getState).get() == end);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void restartingAfterASuccessOrAFailureCancelsNothing(FxRobot robot) throws Exception {
        BackgroundStep<String> s = step();
        runTo(robot, s, () -> "one", Worker.State.SUCCEEDED);
        runTo(robot, s, () -> "two", Worker.State.SUCCEEDED);
        runTo(robot, s, () -> {
            throw new IllegalStateException("three");
        }, Worker.State.FAILED);
        runTo(robot, s, () -> "four", Worker.State.SUCCEEDED);
        assertEquals(List.of("succeeded one", "succeeded two", "failed three", "succeeded four"), events);
    }

    @Test
    void restartingWhileATaskRunsCancelsThatTaskOnce(FxRobot robot) throws Exception {
        BackgroundStep<String> s = step();
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        robot.interact(() -> {
            s.configure(() -> {
                started.countDown();
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return "slow";
            });
            s.restart();
        });
        started.await(10, TimeUnit.SECONDS);
        runTo(robot, s, () -> "fast", Worker.State.SUCCEEDED);
        release.countDown();
        assertEquals(List.of("cancelled", "succeeded fast"), events, "the slow result is dropped");
    }
}
