package org.segmentstudio.ui.shell;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.segmentstudio.app.Background;
import org.segmentstudio.app.Session;
import org.segmentstudio.data.Dataset;
import org.segmentstudio.ui.Messages;
import org.segmentstudio.ui.table.DataTableView;

/** The menu bar's commands: File, Edit, View, Segments and Help, each bound to what it needs. */
final class WindowMenus {
    private final Stage stage;
    private final Session session;
    private final AppPreferences prefs;
    private final ErrorLog errorLog;
    private final Consumer<String> note;

    /** @param note where a short confirmation goes (the status bar) */
    WindowMenus(Stage stage, Session session, AppPreferences prefs, ErrorLog errorLog, Consumer<String> note) {
        this.stage = stage;
        this.session = session;
        this.prefs = prefs;
        this.errorLog = errorLog;
        this.note = note;
    }

    /**
     * @param export   File ▸ Export, built by the export actions
     * @param report   File ▸ Export report… and Export scatter as PNG…
     * @param runnable whether Run can run the choice as it is shown
     * @param howItWorks Help ▸ How does k-means work?
     * @param buildCustomers File ▸ Build one row per customer…
     * @param analyses File ▸ Save analysis…, Open analysis…, Segments ▸ Apply saved segments to…
     * @param compare  Segments ▸ Compare with a labeled file…
     * @param mayDiscard asked before Close, Quit and Load sample: true when nothing unsaved would be lost, or the user
     *                   agreed to lose it
     */
    void fill(AppMenus menus, Menu recent, Runnable chooseAndOpen, DataTableView table, Menu export,
              List<MenuItem> report, BooleanBinding runnable, Runnable howItWorks, Runnable buildCustomers,
              org.segmentstudio.ui.export.AnalysisActions analyses, Runnable compare,
              java.util.function.BooleanSupplier mayDiscard) {
        MenuItem close = AppMenus.item("menu.file.close", "Shortcut+W", () -> {
            if (mayDiscard.getAsBoolean()) {
                session.close();
            }
        });
        close.disableProperty().bind(session.datasetProperty().isNull());
        MenuItem build = AppMenus.item("menu.file.buildCustomers", "Shortcut+B", buildCustomers);
        build.disableProperty().bind(session.fileProperty().isNull());
        MenuItem saveAnalysis = AppMenus.item("menu.file.saveAnalysis", "Shortcut+S", analyses::save);
        // Saved only once the run is analysed: the names are part of what is saved.
        saveAnalysis.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() ->
                session.runProperty().get() == null || session.runProperty().get().analysis() == null
                        || session.runningProperty().get(), session.runProperty(), session.runningProperty()));
        MenuItem openAnalysis = AppMenus.item("menu.file.openAnalysis", "Shortcut+Shift+A", analyses::open);
        menus.file().getItems().addAll(AppMenus.item("menu.file.open", "Shortcut+O", chooseAndOpen), recent,
                AppMenus.item("menu.file.loadSample", "Shortcut+Shift+O", () -> {
                    if (mayDiscard.getAsBoolean()) {
                        session.loadSample();
                    }
                }),
                new SeparatorMenuItem(), openAnalysis, saveAnalysis,
                new SeparatorMenuItem(), build, new SeparatorMenuItem(), export, report.get(0), report.get(1),
                new SeparatorMenuItem(), close, AppMenus.item("menu.file.quit", "Shortcut+Q", () -> {
                    if (mayDiscard.getAsBoolean()) {
                        stage.close();
                    }
                }));

        MenuItem copy = AppMenus.item("menu.edit.copy", "Shortcut+C", () -> copy(table));
        copy.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        MenuItem selectAll = AppMenus.item("menu.edit.selectAll", "Shortcut+A", () -> table.getSelectionModel().selectAll());
        selectAll.disableProperty().bind(session.datasetProperty().isNull());
        menus.edit().getItems().addAll(copy, selectAll);

        ToggleGroup themes = new ToggleGroup();
        for (Theme t : Theme.values()) {
            RadioMenuItem item = new RadioMenuItem(Messages.tr("menu.view.theme." + t.name()));
            item.getStyleClass().add("theme-" + t.name().toLowerCase(Locale.ROOT));
            item.setToggleGroup(themes);
            item.setSelected(t == prefs.theme());
            item.setAccelerator(KeyCombination.keyCombination(t == Theme.DARK ? "Shortcut+Shift+D" : "Shortcut+Shift+L"));
            item.setOnAction(e -> {
                t.apply();
                prefs.setTheme(t);
            });
            menus.view().getItems().add(item);
        }

        MenuItem run = AppMenus.item("menu.segments.run", "Shortcut+R", session::run);
        run.disableProperty().bind(runnable.not());
        MenuItem stop = AppMenus.item("menu.segments.stop", "Shortcut+PERIOD", session::stop);
        stop.disableProperty().bind(session.runningProperty().not());
        MenuItem apply = AppMenus.item("menu.segments.apply", null, analyses::applyTo);
        // With segments on screen: onto another file; with data open: a saved analysis onto it.
        apply.disableProperty().bind(session.datasetProperty().isNull().or(session.runningProperty()));
        MenuItem compareWith = AppMenus.item("menu.segments.compare", null, compare);
        compareWith.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() ->
                session.runProperty().get() == null || session.runProperty().get().analysis() == null
                        || session.runningProperty().get(), session.runProperty(), session.runningProperty()));
        menus.segments().getItems().addAll(run, stop, new SeparatorMenuItem(), apply, compareWith);
        menus.help().getItems().addAll(AppMenus.item("menu.help.howItWorks", null, howItWorks),
                AppMenus.item("menu.help.about", "F1", () -> AboutDialog.create(stage, errorLog).show()));
    }

    /**
     * Edit ▸ Copy: the selected customers as tab-separated text, which a spreadsheet pastes as cells.
     * The text is built in the background: after Select All it holds every customer.
     */
    private void copy(DataTableView table) {
        Dataset data = session.datasetProperty().get();
        List<Integer> rows = List.copyOf(table.getSelectionModel().getSelectedItems());
        if (data == null || rows.isEmpty()) {
            return;
        }
        Background.executor().execute(() -> {
            String text = CustomerClipboard.tabSeparated(data, rows);
            Platform.runLater(() -> {
                ClipboardContent clip = new ClipboardContent();
                clip.putString(text);
                Clipboard.getSystemClipboard().setContent(clip);
                note.accept(Messages.tr("status.copied", rows.size()));
            });
        });
    }
}
