package org.segmentstudio.ui.shell;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import org.segmentstudio.ui.Messages;

/**
 * The menu bar: File, Edit, View, Segments, Help. Adding a command is one line, e.g.
 * {@code menus.view().getItems().add(AppMenus.item("menu.view.play", "Space", scatter::play));}
 * — the accelerator is shown next to the item by JavaFX.
 */
public final class AppMenus {
    private final Menu file = menu("menu.file", "menu-file");
    private final Menu edit = menu("menu.edit", "menu-edit");
    private final Menu view = menu("menu.view", "menu-view");
    private final Menu segments = menu("menu.segments", "menu-segments");
    private final Menu help = menu("menu.help", "menu-help");
    private final MenuBar bar = new MenuBar(file, edit, view, segments, help);

    public AppMenus() {
        bar.getStyleClass().add("app-menus");
        bar.setUseSystemMenuBar(true);
    }

    private static Menu menu(String key, String styleClass) {
        Menu m = new Menu(Messages.tr(key));
        m.getStyleClass().add(styleClass);
        return m;
    }

    /**
     * A menu item with its text from the bundle.
     *
     * @param accelerator a {@link KeyCombination} spec such as {@code "Shortcut+O"}, or null
     */
    public static MenuItem item(String key, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(Messages.tr(key));
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    public MenuBar bar() {
        return bar;
    }

    public Menu file() {
        return file;
    }

    public Menu edit() {
        return edit;
    }

    public Menu view() {
        return view;
    }

    public Menu segments() {
        return segments;
    }

    public Menu help() {
        return help;
    }
}
