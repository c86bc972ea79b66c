package org.segmentstudio.ui.shell;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The JavaFX application: one main window with the sample loaded, as the user left it last time. */
public final class DesktopApp extends Application {
    /** Opens the window, logs how long it took to appear, and quits: the startup benchmark. */
    public static final String STARTUP_PROBE = "--startup-probe";

    public static void start(String[] args) {
        // The window starts with the sample: read on the other core while the toolkit starts.
        org.segmentstudio.data.Samples.readMallCustomersAhead();
        Application.launch(DesktopApp.class, args);
    }

    /** Toolkit up, window not yet built: the icons decode on the other core meanwhile. */
    @Override
    public void init() {
        AppIcons.loadAhead();
    }

    @Override
    public void start(Stage stage) {
        AppPreferences prefs = AppPreferences.user();
        prefs.theme().apply();
        ErrorLog log = ErrorLog.forUser();
        new CrashHandler(new ErrorReporter(stage, log)).install();
        MainWindow window = new MainWindow(stage, prefs, log);
        WindowPlacement placement = new WindowPlacement(stage, prefs);
        Scene scene = new Scene(window, placement.width(), placement.height());
        scene.getStylesheets().add(MainWindow.stylesheet());
        stage.setScene(scene);
        // Below this the scatter's least height and the table's tabs no longer both fit above the status bar.
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        placement.restore();
        if (getParameters().getRaw().contains(STARTUP_PROBE)) {
            StartupProbe.reportFirstFrame(stage);
        }
        // Once the first frame is on screen: on Linux, JavaFX scales the 128 px icon for the window
        // manager line by line as the window is made, 20-25 ms of the first frame's wait. (After the
        // probe's own wait for that frame, which therefore does not count it.)
        FirstFrame.then(stage, () -> stage.getIcons().setAll(AppIcons.all()));
        // The sample is in the window before it is shown: showing styles and lays out the whole
        // window once, and loading the sample after that made the first frame do most of it again.
        // A file given on the command line (a file manager's "Open with") opens instead of the sample;
        // the sample is there meanwhile, and stays if the file cannot be read.
        window.loadSample();
        stage.show();
        getParameters().getRaw().stream().filter(a -> !a.equals(STARTUP_PROBE)).findFirst()
                .map(java.nio.file.Path::of).ifPresent(window::openFile);
    }
}
