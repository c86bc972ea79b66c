package org.segmentstudio.ui.shell;

import javafx.animation.AnimationTimer;
import javafx.event.EventHandler;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/** Work for the moment the main window's first frame is on screen, once. */
final class FirstFrame {
    private FirstFrame() {
    }

    /** Runs {@code then} on the FX thread at the second pulse after the stage is first shown. */
    static void then(Stage stage, Runnable then) {
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, new EventHandler<>() {
            @Override
            public void handle(WindowEvent e) {
                stage.removeEventHandler(WindowEvent.WINDOW_SHOWN, this);
                new AnimationTimer() {
                    private int frames;

                    @Override
                    public void handle(long now) {
                        // The first pulse after showing lays out and paints; on the second that frame is on screen.
                        if (++frames < 2) {
                            return;
                        }
                        stop();
                        then.run();
                    }
                }.start();
            }
        });
    }
}
