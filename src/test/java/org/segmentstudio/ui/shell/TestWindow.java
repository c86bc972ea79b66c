package org.segmentstudio.ui.shell;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The main window as a UI test starts it: with a preferences node and an error log of its own,
 * so tests never read or write the user's, and styled as the app is (its light theme and its
 * stylesheet, whatever test ran before). Close it after the test.
 */
final class TestWindow implements AutoCloseable {
    private final TestPreferences prefs = new TestPreferences();
    private final MainWindow window;
    private final Scene scene;
    private final Stage stage;

    private TestWindow(Stage stage, double width, double height) {
        this.stage = stage;
        ErrorLog log;
        try {
            log = new ErrorLog(Files.createTempDirectory("segment-studio-test-log"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Theme.LIGHT.apply();
        window = new MainWindow(stage, prefs.prefs(), log);
        scene = new Scene(window, width, height);
        scene.getStylesheets().add(MainWindow.stylesheet());
        stage.setScene(scene);
        stage.show();
    }

    /** Shows an empty window. FX thread (a TestFX {@code @Start} method). */
    static TestWindow show(Stage stage, double width, double height) {
        return new TestWindow(stage, width, height);
    }

    /** Shows a window with the built-in sample loaded, as the app starts. */
    static TestWindow withSample(Stage stage, double width, double height) {
        TestWindow t = new TestWindow(stage, width, height);
        t.window.loadSample();
        return t;
    }

    MainWindow window() {
        return window;
    }

    Scene scene() {
        return scene;
    }

    @Override
    public void close() throws Exception {
        prefs.close();
    }

    /**
     * Waits until a node matches {@code query}. The scene graph is read on the FX thread: looked up
     * from the test's thread while the FX thread adds or removes nodes, a lookup could fail with an
     * IndexOutOfBoundsException.
     */
    static void waitForNode(org.testfx.api.FxRobot robot, String query, int seconds) throws Exception {
        org.testfx.util.WaitForAsyncUtils.waitFor(seconds, java.util.concurrent.TimeUnit.SECONDS,
                () -> org.testfx.util.WaitForAsyncUtils.asyncFx(() -> robot.lookup(query).tryQuery().isPresent()).get());
    }

    /** Hides every other window (a dialog a failed test left open), then closes. An {@code @AfterEach}. */
    void closeWithDialogs(org.testfx.api.FxRobot robot) throws Exception {
        robot.interact(() -> javafx.stage.Window.getWindows().stream().filter(w -> w != stage).toList()
                .forEach(javafx.stage.Window::hide));
        close();
    }
}
