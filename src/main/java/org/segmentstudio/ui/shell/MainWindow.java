package org.segmentstudio.ui.shell;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.concurrent.Task;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.segmentstudio.app.KAdvisorSearch;
import org.segmentstudio.app.Run;
import org.segmentstudio.app.Session;
import org.segmentstudio.data.Dataset;
import org.segmentstudio.data.ExportOptions;
import org.segmentstudio.engine.KMeansResult;
import org.segmentstudio.segments.FeatureMatrix;
import org.segmentstudio.ui.Messages;
import org.segmentstudio.ui.choosek.ChooseKView;
import org.segmentstudio.ui.export.ExportActions;
import org.segmentstudio.ui.export.SaveFolder;
import org.segmentstudio.ui.picker.FeaturePicker;
import org.segmentstudio.ui.profiles.ProfilesView;
import org.segmentstudio.ui.export.ReportExport;
import org.segmentstudio.ui.scatter.ScatterPane;
import org.segmentstudio.ui.table.DataTableView;

/**
 * The main window: menus, the choice of features and K on the left, the animated scatter above
 * the customer table, and a status bar. Layout, menus and bindings only: what is open and what
 * runs is the {@link Session}'s, and each view shows its part of it.
 */
public final class MainWindow extends BorderPane {
    private final Stage stage;
    private final FeaturePicker picker = new FeaturePicker();
    private final ScatterPane scatter = new ScatterPane();
    private final Session session = new Session(scatter, new KAdvisorSearch());
    private final DataTableView table = new DataTableView();
    private final ProfilesView profiles = new ProfilesView();
    /**
     * Made when its tab is first shown: its charts (15–25 ms of the start) and the silhouette
     * widths it works out after each run are for those who open it.
     */
    private ChooseKView chooseK;
    private final TabPane tabs = new TabPane(tab("tab.customers", table, "customers-tab"),
            lazyTab("tab.segments", () -> profiles, "segments-tab"), lazyTab("tab.chooseK", this::chooseK, "choose-k-tab"));
    private final StatusBar status = new StatusBar();
    private final ErrorReporter errors;
    private final ErrorLog errorLog;
    private final AppPreferences prefs;
    private final AppMenus menus = new AppMenus();
    private final RecentFilesMenu recentMenu;
    private final WindowPurchases purchases;
    private final SessionMemory memory;
    private final SplitPane content = new SplitPane(scatter, tabs);
    private final VBox sidePanel;
    private final EmptyState emptyState;
    private final ExportActions exports;
    private final ReportExport reports;
    private final org.segmentstudio.ui.export.AnalysisActions analyses;
    private final ReadOnlyObjectWrapper<KMeansResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private static final double ROOM_FOR_SCATTER = 0.68;
    private static final double ROOM_FOR_CARDS = 0.5;
    /** Run is offered only for data whose choice of features and K can be run as it is shown. */
    private final BooleanBinding runnable;

    /** A window that remembers into the user's own preferences. */
    public MainWindow(Stage stage) {
        this(stage, AppPreferences.user(), ErrorLog.forUser());
    }

