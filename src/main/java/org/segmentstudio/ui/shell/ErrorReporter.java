package org.segmentstudio.ui.shell;

import java.lang.System.Logger.Level;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Window;
import org.segmentstudio.data.DataFormatException;
import org.segmentstudio.ui.Messages;

/**
 * Turns a failure into a sentence the user can act on, in a dialog owned by the window. The
 * technical details stay one click away ("Copy details"), never in the user's face, and go to the
 * {@link ErrorLog}.
 */
public final class ErrorReporter {
    /** Looked up when used, not as the class loads (as PreferenceStore's: the first logger starts java.util.logging). */
    private static System.Logger log() {
        return System.getLogger(ErrorReporter.class.getName());
    }
    private final Window owner;
    private final ErrorLog log;

    public ErrorReporter(Window owner) {
        this(owner, ErrorLog.forUser());
    }

    public ErrorReporter(Window owner, ErrorLog log) {
        this.owner = owner;
        this.log = log;
    }

    /** The plain sentence for a failure. */
    public static String plainMessage(Throwable t) {
        if (t instanceof DataFormatException || t instanceof IllegalArgumentException) {
            return t.getMessage();
        }
        if (t instanceof AccessDeniedException a) {
            return Messages.tr("error.permission", a.getFile());
        }
        if (t instanceof NoSuchFileException n) {
            return Messages.tr("error.noSuchFile", n.getFile());
        }
        if (t instanceof OutOfMemoryError) {
            return Messages.tr("error.memory");
        }
        if (t instanceof java.io.IOException io) {
            return io.getMessage() == null ? Messages.tr("error.io") : io.getMessage();
        }
        return Messages.tr("error.unknown");
    }

    /** A failure of something the user asked for: opening, running, saving. */
    public void show(String headline, Throwable t) {
        log().log(Level.WARNING, headline, t);
        Alert alert = alert(headline, plainMessage(t));
        if (!(t instanceof DataFormatException || t instanceof org.segmentstudio.engine.TooFewDistinctException)) {
            addDetails(alert, ErrorLog.details(headline, t));
            log.write(ErrorLog.details(headline, t));
        }
        alert.show();
    }

    /** Writes a failure to the log file without a dialog. */
    public void logOnly(String context, Throwable t) {
        log.write(ErrorLog.details(context, t));
    }

    /**
     * The dialog for an error nobody expected.
     *
     * @param onClosed run when the user has closed the dialog
     */
    public void showUnexpected(Throwable t, Runnable onClosed) {
        String details = ErrorLog.details(Messages.tr("error.unexpected.header"), t);
        Optional<Path> written = log.write(details);
        String text = Messages.tr("error.unexpected.body") + "\n\n" + plainMessage(t)
                + written.map(p -> "\n\n" + Messages.tr("error.unexpected.log", p)).orElse("");
        Alert alert = alert(Messages.tr("error.unexpected.header"), text);
        alert.getDialogPane().getStyleClass().add("crash-dialog");
        addDetails(alert, details);
        alert.setOnHidden(e -> onClosed.run());
        alert.show();
    }

    private Alert alert(String headline, String text) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.setTitle(Messages.tr("error.title"));
        alert.setHeaderText(headline);
        alert.setContentText(text);
        alert.getDialogPane().getStyleClass().add("error-dialog");
        alert.setResizable(true);
        if (owner != null && owner.isShowing()) {
            alert.initOwner(owner);
        }
        return alert;
    }

    /** Expandable details and a "Copy details" button that copies them without closing the dialog. */
    private static void addDetails(Alert alert, String details) {
        TextArea area = new TextArea(details);
        area.setEditable(false);
        area.getStyleClass().add("error-details");
        alert.getDialogPane().setExpandableContent(area);
        ButtonType copyType = new ButtonType(Messages.tr("error.copyDetails"), ButtonBar.ButtonData.HELP_2);
        alert.getButtonTypes().add(0, copyType);
        Button copy = (Button) alert.getDialogPane().lookupButton(copyType);
        copy.getStyleClass().add("copy-details");
        copy.addEventFilter(ActionEvent.ACTION, e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(details);
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
            copy.setText(Messages.tr("error.copied"));
            e.consume();
        });
    }
}
