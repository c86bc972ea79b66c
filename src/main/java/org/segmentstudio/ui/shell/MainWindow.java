package org.segmentstudio.ui.shell;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.segmentstudio.app.BackgroundStep;
import org.segmentstudio.app.ClusteringService;
import org.segmentstudio.app.ImportService;
import org.segmentstudio.app.KAdvisorSearch;
import org.segmentstudio.app.KSearchService;
import org.segmentstudio.app.LatestOnly;
import org.segmentstudio.data.Dataset;
import org.segmentstudio.data.ExportOptions;
import org.segmentstudio.data.Samples;
import org.segmentstudio.engine.KMeansParams;
import org.segmentstudio.engine.Seeding;
import org.segmentstudio.engine.KMeansResult;
import org.segmentstudio.engine.Scaling;
import org.segmentstudio.segments.FeatureMatrix;
import org.segmentstudio.segments.FeatureMatrixBuilder;
import org.segmentstudio.segments.SegmentAnalysis;
import org.segmentstudio.segments.SegmentLabelsBuilder;
import org.segmentstudio.segments.report.KChartData;
import org.segmentstudio.segments.report.ReportContent;
import org.segmentstudio.ui.Messages;
import org.segmentstudio.ui.export.ExportActions;
import org.segmentstudio.ui.export.SaveFolder;
import org.segmentstudio.ui.choosek.ChooseKView;
import org.segmentstudio.ui.picker.FeaturePicker;
import org.segmentstudio.ui.profiles.ProfilesView;
import org.segmentstudio.ui.profiles.ReportExport;
import org.segmentstudio.ui.scatter.ScatterFrame;
import org.segmentstudio.ui.scatter.ScatterPane;
import org.segmentstudio.ui.table.DataTableView;

/**
 * The main window: menus, the choice of features and K on the left, the animated scatter above
 * the customer table, and a status bar. It owns the session state (loaded data, last result) and
 * the actions the menus and buttons call.
 */
public final class MainWindow extends BorderPane {
    private final Stage stage;
    private final FeaturePicker picker = new FeaturePicker();
    private final ScatterPane scatter = new ScatterPane();
    private final DataTableView table = new DataTableView();
    private final ProfilesView profiles = new ProfilesView();
    private final ChooseKView chooseK = new ChooseKView(new KSearchService(new KAdvisorSearch()), this::configureKSearch,
            k -> picker.setK(k), this::suggestKFailed);
    private final TabPane tabs = new TabPane(tab("tab.customers", table, "customers-tab"),
            tab("tab.segments", profiles, "segments-tab"), tab("tab.chooseK", chooseK, "choose-k-tab"));
    private final StatusBar status = new StatusBar();
    private final Button runButton = new Button(Messages.tr("button.run"));
    private final Button stopButton = new Button(Messages.tr("button.stop"));
    private final ErrorReporter errors;
    private final ErrorLog errorLog;
    private final AppPreferences prefs;
    private final AppMenus menus = new AppMenus();
    private final RecentFilesMenu recentMenu;
    private final SplitPane content;
    private final VBox sidePanel;
    private final EmptyState emptyState = new EmptyState(this::chooseAndOpen, this::loadSample);
    private final ImportService importer = new ImportService();
    private final ClusteringService clustering = ClusteringService.packing(scatter::newPacker, this::onFrames);
    private final BackgroundStep<PreparedRun> preparing = new BackgroundStep<>();
    /** Above this many customers the first picture of opened data is read off the FX thread. */
    static final int PICTURE_IN_BACKGROUND_ABOVE = 100_000;
    private final LatestOnly<PreparedRun> firstPicture =
            new LatestOnly<>(p -> scatter.showFeatures(p.features(), p.cloud()));
    private final ExportActions exports;
    private final ReportExport reports;

