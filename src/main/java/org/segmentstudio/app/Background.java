package org.segmentstudio.app;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one pool that background work runs on. Its threads are daemons, so closing the window ends
 * the program even if a run is still going, and they run at the lowest priority (as do the k-means
 * workers they start, which inherit it): where the JVM honours priorities (the installed app turns
 * that on for Linux) the FX thread and the renderer come first on a machine with few cores.
 */
public final class Background {
    private static final AtomicInteger COUNT = new AtomicInteger();
    private static final ExecutorService POOL = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "segment-studio-worker-" + COUNT.incrementAndGet());
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        return t;
    });

    private Background() {
    }

    public static ExecutorService executor() {
        return POOL;
    }
}
