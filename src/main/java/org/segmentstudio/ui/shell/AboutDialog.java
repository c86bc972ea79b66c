package org.segmentstudio.ui.shell;

import javafx.scene.control.Alert;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.stage.Window;
import org.segmentstudio.ui.Messages;

/** Help ▸ About: name, version, the runtime underneath, and where the log file is. */
public final class AboutDialog {
    private AboutDialog() {
    }

    /** The version Maven built, also under {@code mvn javafx:run}; "development build" if it left none. */
    public static String version() {
        String v = org.segmentstudio.BuildInfo.version();
        return "dev".equals(v) ? Messages.tr("about.devVersion") : v;
    }

    public static Alert create(Window owner, ErrorLog log) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.setTitle(Messages.tr("about.title"));
        alert.setHeaderText(Messages.tr("app.title"));
        alert.setContentText(Messages.tr("about.text", version(), System.getProperty("java.version"),
                System.getProperty("javafx.runtime.version", "?"), log.file()));
        alert.getDialogPane().getStyleClass().add("about-dialog");
        alert.getDialogPane().setPrefWidth(480);
        Image icon = AppIcons.icon(64);
        if (icon != null) {
            alert.setGraphic(new ImageView(icon));
        }
        if (owner != null && owner.isShowing()) {
            alert.initOwner(owner);
        }
        return alert;
    }
}
