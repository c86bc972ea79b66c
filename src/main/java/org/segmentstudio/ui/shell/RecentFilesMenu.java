package org.segmentstudio.ui.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.segmentstudio.ui.Messages;

/** File ▸ Open Recent: the files the user opened last, newest first, from the preferences. */
public final class RecentFilesMenu extends Menu {
    private final AppPreferences prefs;
    private final Consumer<Path> open;

    public RecentFilesMenu(AppPreferences prefs, Consumer<Path> open) {
        super(Messages.tr("menu.file.recent"));
        this.prefs = prefs;
        this.open = open;
        getStyleClass().add("recent-files-menu");
        setOnShowing(e -> refresh());
        refresh();
    }

    /** Rebuilds the items from the preferences. */
    public void refresh() {
        List<Path> files = prefs.recentFiles();
        getItems().clear();
        if (files.isEmpty()) {
            MenuItem none = new MenuItem(Messages.tr("menu.file.recent.none"));
            none.setDisable(true);
            getItems().add(none);
            return;
        }
        int n = 1;
        for (Path file : files) {
            Path folder = file.getParent();
            MenuItem item = new MenuItem(Messages.tr("menu.file.recent.entry", n++, file.getFileName(),
                    folder == null ? "" : folder.toString()));
            item.getStyleClass().add("recent-file");
            item.setMnemonicParsing(false);
            item.setOnAction(e -> open.accept(file));
            getItems().add(item);
        }
        getItems().addAll(new SeparatorMenuItem(), AppMenus.item("menu.file.recent.clear", null, () -> {
            prefs.clearRecentFiles();
            refresh();
        }));
    }
}
