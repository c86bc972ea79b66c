package org.segmentstudio.ui.picker;

import java.util.function.UnaryOperator;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.css.PseudoClass;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextFormatter;
import javafx.util.StringConverter;

/**
 * A spinner for a whole number in a range that can change with the data (K from 2 to what the
 * customers allow). What it shows is what it holds: text that is not a whole number in range
 * ("abc", "1.5", "x5", "500", nothing) stays exactly as typed, is marked, and makes
 * {@link #validProperty()} false until it is corrected, so nothing downstream ever runs on a value
 * the user does not see. It never drops characters, never clamps a typed value silently and never
 * throws on text; only the spaces around a pasted number go.
 */
public final class WholeNumberSpinner extends Spinner<Integer> {
    /** Longer than any count a user means; a longer paste is refused whole. */
    private static final int MAX_LENGTH = 8;
    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private final IntegerProperty min = new SimpleIntegerProperty(this, "min");
    private final IntegerProperty max = new SimpleIntegerProperty(this, "max");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid", true);

    public WholeNumberSpinner(int min, int max, int initial) {
        this.min.set(min);
        this.max.set(max);
        SpinnerValueFactory.IntegerSpinnerValueFactory factory =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, initial);
        factory.minProperty().bind(this.min);
        factory.maxProperty().bind(this.max);
        factory.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer value) {
                return value == null ? "" : value.toString();
            }

            /** Commit (Enter, leaving the field) keeps the value unless the text is a number in range. */
            @Override
            public Integer fromString(String text) {
                Integer typed = parse(text);
                return typed != null && inRange(typed) ? typed : getValue();
            }
        });
        setValueFactory(factory);
        setEditable(true);
        UnaryOperator<TextFormatter.Change> shortAndTrimmed = change -> {
            if (change.getText().length() > 1) {
                change.setText(change.getText().strip()); // a paste: " 7 " is 7
            }
            return change.getControlNewText().length() <= MAX_LENGTH ? change : null;
        };
        getEditor().setTextFormatter(new TextFormatter<>(shortAndTrimmed));
        getEditor().textProperty().addListener(o -> check(true));
        // A new range can make the text shown valid (12 once there are more customers): it is the value then.
        this.min.addListener(o -> check(true));
        this.max.addListener(o -> check(true));
        check(false);
    }

    private static Integer parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        if (t.isEmpty() || t.length() > 6 || !t.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null; // "1.5", "-3", "x5", "٣" (other digits) are not whole numbers the field takes
        }
        return Integer.valueOf(t);
    }

    private boolean inRange(int v) {
        return v >= min.get() && v <= max.get();
    }

    /** @param typed whether the text changed (by the user or a paste); a new value rewrites the text itself */
    private void check(boolean typedNow) {
        Integer typed = parse(getEditor().getText());
        boolean ok = typed != null && inRange(typed);
        valid.set(ok);
        pseudoClassStateChanged(INVALID, !ok);
        // A number in range is the value at once, committed or not: a Run pressed while the caret is
        // still in the field uses what the field shows.
        if (typedNow && ok && !typed.equals(getValue())) {
            getValueFactory().setValue(typed);
        }
    }

    /** Whether the text in the field is a number in range, and so the spinner's value. */
    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** The lowest value allowed. */
    public IntegerProperty minProperty() {
        return min;
    }

    /** The highest value allowed; a value above a lowered maximum comes down to it, visibly. */
    public IntegerProperty maxProperty() {
        return max;
    }

    /**
     * The sentence to show beside the field while its text is not a value it can hold, else "".
     *
     * @param message a message taking the minimum and maximum as {0} and {1}
     */
    public StringBinding problem(java.util.function.BiFunction<Integer, Integer, String> message) {
        return Bindings.createStringBinding(() -> valid.get() ? "" : message.apply(min.get(), max.get()),
                valid, min, max);
    }
}
