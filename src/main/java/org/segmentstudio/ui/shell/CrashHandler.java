package org.segmentstudio.ui.shell;

import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;

/**
 * The last resort for errors nobody caught, on any thread: the details go to the log file and
 * the user sees one plain dialog. The program keeps running, so the data that is open stays open.
 */
public final class CrashHandler implements Thread.UncaughtExceptionHandler {
    /** Looked up when used, not as the class loads (as PreferenceStore's: the first logger starts java.util.logging). */
    private static System.Logger log() {
        return System.getLogger(CrashHandler.class.getName());
    }
    private final ErrorReporter reporter;
    private final AtomicBoolean dialogOpen = new AtomicBoolean();
    private Thread.UncaughtExceptionHandler previousDefault;
    private Thread fxThread;
    private Thread.UncaughtExceptionHandler previousFx;

    public CrashHandler(ErrorReporter reporter) {
        this.reporter = reporter;
    }

    /** Becomes the handler of every thread and of the FX thread. Call on the FX thread. */
    public CrashHandler install() {
        previousDefault = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler(this);
        fxThread = Thread.currentThread();
        previousFx = fxThread.getUncaughtExceptionHandler() == fxThread.getThreadGroup()
                ? null : fxThread.getUncaughtExceptionHandler();
        fxThread.setUncaughtExceptionHandler(this);
        return this;
    }

    /** Puts back the handlers that were there before (tests share one JVM). */
    public void uninstall() {
        Thread.setDefaultUncaughtExceptionHandler(previousDefault);
        if (fxThread != null) {
            fxThread.setUncaughtExceptionHandler(previousFx);
        }
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        log().log(System.Logger.Level.ERROR, "uncaught on " + thread.getName(), error);
        try {
            if (Platform.isFxApplicationThread()) {
                showOnce(error);
            } else {
                Platform.runLater(() -> showOnce(error));
            }
        } catch (RuntimeException | Error e) {
            // The dialog itself failed (the toolkit may be gone): the console log above must do.
            log().log(System.Logger.Level.ERROR, "could not show the error dialog", e);
        }
    }

    /** A storm of failures (one per frame, say) shows one dialog; the rest go to the log only. */
    private void showOnce(Throwable error) {
        if (!dialogOpen.compareAndSet(false, true)) {
            reporter.logOnly("uncaught", error);
            return;
        }
        reporter.showUnexpected(error, () -> dialogOpen.set(false));
    }
}
