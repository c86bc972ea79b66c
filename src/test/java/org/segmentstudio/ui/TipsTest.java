package org.segmentstudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A tip is made when the pointer first comes over its control, and follows later texts. */
@ExtendWith(ApplicationExtension.class)
class TipsTest {
    private final Button button = new Button("Play");
    private final Button other = new Button("Stop");

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new VBox(20, button, other), 300, 200));
        stage.show();
    }

    @Test
    void noTooltipUntilThePointerComesOverThenTheText(FxRobot robot) {
        robot.interact(() -> Tips.set(button, "Play the run"));
        assertNull(button.getTooltip(), "not made before it may be needed");
        assertEquals("Play the run", button.getAccessibleHelp(), "a screen reader has it from the start");
        robot.moveTo(button);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Play the run", button.getTooltip().getText());
        javafx.scene.control.Tooltip made = button.getTooltip();
        robot.interact(() -> Tips.set(button, "Play again"));
        assertEquals("Play again", button.getTooltip().getText(), "a made tip follows the new text");
        assertEquals(made, button.getTooltip(), "the same pop-up, its text changed");
        robot.interact(() -> Tips.set(button, "Play wrapped", 200));
        assertTrue(button.getTooltip().isWrapText(), "another wrap width: a tip made for it");
        robot.interact(() -> Tips.set(button, null));
        assertNull(button.getTooltip());
        assertNull(button.getAccessibleHelp());
        robot.moveTo(other).moveTo(button);
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(button.getTooltip(), "no text, no tip");
    }

    @Test
    void aWrappedTipKeepsItsWidthAndItsLastText(FxRobot robot) {
        robot.interact(() -> {
            Tips.set(other, "How values are put on one scale before clustering", 320);
            Tips.set(other, "Scaling: how values are put on one scale", 320);
            other.fireEvent(new MouseEvent(MouseEvent.MOUSE_ENTERED, 5, 5, 5, 5, javafx.scene.input.MouseButton.NONE, 0,
                    false, false, false, false, false, false, false, false, false, false, null));
        });
        assertEquals("Scaling: how values are put on one scale", other.getTooltip().getText());
        assertTrue(other.getTooltip().isWrapText());
        assertEquals(320, other.getTooltip().getMaxWidth());
    }
}
