package org.segmentstudio.ui.shell;

import java.nio.file.Files;
import java.nio.file.Path;
import org.segmentstudio.app.Choice;
import org.segmentstudio.app.Session;
import org.segmentstudio.data.Dataset;
import org.segmentstudio.ui.picker.FeaturePicker;

/**
 * What the session leaves in the user's preferences, and takes back: recent files and the last
 * folder when a file opens, the features, K and scaling of each file's last run, and a recent file
 * that is gone drops out of the list.
 */
final class SessionMemory {
    private final Session session;
    private final AppPreferences prefs;
    private final FeaturePicker picker;
    private final RecentFilesMenu recent;

    SessionMemory(Session session, AppPreferences prefs, FeaturePicker picker, RecentFilesMenu recent) {
        this.session = session;
        this.prefs = prefs;
        this.picker = picker;
        this.recent = recent;
        session.datasetProperty().addListener((o, was, now) -> {
            if (now != null && session.fileProperty().get() != null) {
                opened(session.fileProperty().get(), now);
            }
        });
        session.builtProperty().addListener((o, was, built) -> {
            Path file = session.fileProperty().get();
            if (built != null && file != null && built.dateOrder() != null) {
                prefs.setBuilderChoice(file, new AppPreferences.BuilderChoice(built.columns(), built.dateOrder(),
                        built.returns()));
            }
        });
        session.runningProperty().addListener((o, was, now) -> {
            Path file = session.fileProperty().get();
            Choice c = session.choiceProperty().get();
            if (now && file != null && c != null && c.ready()) {
                prefs.setRunChoice(file, new AppPreferences.RunChoice(c.features(), c.k(), c.scaling()));
            }
        });
    }

    /** Recent files, last folder, and the features/K/scaling last used on this file. */
    private void opened(Path file, Dataset data) {
        prefs.addRecentFile(file);
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null) {
            prefs.setLastFolder(folder);
        }
        recent.refresh();
        prefs.runChoice(file).ifPresent(choice -> {
            if (data.columnNames().containsAll(choice.features())) {
                picker.selectFeatures(choice.features());
                picker.setK(choice.k());
                picker.setScaling(choice.scaling());
            }
        });
    }

    /** A file that could not be opened because it is gone leaves the recent files. */
    void openFailed(Path file) {
        if (file != null && !Files.exists(file)) {
            prefs.removeRecentFile(file);
            recent.refresh();
        }
    }
}