    /** @param prefs where recent files and per-file choices are remembered (tests pass a node of their own) */
    public MainWindow(Stage stage, AppPreferences prefs, ErrorLog errorLog) {
        this.stage = stage;
        this.prefs = prefs;
        this.errorLog = errorLog;
        this.errors = new ErrorReporter(stage, errorLog);
        WindowPurchases logs = new WindowPurchases(stage, session, prefs, status, picker, this::dataName, this::showTab);
        this.purchases = logs;
        VBox customers = new VBox(logs.banner(), table);
        VBox.setVgrow(table, javafx.scene.layout.Priority.ALWAYS);
        tabs.getTabs().get(0).setContent(customers);
        this.recentMenu = new RecentFilesMenu(prefs, f -> {
            if (mayDiscard()) {
                logs.openRecent(f, this::openFile);
            }
        });
        this.emptyState = new EmptyState(this::chooseAndOpen, session::loadSample, this::chooseAndOpenAnalysis);
        runnable = session.runningProperty().not().and(session.datasetProperty().isNotNull()).and(picker.readyProperty());
        session.choiceProperty().bind(picker.choiceProperty());
        SaveFolder saveFolder = new SaveFolder(prefs::lastSaveFolder, prefs::setLastSaveFolder);
        WindowExports sources = new WindowExports(session, profiles.model(), scatter.playback(), this::dataName);
        exports = new ExportActions(stage, sources::labeled, status::setNote, errors::show);
        exports.setOnStarted(this::showExportProgress);
        exports.setSaveFolder(saveFolder);
        reports = new ReportExport(stage, scatter.view(), sources::report, status::setNote, errors::show);
        reports.setSaveFolder(saveFolder);
        analyses = new org.segmentstudio.ui.export.AnalysisActions(stage, new org.segmentstudio.ui.export.AnalysisActions.Source() {
            @Override
            public java.util.function.Supplier<org.segmentstudio.segments.model.SegmentModel> model() {
                return modelOfRun();
            }

            @Override
            public Path openFile() {
                return session.fileProperty().get();
            }

            @Override
            public org.segmentstudio.segments.model.SegmentModel restored() {
                return session.restoredProperty().get();
            }
        }, this::openAnalysis, note -> {
            status.setNote(note);
            markSaved();
        }, errors::show);
        analyses.setSaveFolder(saveFolder);
        analyses.setMayReplace(this::mayDiscard);
        purchases.setMayReplace(this::mayDiscard);
        getStyleClass().add("main-window");
        new WindowMenus(stage, session, prefs, errorLog, status::setNote).fill(menus, recentMenu, this::chooseAndOpen,
                table, exports.menu(result.isNull().or(session.runningProperty())),
                reports.menuItems(result.isNull().or(session.runningProperty())), runnable, scatter::showHowItWorks,
                purchases::buildCustomers, analyses, this::chooseAndCompare, this::mayDiscard);
        stage.setOnCloseRequest(e -> {
            if (!mayDiscard()) {
                e.consume();
            }
        });
        setTop(menus.bar());
        sidePanel = sidePanel();
        content.setOrientation(Orientation.VERTICAL);
        content.setDividerPositions(ROOM_FOR_SCATTER);
        // The cards and the K charts need more height than the table: make room while they are shown,
        // and give it back to the scatter with the table, unless the user moved the divider meanwhile.
        tabs.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> {
            double at = content.getDividerPositions()[0];
            if (now.intValue() > 0 && at > 0.56) {
                content.setDividerPositions(ROOM_FOR_CARDS);
            } else if (now.intValue() == 0 && Math.abs(at - ROOM_FOR_CARDS) < 0.01) {
                content.setDividerPositions(ROOM_FOR_SCATTER);
            }
        });
        profiles.showingProperty().bind(tabs.getTabs().get(1).selectedProperty());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        setBottom(status);
        bindToSession();
        memory = new SessionMemory(session, prefs, picker, recentMenu);
        session.setRolesFor(prefs::roles);
        picker.setOnRole((column, role) -> {
            // The data is shown again with the new role and the run on screen goes with the old one:
            // asked first, as opening another file asks (it had gone without a word; real-window walk),
            // unless the column cannot take the role (that is said, and nothing changes).
            if (hasUnsavedRun() && session.roleRefusal(column, role) == null && !mayDiscard()) {
                return;
            }
            List<String> chosen = picker.selectedFeatures();
            session.setRole(column, role);
            Path file = session.fileProperty().get();
            if (file != null && session.datasetProperty().get().column(column)
                    .map(c -> org.segmentstudio.data.ColumnRole.of(session.datasetProperty().get(), c) == role)
                    .orElse(false)) {
                prefs.setRole(file, column, role);
            }
            picker.selectFeatures(chosen.stream().filter(picker::offers).toList()); // the ticks stay
        });
        wireScatterAndTable();
        enableFileDrop();
        showContentOrEmptyState();
    }

    /** The model of the run on screen, named as the cards name it and ranked as they rank; null before a run. */
    private java.util.function.Supplier<org.segmentstudio.segments.model.SegmentModel> modelOfRun() {
        Run run = session.runProperty().get();
        if (run == null || run.analysis() == null) {
            return null;
        }
        Path file = session.fileProperty().get();
        org.segmentstudio.segments.ValueMeasure m = profiles.model().measureProperty().get();
        String rankBy = m == null || m.isSize() ? "size" : m.column();
        return session.modelOfRun(file == null ? java.util.Map.of() : prefs.roles(file),
                profiles.model().segmentNamesProperty().get(), rankBy, org.segmentstudio.BuildInfo.version());
    }

    /** The empty window's Open analysis…: as File ▸ Open analysis…. */
    private void chooseAndOpenAnalysis() {
        analyses.open();
    }

    /** Segments ▸ Compare with a labeled file…: the file, then the comparison in the background. */
    void chooseAndCompare() {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle(Messages.plain("menu.segments.compare"));
        chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter(Messages.tr("compare.filter"),
                "*.csv", "*.CSV", "*.txt", "*.tsv", "*.segments"));
        prefs.lastFolder().filter(java.nio.file.Files::isDirectory).ifPresent(f -> chooser.setInitialDirectory(f.toFile()));
        java.io.File f = chooser.showOpenDialog(stage);
        if (f != null) {
            session.compareWith(f.toPath());
        }
    }

    /** The comparison dialog's content, for tests. */
    org.segmentstudio.segments.model.Migration lastMigration() {
        Session.Comparison c = session.comparisonProperty().get();
        return c == null ? null : c.migration();
    }

    void compareWith(Path labeled) {
        session.compareWith(labeled);
    }

    /** The run and names last saved (or opened from a file): what Close may drop without asking. */
    private KMeansResult savedResult;
    private List<String> savedNames = List.of();

    private void markSaved() {
        Run run = session.runProperty().get();
        savedResult = run == null ? null : run.result();
        savedNames = profiles.model().segmentNamesProperty().get();
    }

    /** An analysed run on screen that differs from the one last saved (or opened), with its names. */
    private boolean hasUnsavedRun() {
        Run run = session.runProperty().get();
        return run != null && run.analysis() != null
                && !(run.result() == savedResult && profiles.model().segmentNamesProperty().get().equals(savedNames));
    }

    /**
     * Before Close, Quit, and opening another file (File ▸ Open…, Open Recent, a dropped file, a saved
     * analysis): true when no analysed run is on screen that differs from the one last saved, or when
     * the user agrees to lose it. (Opening another file let an unsaved analysis go without a word;
     * seen in the real-window walk.) {@link #openFile} itself, for the command line and tests, does
     * not ask.
     */
    boolean mayDiscard() {
        if (!hasUnsavedRun()) {
            return true;
        }
        Run run = session.runProperty().get();
        javafx.scene.control.ButtonType discard = new javafx.scene.control.ButtonType(Messages.plain("discard.yes"),
                javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        // "…and the names you gave them" only where she gave some (it had read as an accusation otherwise).
        boolean renamed = !profiles.model().segmentNamesProperty().get().equals(run.analysis().initialNames());
        javafx.scene.control.Alert ask = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.CONFIRMATION,
                Messages.tr(renamed ? "discard.text" : "discard.text.unnamed"), discard, javafx.scene.control.ButtonType.CANCEL);
        ask.initOwner(stage);
        ask.setTitle(Messages.plain("discard.title"));
        ask.setHeaderText(Messages.tr("discard.header"));
        ask.getDialogPane().getStyleClass().add("discard-dialog");
        return ask.showAndWait().filter(b -> b == discard).isPresent();
    }

    /** A saved analysis to show: the picker takes its choices as soon as its data is open, then its run appears. */
    private org.segmentstudio.segments.model.SegmentModel restoring;

    private void openAnalysis(org.segmentstudio.segments.model.SegmentModel model, Path data) {
        restoring = model;
        session.openAnalysis(model, data);
    }

    /** The saved names and ranking on the cards of a restored run, once its analysis is shown. */
    private void nameRestored(Run run) {
        org.segmentstudio.segments.model.SegmentModel m = session.restoredProperty().get();
        if (m == null || run.analysis() == null || m.names().size() != run.result().k()) {
            return;
        }
        for (org.segmentstudio.segments.ValueMeasure v : org.segmentstudio.segments.ValueMeasure.choices(run.analysis().profiles())) {
            if (m.rankBy().equals(v.isSize() ? "size" : v.column())) {
                profiles.model().measureProperty().set(v);
            }
        }
        for (int s = 0; s < m.names().size(); s++) {
            profiles.model().rename(s, m.names().get(s));
        }
        profiles.refreshNames();
        markSaved();
        scatter.setSegmentNames(profiles.model().segmentNamesProperty().get());
        org.segmentstudio.segments.model.FitNote note = session.fitNoteProperty().get();
        Path file = session.fileProperty().get();
        boolean otherData = note != null && (m.data().path() == null ? file != null
                : file == null || !Path.of(m.data().path()).equals(file.toAbsolutePath().normalize()));
        if (otherData) {
            javafx.scene.control.Alert fit = new javafx.scene.control.Alert(note.outOfDate()
                    ? javafx.scene.control.Alert.AlertType.WARNING : javafx.scene.control.Alert.AlertType.INFORMATION);
            fit.initOwner(stage);
            fit.setTitle(Messages.plain("fit.title"));
            fit.setHeaderText(Messages.tr("fit.header", dataName(), org.segmentstudio.segments.Formats.count(run.features().rowsUsed())));
            fit.setContentText(note.text());
            fit.getDialogPane().getStyleClass().add("fit-note-dialog");
            fit.show();
        }
    }

    /** What each part of the window shows of the session. */
    private void bindToSession() {
        session.datasetProperty().addListener((o, was, data) -> {
            showContentOrEmptyState();
            profiles.model().forgetMeasure();
            if (data != null) {
                table.show(data);
                picker.show(data);
                status.setData(Messages.tr("status.loaded", dataName(), data.rowCount(), data.columnCount()));
                status.setNote("");
                ImportNotes.show(status, session.fileProperty().get() == null ? null : data);
            }
        });
        session.firmnessProperty().addListener((o, was, f) -> {
            profiles.model().firmnessProperty().set(f == null ? null
                    : new org.segmentstudio.ui.profiles.ProfilesViewModel.Firmness(f.stability().segments(),
                            f.borderline(), f.stability().reruns()));
            Run run = session.runProperty().get();
            if (f != null && run != null && run.result() == f.result()) {
                table.showCertainty(org.segmentstudio.segments.SegmentLabelsBuilder.perRow(run.features(),
                        f.stability().shares()));
            }
        });
        session.comparisonProperty().addListener((o, was, c) -> {
            if (c != null) {
                org.segmentstudio.ui.compare.CompareDialog.show(stage, c.migration(), c.before().getFileName().toString(),
                        dataName(), new org.segmentstudio.ui.export.SaveFolder(prefs::lastSaveFolder,
                                prefs::setLastSaveFolder), session.fileProperty().get(), status::setNote, errors::show);
            }
        });
        session.restoredProperty().addListener((o, was, m) -> {
            if (m != null) {
                // The choices the analysis was saved with, shown as the picker's own.
                picker.selectFeatures(m.columns().stream().filter(picker::offers).toList());
                picker.setK(m.k());
                picker.setScaling(org.segmentstudio.segments.model.ModelBuilder.scaling(m));
                picker.setMissingPolicy(org.segmentstudio.segments.model.ModelBuilder.missing(m));
            }
        });
        stage.titleProperty().bind(Bindings.createStringBinding(() -> session.datasetProperty().get() == null
                ? Messages.tr("app.title") : Messages.tr("app.titleWithData", dataName()), session.datasetProperty()));
        session.runProperty().addListener((o, was, run) -> showRun(was, run));
        session.statusProperty().addListener((o, was, now) -> status.setRun(StatusBar.describe(now)));
        session.workProperty().addListener((o, was, work) -> {
            if (work == null) {
                status.untrack();
            } else {
                status.track(work, !session.isClustering(work), session::cancelWork);
            }
        });
        session.setOnProblem(p -> {
            if (p.failure() == Session.Failure.OPEN) {
                memory.openFailed(p.file());
            }
            String headline = switch (p.failure()) {
                case OPEN -> Messages.tr("error.open", p.file() == null ? "" : p.file().getFileName());
                case RUN -> Messages.tr("error.run");
                case PROFILES -> Messages.tr("error.profiles");
                case SUGGEST_K -> Messages.tr("error.suggestK");
                case ROLE -> Messages.tr("error.role");
                case COMPARE -> Messages.tr("compare.failed", p.file() == null ? "" : p.file().getFileName());
            };
            errors.show(headline, p.error());
        });
        profiles.model().segmentNamesProperty().addListener((o, was, now) -> {
            if (!now.isEmpty()) {
                scatter.setSegmentNames(now);
                session.nameSegments(now);
            }
        });
        table.segmentNamesProperty().bind(profiles.model().segmentNamesProperty());
    }

    /** A new result fills the table's Segment column; its analysis, when ready, the cards. */
    private void showRun(Run was, Run run) {
        result.set(run == null ? null : run.result());
        if (run == null) {
            profiles.clear();
            table.showSegments(null, null);
            return;
        }
        if (was == null || was.result() != run.result()) {
            table.showSegments(run.features(), run.result().labels());
            status.setNote(ImportNotes.gaps(run.withGaps(), run.features(), run.missing()));
        }
        if (run.analysis() != null && (was == null || was.analysis() != run.analysis())) {
            profiles.show(run.analysis());
            if (restoring != null && restoring == session.restoredProperty().get()) {
                restoring = null;
                nameRestored(run);
            }
        }
    }

    /** With no data open the window offers the two ways to get some, instead of empty views. */
    private void showContentOrEmptyState() {
        boolean empty = session.datasetProperty().get() == null;
        setCenter(empty ? emptyState : content);
        setLeft(empty ? null : sidePanel);
        if (empty) {
            status.setData(Messages.tr("status.noData"));
            status.setNote("");
            status.setImportNote("", null);
        }
    }

    /** What the open data is called: its file's name, or the sample's. */
    private String dataName() {
        return session.fileProperty().get() == null ? Messages.tr("sample.name") : session.datasetProperty().get().source();
    }

    /** The stylesheet of the main window, for the scene. */
    public static String stylesheet() {
        return MainWindow.class.getResource("/org/segmentstudio/css/app.css").toExternalForm();
    }

    private static Tab tab(String key, javafx.scene.Node node, String id) {
        Tab t = new Tab(Messages.tr(key), node);
        t.setClosable(false);
        t.setId(id);
        return t;
    }

    /**
     * A tab whose view joins the window when the tab is first shown: until then its nodes get no
     * style and no layout, which made up a third of the first frame's work at startup (the Choose K
     * charts alone are 300 nodes). The view is made then too ({@code node} is asked once), and takes
     * the session's state as it is.
     */
    private static Tab lazyTab(String key, java.util.function.Supplier<javafx.scene.Node> node, String id) {
        Tab t = tab(key, null, id);
        t.selectedProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                if (now) {
                    t.setContent(node.get());
                    o.removeListener(this);
                }
            }
        });
        return t;
    }

    private VBox sidePanel() {
        Button runButton = new Button(Messages.tr("button.run"));
        runButton.getStyleClass().addAll("accent", "run-button");
        runButton.setDefaultButton(true);
        runButton.setOnAction(e -> session.run());
        runButton.disableProperty().bind(runnable.not());
        Button stopButton = new Button(Messages.tr("button.stop"));
        stopButton.getStyleClass().add("stop-button");
        stopButton.setOnAction(e -> session.stop());
        stopButton.disableProperty().bind(session.runningProperty().not());
        HBox buttons = new HBox(runButton, stopButton);
        buttons.getStyleClass().add("run-buttons");
        VBox panel = new VBox(picker, buttons, picker.problems(), runDiffersNote());
        panel.getStyleClass().add("side-panel");
        return panel;
    }

    /**
     * Under Run, once the user changes the choice after a run: what the segments on screen were found
     * with, so the cards, scatter and table are not read as her new choice's.
     */
    private javafx.scene.control.Label runDiffersNote() {
        javafx.scene.control.Label note = new javafx.scene.control.Label();
        note.getStyleClass().add("run-differs");
        note.setWrapText(true);
        note.textProperty().bind(Bindings.createStringBinding(this::runDiffersText, session.runProperty(),
                session.choiceProperty()));
        note.visibleProperty().bind(session.shownRunDiffersFromChoice());
        note.managedProperty().bind(note.visibleProperty());
        return note;
    }

    /** Features the note names at most; beyond, "A, B, C and 9 more" (the side panel does not scroll). */
    private static final int NAMED_IN_NOTE = 4;

    /** "The segments shown were found with K = 5; Age, Spending Score. Press Run for your new choice." */
    private String runDiffersText() {
        Run run = session.runProperty().get();
        org.segmentstudio.app.Choice c = session.choiceProperty().get();
        if (run == null || c == null) {
            return "";
        }
        List<String> parts = new java.util.ArrayList<>();
        if (run.params().k() != c.k()) {
            parts.add(Messages.tr("run.differs.k", run.params().k()));
        }
        if (!run.clusteredColumns(c.features())) {
            List<String> columns = run.columns();
            parts.add(columns.size() <= NAMED_IN_NOTE ? String.join(", ", columns)
                    : Messages.tr("run.differs.more", String.join(", ", columns.subList(0, NAMED_IN_NOTE - 1)),
                    columns.size() - NAMED_IN_NOTE + 1));
        }
        if (run.params().scaling() != c.scaling()) {
            parts.add(Messages.tr("run.differs.scaling", Messages.tr("scaling." + run.params().scaling().name())));
        }
        if (run.missing() != c.missing() && !run.withGaps().isEmpty()) {
            parts.add(Messages.tr("run.differs.missing", Messages.tr("missing." + run.missing().name())));
        }
        return parts.isEmpty() ? "" : Messages.tr("run.differs", String.join("; ", parts));
    }

    /** Clicking a customer's point selects their row; selected rows are ringed on the scatter. */
    private void wireScatterAndTable() {
        scatter.setRowDescriber(table::describe);
        scatter.setOnPointClicked(table::selectRow);
        table.getSelectionModel().getSelectedIndices().addListener((javafx.collections.ListChangeListener<Integer>) c ->
                scatter.highlightRows(table.getSelectionModel().getSelectedIndices().stream()
                        .limit(5_000).mapToInt(Integer::intValue).toArray()));
        scatter.view().placingSeedsProperty().addListener(o -> scatter.setSeedTarget(picker.k()));
    }

    private void enableFileDrop() {
        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && e.getDragboard().getFiles().size() == 1) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles() && e.getDragboard().getFiles().size() == 1;
            if (ok) {
                Path dropped = e.getDragboard().getFiles().get(0).toPath();
                // Asked after the drop has ended: a dialog inside it would hold up the file manager's drag.
                javafx.application.Platform.runLater(() -> {
                    if (mayDiscard()) {
                        openFile(dropped);
                    }
                });
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    /** An export shows a progress bar and a Cancel button until it ends, unless a run or an import already does. */
    private void showExportProgress(Task<Void> task) {
        if (session.isBusy()) {
            return;
        }
        status.track(task);
        task.runningProperty().addListener((obs, was, now) -> {
            if (!now && !session.isBusy()) {
                status.untrack();
            }
        });
    }

    private void chooseAndOpen() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.plain("menu.file.open"));
        prefs.lastFolder().filter(java.nio.file.Files::isDirectory).ifPresent(f -> chooser.setInitialDirectory(f.toFile()));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(Messages.tr("chooser.csv"), "*.csv", "*.CSV", "*.txt", "*.tsv", "*.xlsx",
                        "*.XLSX"),
                new FileChooser.ExtensionFilter(Messages.tr("chooser.all"), "*.*"));
        File f = chooser.showOpenDialog(stage);
        if (f != null && mayDiscard()) {
            openFile(f.toPath());
        }
    }

    // --- for callers (the desktop app, tests) ---

    public Session session() {
        return session;
    }

    /** Opens a CSV, or a workbook: with several sheets the user picks the one that holds the customers. */
    public void openFile(Path file) {
        List<String> sheets = List.of();
        try {
            if (java.nio.file.Files.isRegularFile(file) && org.segmentstudio.data.CsvImporter.isWorkbook(file)) {
                sheets = org.segmentstudio.data.XlsxImporter.sheets(file);
            }
        } catch (java.io.IOException | org.segmentstudio.data.DataFormatException e) {
            sheets = List.of(); // the import says what is wrong with the file
        }
        if (sheets.size() < 2) {
            session.open(file);
            return;
        }
        // Offered first: a sheet whose name says it holds the customers, else the workbook's first.
        String likely = sheets.stream().filter(n -> n.matches("(?i).*(customer|client|member|buyer|data|export).*"))
                .findFirst().orElse(sheets.get(0));
        javafx.scene.control.ChoiceDialog<String> pick = new javafx.scene.control.ChoiceDialog<>(likely, sheets);
        pick.initOwner(stage);
        pick.setTitle(Messages.tr("sheet.title"));
        pick.setHeaderText(Messages.tr("sheet.header", file.getFileName(), sheets.size()));
        pick.setContentText(Messages.tr("sheet.label"));
        pick.getDialogPane().getStyleClass().add("sheet-dialog");
        pick.showAndWait().ifPresent(sheet -> session.open(file, sheet));
    }

    public void loadSample() {
        session.loadSample();
    }

    public void run() {
        session.run();
    }

    public void stop() {
        session.stop();
    }

    public void closeData() {
        session.close();
    }

    /** Writes the labeled customers in the background, separated as this computer's locale suggests. */
    public Task<Void> exportLabeled(Path target) {
        return exportLabeled(target, ExportOptions.defaults().delimiter());
    }

    public Task<Void> exportLabeled(Path target, ExportOptions.Delimiter delimiter) {
        Task<Void> task = exports.export(ExportActions.Kind.LABELED, target, delimiter);
        if (task == null) {
            throw new IllegalStateException("there is no result to export");
        }
        return task;
    }

    /** Writes the one-page HTML report in the background. */
    public Task<Void> exportReport(Path target) {
        return reports.report(target);
    }

    /** Writes the scatter as it is on screen to a PNG, in the background. */
    public Task<Void> exportScatterPng(Path target) {
        return reports.png(target);
    }

    public ReadOnlyObjectProperty<Dataset> datasetProperty() {
        return session.datasetProperty();
    }

    public ReadOnlyObjectProperty<KMeansResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return session.runningProperty();
    }

    public boolean isBusy() {
        return session.isBusy();
    }

    public String statusText() {
        return status.runText();
    }

    /** What the status bar says of the data open ("online-retail.csv: 60,000 purchase lines, 8 columns"). */
    public String dataText() {
        return status.dataText();
    }

    /** What the last import left out, as the status bar says it ("" when nothing). */
    public String importNote() {
        return status.importNoteText();
    }

    /** Why customers were left out of the last run, or how their gaps were filled. */
    public String runNote() {
        return status.noteText();
    }

    FeaturePicker picker() {
        return picker;
    }

    /** The features of the last run, for tests. */
    FeatureMatrix runFeaturesForTest() {
        Run run = session.runProperty().get();
        return run == null ? null : run.features();
    }

    public ProfilesView profiles() {
        return profiles;
    }

    org.segmentstudio.ui.export.AnalysisActions analyses() {
        return analyses;
    }

    /** The session's saved analysis the run on screen was restored from, for tests. */
    org.segmentstudio.segments.model.SegmentModel restored() {
        return session.restoredProperty().get();
    }

    java.util.function.Supplier<org.segmentstudio.segments.model.SegmentModel> modelMaker() {
        return modelOfRun();
    }

    public ChooseKView chooseK() {
        if (chooseK == null) {
            chooseK = new ChooseKView(session, k -> picker.setK(k));
        }
        return chooseK;
    }

    public ScatterPane scatter() {
        return scatter;
    }

    public AppMenus menus() {
        return menus;
    }

    /** Brings a tab to the front: 0 customers, 1 segments, 2 choose K. */
    public void showTab(int index) {
        tabs.getSelectionModel().select(index);
    }
}
