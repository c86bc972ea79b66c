package org.segmentstudio.ui;

import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * Tooltips made when the pointer first comes over their control. A Tooltip is a pop-up window
 * with a scene of its own: the seven of the first frame cost 20-30 ms of every start, for tips
 * most users never open. The text is the control's accessible help from the start.
 */
public final class Tips {
    private static final Object TEXT = new Object();
    private static final Object WIDTH = new Object();

    private Tips() {
    }

    /** Shows {@code text} (none for null) as the control's tooltip. */
    public static void set(Control c, String text) {
        set(c, text, 0);
    }

    /** As {@link #set(Control, String)}, wrapped at {@code wrapWidth} pixels when that is above 0. */
    public static void set(Control c, String text, double wrapWidth) {
        var props = c.getProperties();
        if (!props.containsKey(TEXT)) {
            // Entering comes before the move that starts a tooltip's timer: made here, it shows as if it had been there.
            c.addEventFilter(MouseEvent.MOUSE_ENTERED, e -> {
                if (c.getTooltip() == null && props.get(TEXT) instanceof String t) {
                    c.setTooltip(make(t, (Double) props.get(WIDTH)));
                }
            });
        }
        Object wasWidth = props.put(WIDTH, wrapWidth);
        props.put(TEXT, text);
        c.setAccessibleHelp(text);
        Tooltip made = c.getTooltip();
        if (made != null && text == null) {
            c.setTooltip(null);
        } else if (made != null && Double.valueOf(wrapWidth).equals(wasWidth)) {
            made.setText(text); // a list's cell gets its text at every update: the one pop-up serves
        } else if (made != null) {
            c.setTooltip(make(text, wrapWidth));
        }
    }

    /** A tooltip of {@code text}, wrapped at {@code wrapWidth} pixels when that is above 0; made now. */
    public static Tooltip make(String text, double wrapWidth) {
        Tooltip t = new Tooltip(text);
        if (wrapWidth > 0) {
            t.setWrapText(true);
            t.setMaxWidth(wrapWidth);
        }
        return t;
    }
}