    private final ReadOnlyObjectWrapper<Dataset> dataset = new ReadOnlyObjectWrapper<>(this, "dataset");
    private final ReadOnlyObjectWrapper<KMeansResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    /** Run is offered only for data whose choice of features and K can be run as shown. */
    private final javafx.beans.binding.BooleanBinding runnable =
            running.not().and(dataset.isNotNull()).and(picker.readyProperty());
    private Path datasetFile;
    private Path pendingFile;
    private FeatureMatrix runFeatures;
    private Scaling runScaling = Scaling.NONE;
    /** The features and scaling the K charts were made for; the report shows them only for a run alike. */
    private List<Object> kSearchFor = List.of();
    private int runRestarts;
    /** Changes with every Run and Stop, so features read for a run that was stopped meanwhile start nothing. */
    private long runTicket;

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
        this.recentMenu = new RecentFilesMenu(prefs, this::openFile);
        this.exports = new ExportActions(stage, this::exportSession, status::setNote, errors::show);
        exports.setOnStarted(this::showExportProgress);
        SaveFolder saveFolder = new SaveFolder(prefs::lastSaveFolder, prefs::setLastSaveFolder);
        exports.setSaveFolder(saveFolder);
        profiles.model().segmentNamesProperty().addListener((o, was, now) -> {
            if (!now.isEmpty()) {
                scatter.setSegmentNames(now);
            }
        });
        table.segmentNamesProperty().bind(profiles.model().segmentNamesProperty());
        this.reports = new ReportExport(stage, scatter.view(), this::reportSession, status::setNote, errors::show);
        reports.setSaveFolder(saveFolder);
        getStyleClass().add("main-window");
        buildMenus();
        setTop(menus.bar());
        sidePanel = sidePanel();
        content = new SplitPane(scatter, tabs);
        content.setOrientation(Orientation.VERTICAL);
        content.setDividerPositions(0.68);
        // The cards and the K charts need more height than the table: make room once, when they are opened.
        tabs.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> {
            if (now.intValue() > 0 && content.getDividerPositions()[0] > 0.56) {
                content.setDividerPositions(0.5);
            }
        });
        profiles.showingProperty().bind(tabs.getTabs().get(1).selectedProperty());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        setBottom(status);
        dataset.addListener((obs, was, now) -> showContentOrEmptyState());
        stage.titleProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> dataset.get() == null
                ? Messages.tr("app.title") : Messages.tr("app.titleWithData", dataName()), dataset));
        showContentOrEmptyState();
        wireServices();
        wireScatterAndTable();
        enableFileDrop();
    }

    /** With no data open the window offers the two ways to get some, instead of empty views. */
    private void showContentOrEmptyState() {
        boolean empty = dataset.get() == null;
        setCenter(empty ? emptyState : content);
        setLeft(empty ? null : sidePanel);
        if (empty) {
            status.setData(Messages.tr("status.noData"));
            status.setRun("");
            status.setNote("");
            status.setImportNote("", null);
        }
    }

    /** The stylesheet of the main window, for the scene. */
    public static String stylesheet() {
        return MainWindow.class.getResource("/org/segmentstudio/css/app.css").toExternalForm();
    }

    private void buildMenus() {
        Menu export = exports.menu(result.isNull().or(running));
        List<MenuItem> report = reports.menuItems(result.isNull().or(running));
        MenuItem close = AppMenus.item("menu.file.close", "Shortcut+W", this::closeData);
        close.disableProperty().bind(dataset.isNull());
        menus.file().getItems().addAll(
                AppMenus.item("menu.file.open", "Shortcut+O", this::chooseAndOpen),
                recentMenu,
                AppMenus.item("menu.file.loadSample", "Shortcut+Shift+O", this::loadSample),
                new SeparatorMenuItem(), export, report.get(0), report.get(1),
                new SeparatorMenuItem(), close,
                AppMenus.item("menu.file.quit", "Shortcut+Q", stage::close));

        MenuItem copy = AppMenus.item("menu.edit.copy", "Shortcut+C", this::copySelectedCustomers);
        copy.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        MenuItem selectAll = AppMenus.item("menu.edit.selectAll", "Shortcut+A", () -> table.getSelectionModel().selectAll());
        selectAll.disableProperty().bind(dataset.isNull());
        menus.edit().getItems().addAll(copy, selectAll);

        ToggleGroup themes = new ToggleGroup();
        for (Theme t : Theme.values()) {
            RadioMenuItem item = new RadioMenuItem(Messages.tr("menu.view.theme." + t.name()));
            item.getStyleClass().add("theme-" + t.name().toLowerCase(Locale.ROOT));
            item.setToggleGroup(themes);
            item.setSelected(t == prefs.theme());
            item.setAccelerator(KeyCombination.keyCombination(t == Theme.DARK ? "Shortcut+Shift+D" : "Shortcut+Shift+L"));
            item.setOnAction(e -> setTheme(t));
            menus.view().getItems().add(item);
        }

        MenuItem run = AppMenus.item("menu.segments.run", "Shortcut+R", this::run);
        run.disableProperty().bind(runnable.not());
        MenuItem stop = AppMenus.item("menu.segments.stop", "Shortcut+PERIOD", this::stop);
        stop.disableProperty().bind(running.not());
        menus.segments().getItems().addAll(run, stop);

        menus.help().getItems().add(AppMenus.item("menu.help.about", "F1", () -> AboutDialog.create(stage, errorLog).show()));
    }

    private static Tab tab(String key, javafx.scene.Node content, String id) {
        Tab t = new Tab(Messages.tr(key), content);
        t.setClosable(false);
        t.setId(id);
        return t;
    }

    private void setTheme(Theme theme) {
        theme.apply();
        prefs.setTheme(theme);
    }

    /** Edit ▸ Copy: the selected customers as tab-separated text, which a spreadsheet pastes as cells. */
    private void copySelectedCustomers() {
        Dataset data = dataset.get();
        List<Integer> rows = table.getSelectionModel().getSelectedItems();
        if (data == null || rows.isEmpty()) {
            return;
        }
        javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
        content.putString(CustomerClipboard.tabSeparated(data, rows));
        javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        status.setNote(Messages.tr("status.copied", rows.size()));
    }

    private VBox sidePanel() {
        runButton.getStyleClass().addAll("accent", "run-button");
        runButton.setDefaultButton(true);
        runButton.setOnAction(e -> run());
        runButton.disableProperty().bind(runnable.not());
        stopButton.getStyleClass().add("stop-button");
        stopButton.setOnAction(e -> stop());
        stopButton.disableProperty().bind(running.not());
        HBox buttons = new HBox(runButton, stopButton);
        buttons.getStyleClass().add("run-buttons");
        VBox panel = new VBox(picker, buttons);
        panel.getStyleClass().add("side-panel");
        return panel;
    }

    private void wireServices() {
        importer.setOnSucceeded(e -> {
            status.untrack();
            if (importer.getValue() != null) {
                show(importer.getValue(), pendingFile);
                rememberOpened(pendingFile);
            }
        });
        importer.setOnFailed(e -> {
            status.untrack();
            status.setRun(dataset.get() == null ? "" : Messages.tr("status.ready"));
            if (!java.nio.file.Files.exists(pendingFile)) {
                prefs.removeRecentFile(pendingFile);
                recentMenu.refresh();
            }
            errors.show(Messages.tr("error.open", pendingFile.getFileName()), importer.getException());
        });
        importer.setOnCancelled(e -> {
            status.untrack();
            status.setRun(Messages.tr("status.importCancelled", pendingFile.getFileName()));
        });
        clustering.setOnSucceeded(e -> finishRun(clustering.getValue()));
        clustering.setOnFailed(e -> runFailed(clustering.getException()));
        preparing.setOnFailed(e -> runFailed(preparing.getException()));
        preparing.setOnCancelled(e -> finishRun(null));
        clustering.setOnCancelled(e -> finishRun(null));
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
                openFile(e.getDragboard().getFiles().get(0).toPath());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    /** Recent files, last folder, and the features/K/scaling last used on this file. */
    private void rememberOpened(Path file) {
        prefs.addRecentFile(file);
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null) {
            prefs.setLastFolder(folder);
        }
        recentMenu.refresh();
        prefs.runChoice(file).ifPresent(choice -> {
            if (dataset.get().columnNames().containsAll(choice.features())) {
                picker.selectFeatures(choice.features());
                picker.setK(choice.k());
                picker.setScaling(choice.scaling());
            }
        });
    }

    /**
     * An export shows an indeterminate progress bar until it ends. It offers no Cancel: the
     * exporters write a whole file and then move it into place, with no point to stop between.
     */
    private void showExportProgress(Task<Void> task) {
        if (running.get() || importer.isRunning()) {
            return; // their progress bar is showing already
        }
        status.track(task); // a bar and a Cancel button: a workbook of a million customers takes seconds
        task.runningProperty().addListener((obs, was, now) -> {
            if (!now && !running.get() && !importer.isRunning()) {
                status.untrack();
            }
        });
    }

    /** File ▸ Close: back to the empty state; a run still going is stopped. */
    public void closeData() {
        if (running.get()) {
            stop();
        }
        firstPicture.cancel();
        datasetFile = null;
        runFeatures = null;
        result.set(null);
        profiles.clear();
        chooseK.clear();
        scatter.clearRun();
        dataset.set(null);
    }

    private void chooseAndOpen() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.plain("menu.file.open"));
        prefs.lastFolder().filter(java.nio.file.Files::isDirectory).ifPresent(f -> chooser.setInitialDirectory(f.toFile()));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(Messages.tr("chooser.csv"), "*.csv", "*.CSV", "*.txt", "*.tsv"),
                new FileChooser.ExtensionFilter(Messages.tr("chooser.all"), "*.*"));
        File f = chooser.showOpenDialog(stage);
        if (f != null) {
            openFile(f.toPath());
        }
    }

    /**
     * Opens a CSV in the background, with progress and Cancel in the status bar; the current data
     * stays until the new file has been read, and stays for good if it cannot be.
     */
    public void openFile(Path file) {
        if (importer.isRunning()) {
            importer.cancel();
        }
        pendingFile = file;
        importer.setFile(file);
        importer.restart();
        status.track(importer);
        status.setRun(Messages.tr("status.loading", file.getFileName()));
    }

    public void loadSample() {
        show(Samples.mallCustomers(), null);
    }

    private void show(Dataset data, Path file) {
        if (running.get()) {
            stop();
        }
        datasetFile = file;
        dataset.set(data);
        result.set(null);
        runFeatures = null;
        profiles.clear();
        chooseK.clear();
        kSearchFor = List.of();
        table.show(data);
        picker.show(data);
        chooseK.limitTo(data.rowCount());
        showFirstPicture(data);
        String name = dataName();
        status.setData(Messages.tr("status.loaded", name, data.rowCount(), data.columnCount()));
        status.setRun(Messages.tr("status.ready"));
        status.setNote("");
        ImportNotes.show(status, file == null ? null : data);
    }

    /** What the open data is called: its file's name, or the sample's. */
    private String dataName() {
        return datasetFile == null ? Messages.tr("sample.name") : dataset.get().source();
    }

    /**
     * Draws the customers of newly opened data; many are read in the background (the FX thread
     * would stall for a tenth of a second on a million) and shown when ready, unless a run comes first.
     */
    private void showFirstPicture(Dataset data) {
        firstPicture.cancel();
        scatter.clearRun();
        java.util.function.Supplier<PreparedRun> picture = PreparedRun.picture(data, picker.selectedFeatures().isEmpty()
                ? List.of(data.firstNumericColumn()) : picker.selectedFeatures(), scatter.cloudMaker());
        if (data.rowCount() > PICTURE_IN_BACKGROUND_ABOVE) {
            firstPicture.submit(picture);
        } else {
            PreparedRun p = picture.get();
            scatter.showFeatures(p.features(), p.cloud());
        }
    }

    /**
     * Clusters the chosen features with the chosen K, in the background. A bad choice is told at
     * once; reading the customers into a feature matrix is a background step before k-means.
     */
    public void run() {
        Dataset data = dataset.get();
        if (data == null || running.get()) {
            return;
        }
        if (!picker.readyProperty().get()) {
            status.setNote(picker.problemText()); // the field says it too; Run is disabled meanwhile
            return;
        }
        List<String> features = picker.selectedFeatures();
        KMeansParams params;
        try {
            FeatureMatrixBuilder.check(data, features);
            params = KMeansParams.defaults(picker.k()).withScaling(picker.scaling());
        } catch (IllegalArgumentException e) {
            errors.show(Messages.tr("error.run"), e);
            return;
        }
        result.set(null);
        profiles.clear();
        chooseK.silhouettePlot().clear();
        table.showSegments(null, null);
        scatter.clearRun();
        running.set(true);
        status.track(preparing);
        status.setRun(Messages.tr("status.preparing"));
        status.setNote("");
        KMeansParams chosen = params;
        long ticket = ++runTicket;
        firstPicture.cancel();
        preparing.setOnSucceeded(e -> startRun(ticket, data, features, chosen, preparing.getValue()));
        preparing.configure(PreparedRun.of(data, features, picker.missingPolicy(), scatter.cloudMaker()));
        preparing.restart();
    }

    /** The features are read: show them and start k-means from the centroids placed on them, if any. */
    private void startRun(long ticket, Dataset data, List<String> features, KMeansParams chosen,
                          PreparedRun prepared) {
        if (ticket != runTicket || data != dataset.get()) {
            finishRun(null); // stopped, or other data opened, while the features were being read
            return;
        }
        KMeansParams params = chosen;
        try {
            runFeatures = prepared.features();
            runScaling = params.scaling();
            scatter.showFeatures(runFeatures, prepared.cloud());
            scatter.setSeedTarget(params.k());
            double[][] seeds = scatter.placedSeeds();
            if (seeds != null) {
                params = new KMeansParams(params.k(), Seeding.GIVEN, seeds, 1, params.maxIterations(),
                        params.tolerance(), params.scaling(), params.seed(), params.threads());
            }
            runRestarts = params.nInit();
            scatter.beginRun(runRestarts, params.scaling());
            clustering.configure(runFeatures, params);
        } catch (IllegalArgumentException e) {
            runFailed(e);
            return;
        }
        if (datasetFile != null) {
            prefs.setRunChoice(datasetFile, new AppPreferences.RunChoice(features, params.k(), params.scaling()));
        }
        status.track(clustering, false);
        status.setNote(prepared.note());
        clustering.restart();
    }

    private void runFailed(Throwable e) {
        running.set(false);
        scatter.finishRun(null);
        status.untrack();
        status.setRun(Messages.tr("status.ready"));
        errors.show(Messages.tr("error.run"), e);
    }

    public void stop() {
        runTicket++;
        if (preparing.isRunning()) {
            preparing.cancel();
        }
        if (clustering.isRunning()) {
            clustering.cancel();
        }
    }

    private void onFrames(List<ScatterFrame> batch) {
        scatter.accept(batch);
        ScatterFrame last = batch.get(batch.size() - 1);
        if (running.get()) {
            status.setRun(Messages.tr("status.running", last.iteration()));
        }
    }

    private void finishRun(KMeansResult r) {
        clustering.flushSnapshots();
        running.set(false);
        status.untrack();
        scatter.finishRun(r);
        if (r == null) {
            status.setRun(Messages.tr("status.cancelled"));
            return;
        }
        result.set(r);
        table.showSegments(runFeatures, r.labels());
        profiles.analyse(dataset.get(), runFeatures, r.labels(), r.k(), ex -> errors.show(Messages.tr("error.profiles"), ex));
        chooseK.showSilhouette(runFeatures.matrix(), r, runScaling);
        status.setRun(r.converged()
                ? Messages.tr("status.converged", r.iterations(), runRestarts)
                : Messages.tr("status.stopped", r.iterations()));
    }

    /** What File ▸ Export ▸ writes: the data, the result as labels, and the open file to protect. */
    private ExportActions.Session exportSession() {
        Dataset data = dataset.get();
        KMeansResult r = result.get();
        if (data == null || r == null || runFeatures == null) {
            return null;
        }
        List<String> names = profiles.model().segmentNamesProperty().get();
        return new ExportActions.Session(data, names.size() == r.k()
                ? SegmentLabelsBuilder.build(data, runFeatures, r, names)
                : SegmentLabelsBuilder.build(data, runFeatures, r), datasetFile);
    }

    /**
     * Writes the labeled customers in the background, separated as this computer's locale suggests.
     *
     * @return the running task, so a caller can wait for it
     */
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

    private void suggestKFailed(Throwable e) {
        errors.show(Messages.tr("error.suggestK"), e);
    }

    /** What Suggest K searches: the chosen features and scaling, as Run would cluster them. */
    private void configureKSearch(KSearchService service, int kMin, int kMax) {
        Dataset data = dataset.get();
        List<String> features = picker.selectedFeatures();
        if (data == null || features.isEmpty()) {
            throw new IllegalArgumentException(Messages.tr("error.noFeatures"));
        }
        FeatureMatrix fm = FeatureMatrixBuilder.build(data, features, picker.missingPolicy());
        service.configure(fm, KMeansParams.defaults(kMin).withScaling(picker.scaling()), kMin, kMax);
        kSearchFor = List.of(fm.features(), picker.scaling());
    }

    /** What File ▸ Export report… writes: the cards as named now, without the K charts until K was searched. */
    private ReportExport.Session reportSession() {
        SegmentAnalysis a = profiles.model().analysisProperty().get();
        if (a == null) {
            return null;
        }
        Dataset data = dataset.get();
        String source = datasetFile == null ? Messages.tr("sample.name") : data.source();
        KChartData k = kSearchFor.equals(List.of(runFeatures.features(), runScaling))
                ? chooseK.scoresProperty().get() : null;
        ReportContent content = new ReportContent(source, Messages.tr("scaling." + runScaling.name()), a,
                profiles.model().segmentNamesProperty().get(), null, null, k);
        int dot = data.source().lastIndexOf('.');
        return new ReportExport.Session(content, datasetFile, dot > 0 ? data.source().substring(0, dot) : data.source());
    }

    /** Writes the one-page HTML report in the background; what File ▸ Export report… runs once a file is chosen. */
    public Task<Void> exportReport(Path target) {
        return reports.report(target);
    }

    /** Writes the scatter as it is on screen to a PNG, in the background. */
    public Task<Void> exportScatterPng(Path target) {
        return reports.png(target);
    }

    public ReadOnlyObjectProperty<Dataset> datasetProperty() {
        return dataset.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<KMeansResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public String statusText() {
        return status.runText();
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

    /** The segment cards; their view model holds the names the user gave the segments. */
    public ProfilesView profiles() {
        return profiles;
    }

    /** The features of the last run, for tests. */
    FeatureMatrix runFeaturesForTest() {
        return runFeatures;
    }

    public ChooseKView chooseK() {
        return chooseK;
    }

    /** Brings a tab to the front: 0 customers, 1 segments, 2 choose K. */
    public void showTab(int index) {
        tabs.getSelectionModel().select(index);
    }

    /** The menu bar, for adding commands (one line each). */
    public AppMenus menus() {
        return menus;
    }

    /** The text of the status bar's data part. */
    public String dataText() {
        return status.dataText();
    }

    public ScatterPane scatter() {
        return scatter;
    }

    /** The service states, for a caller that needs to know whether work is in flight. */
    public boolean isBusy() {
        return importer.getState() == Worker.State.RUNNING || preparing.getState() == Worker.State.RUNNING
                || clustering.getState() == Worker.State.RUNNING;
    }
}
