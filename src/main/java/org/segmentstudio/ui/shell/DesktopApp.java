package org.segmentstudio.ui.shell;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.segmentstudio.ui.Messages;

/** The JavaFX application: one main window with the sample loaded. */
public final class DesktopApp extends Application {

    public static void start(String[] args) {
        Application.launch(DesktopApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        MainWindow window = new MainWindow(stage);
        Scene scene = new Scene(window, 1280, 800);
        scene.getStylesheets().add(MainWindow.stylesheet());
        stage.setTitle(Messages.tr("app.title"));
        stage.setScene(scene);
        stage.show();
        window.loadSample();
    }
}
