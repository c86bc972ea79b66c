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

    /** Counts the rebuilds, so that a late look at the files leaves newer items alone. */
    private long built;

    /**
     * Rebuilds the items from the preferences. Whether each file is still there is looked at off the
     * FX thread (a folder on a network drive may take seconds to answer); a file that is gone is
     * then greyed out and said to be missing, not offered to open.
     */
    public void refresh() {
        List<Path> files = prefs.recentFiles();
        long generation = ++built;
        getItems().clear();
        if (files.isEmpty()) {
            MenuItem none = new MenuItem(Messages.tr("menu.file.recent.none"));
            none.setDisable(true);
            getItems().add(none);
            return;
        }
        int n = 1;
        List<MenuItem> items = new java.util.ArrayList<>();
        for (Path file : files) {
            Path folder = file.getParent();
            MenuItem item = new MenuItem(Messages.tr("menu.file.recent.entry", n++, file.getFileName(),
                    folder == null ? "" : folder.toString()));
            item.getStyleClass().add("recent-file");
            item.setMnemonicParsing(false);
            item.setOnAction(e -> open.accept(file));
            items.add(item);
        }
        getItems().addAll(items);
        java.util.concurrent.CompletableFuture.supplyAsync(() -> files.stream().map(java.nio.file.Files::isRegularFile)
                .toList(), org.segmentstudio.app.Background.executor()).thenAcceptAsync(present -> {
                    if (generation != built) {
                        return;
                    }
                    for (int i = 0; i < items.size(); i++) {
                        if (!present.get(i)) {
                            MenuItem item = items.get(i);
                            item.setText(Messages.tr("menu.file.recent.missing", item.getText()));
                            item.setDisable(true);
                            item.getStyleClass().add("missing");
                        }
                    }
                }, javafx.application.Platform::runLater);
        getItems().addAll(new SeparatorMenuItem(), AppMenus.item("menu.file.recent.clear", null, () -> {
            prefs.clearRecentFiles();
            refresh();
        }));
    }
}
