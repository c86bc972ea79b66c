package org.segmentstudio.ui.shell;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.System.Logger.Level;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import org.segmentstudio.data.DataFormatException;
import org.segmentstudio.ui.Messages;

/**
 * Turns a failure into a sentence the user can act on, in a dialog owned by the window. The
 * technical details stay one click away, never in the user's face.
 */
public final class ErrorReporter {
    private static final System.Logger LOG = System.getLogger(ErrorReporter.class.getName());
    private final Window owner;

    public ErrorReporter(Window owner) {
        this.owner = owner;
    }

    /** The plain sentence for a failure. */
    public static String plainMessage(Throwable t) {
        if (t instanceof DataFormatException || t instanceof IllegalArgumentException) {
            return t.getMessage();
        }
        if (t instanceof java.nio.file.AccessDeniedException a) {
            return "Permission denied for " + a.getFile() + ". Choose a folder you can write to.";
        }
        if (t instanceof java.nio.file.NoSuchFileException n) {
            return n.getFile() + " does not exist (any more). Choose another place.";
        }
        if (t instanceof OutOfMemoryError) {
            return "There is not enough memory for this. Close other programs or use a smaller file.";
        }
        if (t instanceof java.io.IOException io) {
            return io.getMessage() == null ? "The file could not be read or written." : io.getMessage();
        }
        return "Something went wrong: " + t;
    }

    public void show(String headline, Throwable t) {
        LOG.log(Level.WARNING, headline, t);
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.setTitle(Messages.tr("error.title"));
        alert.setHeaderText(headline);
        alert.setContentText(plainMessage(t));
        alert.getDialogPane().getStyleClass().add("error-dialog");
        if (!(t instanceof DataFormatException)) {
            StringWriter details = new StringWriter();
            t.printStackTrace(new PrintWriter(details));
            TextArea area = new TextArea(details.toString());
            area.setEditable(false);
            alert.getDialogPane().setExpandableContent(area);
        }
        if (owner != null && owner.isShowing()) {
            alert.initOwner(owner);
        }
        alert.show();
    }
}
