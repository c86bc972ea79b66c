package org.segmentstudio.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.concurrent.Worker;
import org.segmentstudio.data.ColumnRole;
import org.segmentstudio.data.DataFormatException;
import org.segmentstudio.data.Dataset;
import org.segmentstudio.data.Samples;
import org.segmentstudio.data.purchases.BuildReport;
import org.segmentstudio.data.purchases.CustomerBuilder;
import org.segmentstudio.data.purchases.PurchaseHint;
import org.segmentstudio.engine.IterationSnapshot;
import org.segmentstudio.engine.KMeansParams;
import org.segmentstudio.engine.KMeansResult;
import org.segmentstudio.engine.Scaling;
import org.segmentstudio.segments.FeatureMatrix;
import org.segmentstudio.segments.FeatureMatrixBuilder;
import org.segmentstudio.segments.MissingPolicy;
import org.segmentstudio.segments.SegmentAnalysis;
import org.segmentstudio.segments.model.Assignment;
import org.segmentstudio.segments.model.FitNote;
import org.segmentstudio.segments.model.Migration;
import org.segmentstudio.segments.model.ModelBuilder;
import org.segmentstudio.segments.model.SegmentModel;
import org.segmentstudio.segments.report.KChartData;

/**
 * The session: what is open, the current run, and the commands that change them — open, load the
 * sample, run, stop, close, suggest K. Views read its read-only properties and call its commands;
 * they never reach into each other or into the window. All background work goes through the
 * services it owns. FX thread only; it knows no control ({@code javafx.scene} is not imported).
 */
public final class Session {
    /** Above this many customers the first picture of opened data is prepared off the FX thread. */
    public static final int PICTURE_IN_BACKGROUND_ABOVE = 100_000;

    /** What went wrong, for the window to say in its words. */
    public enum Failure { OPEN, RUN, PROFILES, SUGGEST_K, ROLE, COMPARE }

    /** A failure of a command: which one, for which file (or null), and why. */
    public record Problem(Failure failure, Path file, Throwable error) {
    }

    /** Where the session is, for the status bar. */
    public enum State { NO_DATA, READY, LOADING, IMPORT_CANCELLED, PREPARING, RUNNING, CONVERGED, AT_LIMIT, CANCELLED,
        RESTORED }

    /**
     * @param file      the file being opened or whose opening was cancelled; null otherwise
     * @param iteration the iteration reached (RUNNING) or taken (CONVERGED, AT_LIMIT)
     * @param starts    how many starts the run makes
     */
    public record Status(State state, Path file, int iteration, int starts) {
        static Status of(State s) {
            return new Status(s, null, 0, 0);
        }

        // Written out, as Dataset's: the generated one is linked at its first call, at every start.
        @Override
        public boolean equals(Object o) {
            return o instanceof Status t && state == t.state && java.util.Objects.equals(file, t.file)
                    && iteration == t.iteration && starts == t.starts;
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(state, file, iteration, starts);
        }
    }

    /** The K scores of the last Suggest K, with the features and scaling they were computed for. */
    public record KScores(KChartData data, List<String> features, Scaling scaling) {
        /** Whether these scores were computed for the features and scaling of {@code run}. */
        public boolean madeFor(Run run) {
            return run != null && run.clusteredColumns(features) && scaling == run.params().scaling();
        }
    }

    private record Prepared(FeatureMatrix features, List<String> withGaps, Object view) {
    }

    /**
     * Who moved between an earlier labeled file and the run on screen.
     *
     * @param before the labeled file
     * @param id     the customer ID column they were matched by
     */
    public record Comparison(Path before, String id, Migration migration) {
    }

    /**
     * How firm the run's segments are: refits with other seeds against its labels.
     *
     * @param result     the run's result it was measured for
     * @param stability  per customer and per segment
     * @param borderline per segment, its borderline customers
     */
    public record Firmness(KMeansResult result, org.segmentstudio.engine.metrics.Stability stability, int[] borderline) {
    }

    /** Customers put into a saved analysis's segments, ready to show. */
    private record Restoring(Prepared prepared, Assignment assignment, FitNote note) {
    }

    private final ReadOnlyObjectWrapper<Dataset> dataset = new ReadOnlyObjectWrapper<>(this, "dataset");
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyObjectWrapper<Run> run = new ReadOnlyObjectWrapper<>(this, "run");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyObjectWrapper<Status> status = new ReadOnlyObjectWrapper<>(this, "status", Status.of(State.NO_DATA));
    private final ReadOnlyObjectWrapper<Worker<?>> work = new ReadOnlyObjectWrapper<>(this, "work");
    private final ReadOnlyObjectWrapper<KScores> kScores = new ReadOnlyObjectWrapper<>(this, "kScores");
    private final ObjectProperty<Choice> choice = new SimpleObjectProperty<>(this, "choice");
    private final ReadOnlyObjectWrapper<PurchaseHint> purchaseHint = new ReadOnlyObjectWrapper<>(this, "purchaseHint");
    private final ReadOnlyObjectWrapper<BuildReport> built = new ReadOnlyObjectWrapper<>(this, "built");
    private final ReadOnlyObjectWrapper<SegmentModel> restored = new ReadOnlyObjectWrapper<>(this, "restored");
    private final ReadOnlyObjectWrapper<FitNote> fitNote = new ReadOnlyObjectWrapper<>(this, "fitNote");
    private final BackgroundStep<Restoring> restoring = new BackgroundStep<>();
    private final BackgroundStep<Comparison> comparing = new BackgroundStep<>();
    private final BackgroundStep<Firmness> firming = new BackgroundStep<>();
    private final ReadOnlyObjectWrapper<Firmness> firmness = new ReadOnlyObjectWrapper<>(this, "firmness");
    /** Above this many customers the refits for firmness are not made: five more fits of a million would hold both cores. */
    public static final int FIRMNESS_UP_TO = org.segmentstudio.engine.metrics.Stability.ASSESSED_UP_TO;
    private final ReadOnlyObjectWrapper<Comparison> comparison = new ReadOnlyObjectWrapper<>(this, "comparison");
    /** The saved analysis whose data is being opened, to label by its centres once it is. */
    private SegmentModel pendingModel;
    /** The sheet of the workbook open now (null for the first, or a CSV), and of the one being opened. */
    private String openSheet;
    private String pendingSheet;

    private final ImportService importer = new ImportService();
    private final BackgroundStep<Prepared> preparing = new BackgroundStep<>();
    private final ClusteringService clustering;
    private final BackgroundStep<SegmentAnalysis> analysing = new BackgroundStep<>();
    private final KSearchService kSearch;
    private final LatestOnly<Prepared> firstPicture;
    private final Bridge<?, ?> view;
    private final AtomicInteger iteration = new AtomicInteger();
    private Consumer<Problem> onProblem = p -> { };
    private Function<Path, Map<String, ColumnRole>> rolesFor = p -> Map.of();
    private Path pendingFile;
    private Function<IterationSnapshot, ?> packer;
    /** Changes with every Run and Stop: features read for a run stopped meanwhile start nothing. */
    private long runTicket;
    private Pending pendingRun;
    /** The run's own state, which an import's "Opening…" covers while the file is read. */
    private Status runStatus = Status.of(State.READY);

    /**
     * @param view   the view that watches runs (the scatter)
     * @param search what Suggest K runs
     */
    public <P, F> Session(RunView<P, F> view, KSearch search) {
        Bridge<P, F> bridge = new Bridge<>(view);
        this.view = bridge;
        this.clustering = ClusteringService.packing(() -> {
            @SuppressWarnings("unchecked")
            Function<IterationSnapshot, F> p = (Function<IterationSnapshot, F>) packer;
            return s -> {
                iteration.set(s.iteration());
                return p.apply(s);
            };
        }, batch -> {
            bridge.frames(batch);
            Pending p = pendingRun;
            if (p != null && runStatus.state() == State.RUNNING) {
                setRunStatus(new Status(State.RUNNING, null, iteration.get(), p.params().nInit()));
            }
        });
        this.kSearch = new KSearchService(search);
        this.firstPicture = new LatestOnly<>(p -> this.view.show(p));
        wire();
    }

    /** The view, with its two types kept together. */
    private static final class Bridge<P, F> {
        private final RunView<P, F> view;

        Bridge(RunView<P, F> view) {
            this.view = view;
        }

        Function<FeatureMatrix, Object> preparer() {
            Function<FeatureMatrix, P> p = view.preparer();
            return p::apply;
        }

        @SuppressWarnings("unchecked")
        void show(Prepared p) {
            view.show(p.features(), (P) p.view());
        }

        void frames(List<F> batch) {
            view.frames(batch);
        }

        @SuppressWarnings("unchecked")
        void framesOf(List<Object> batch) {
            view.frames((List<F>) batch);
        }
    }

    private void wire() {
        importer.setOnSucceeded(e -> {
            refreshWork();
            ImportService.Opened opened = importer.getValue();
            SegmentModel model = pendingModel;
            pendingModel = null;
            if (opened != null) {
                // Built customers are new columns: roles given to the purchase lines do not apply.
                Dataset data = opened.built() == null ? withRemembered(opened.data(), pendingFile) : opened.data();
                if (model != null) {
                    data = withRoles(data, model);
                    try {
                        FeatureMatrixBuilder.checkEncodings(data, model.encodings());
                    } catch (IllegalArgumentException e2) {
                        // Data the saved segments cannot take is refused before it replaces what is open.
                        status.set(running.get() ? runStatus : Status.of(dataset.get() == null ? State.NO_DATA : State.READY));
                        onProblem.accept(new Problem(Failure.OPEN, pendingFile, new DataFormatException(
                                pendingFile.getFileName().toString(), e2.getMessage())));
                        return;
                    }
                }
                show(data, pendingFile);
                openSheet = pendingSheet;
                built.set(opened.built());
                purchaseHint.set(opened.hint()); // for built customers: the lines they came from
                if (model != null) {
                    restore(model);
                }
            }
        });
        importer.setOnFailed(e -> {
            pendingModel = null;
            refreshWork();
            status.set(running.get() ? runStatus : Status.of(dataset.get() == null ? State.NO_DATA : State.READY));
            onProblem.accept(new Problem(Failure.OPEN, pendingFile, importer.getException()));
        });
        importer.setOnCancelled(e -> {
            pendingModel = null;
            refreshWork();
            status.set(running.get() ? runStatus : new Status(State.IMPORT_CANCELLED, pendingFile, 0, 0));
        });
        restoring.setOnFailed(e -> runFailed(restoring.getException()));
        restoring.setOnCancelled(e -> finishRun(null));
        clustering.setOnSucceeded(e -> finishRun(clustering.getValue()));
        clustering.setOnFailed(e -> runFailed(clustering.getException()));
        clustering.setOnCancelled(e -> finishRun(null));
        preparing.setOnFailed(e -> runFailed(preparing.getException()));
        preparing.setOnCancelled(e -> finishRun(null));
        analysing.setOnFailed(e -> onProblem.accept(new Problem(Failure.PROFILES, file.get(), analysing.getException())));
        kSearch.setOnFailed(e -> onProblem.accept(new Problem(Failure.SUGGEST_K, file.get(), kSearch.getException())));
    }

    // --- commands ---

    /**
     * Opens a CSV in the background; the data open now stays until the file has been read, and
     * stays for good if it cannot be (the problem goes to {@link #setOnProblem}).
     */
    public void open(Path f) {
        open(f, null);
    }

    /** Opens the sheet {@code sheet} of a workbook (the first when null), as {@link #open(Path)}. */
    public void open(Path f, String sheet) {
        if (importer.isRunning()) {
            importer.cancel();
        }
        pendingFile = f;
        pendingSheet = sheet;
        importer.setFile(f, sheet);
        importer.restart();
        refreshWork();
        status.set(new Status(State.LOADING, f, 0, 0));
    }

    /**
     * Builds one row per customer from the purchase log open now (or the file given), in the
     * background with progress and Cancel; the customers then open as the data. The data open now
     * stays until they are built, and for good if they cannot be (the problem goes to
     * {@link #setOnProblem}).
     */
    public void buildCustomers(Path f, String sheet, CustomerBuilder.Options options) {
        if (importer.isRunning()) {
            importer.cancel();
        }
        pendingFile = f;
        pendingSheet = sheet;
        importer.setBuild(f, sheet, options);
        importer.restart();
        refreshWork();
        status.set(new Status(State.LOADING, f, 0, 0));
    }

    /**
     * Opens a saved analysis: its data file (or, for a purchase log, the customers built from it
     * with the saved choices), then every customer is put into the nearest saved centre in the saved
     * scaling — no refit — and the run appears as saved, with its names. {@code dataFile} is the
     * saved file, the one the user located, or another file with the same columns (Apply saved
     * segments to…); null opens the built-in sample. The data open now stays if it cannot be read.
     */
    public void openAnalysis(SegmentModel model, Path dataFile) {
        if (dataFile == null) {
            loadSample();
            withRolesShown(model);
            restore(model);
            return;
        }
        if (model.purchases() != null) {
            // Its own purchase log is built to the saved as-of date; another (next month's) to its own.
            boolean own = model.data().path() != null
                    && Path.of(model.data().path()).equals(dataFile.toAbsolutePath().normalize());
            buildCustomers(dataFile, model.data().sheet(), ModelBuilder.purchaseOptions(model, own));
        } else {
            open(dataFile, model.data().sheet());
        }
        pendingModel = model;
    }

    private void withRolesShown(SegmentModel model) {
        Dataset data = dataset.get();
        Dataset changed = withRoles(data, model);
        if (changed != data) {
            show(changed, file.get());
        }
    }

    /** The data with the roles the analysis saved; roles its columns cannot take are left as the import read them. */
    private Dataset withRoles(Dataset data, SegmentModel model) {
        try {
            return ColumnRole.applyNamed(data, model.roles());
        } catch (DataFormatException e) {
            return data;
        }
    }

    /** Labels the data open by the model's centres in the background, then shows the run as saved. */
    private void restore(SegmentModel model) {
        Dataset data = dataset.get();
        if (data == null) {
            return;
        }
        forgetRun();
        restored.set(model);
        fitNote.set(null);
        running.set(true);
        setRunStatus(Status.of(State.PREPARING));
        long ticket = ++runTicket;
        Function<FeatureMatrix, Object> prepareView = view.preparer();
        restoring.setOnSucceeded(e -> showRestored(ticket, data, model, restoring.getValue()));
        restoring.configure(() -> {
            Assignment a = Assignment.of(model, data);
            return new Restoring(new Prepared(a.features(), FeatureMatrixBuilder.featuresWithGaps(data, model.columns()),
                    prepareView.apply(a.features())), a, FitNote.of(model, a));
        });
        restoring.restart();
        refreshWork();
    }

    /** The saved centres on screen, every customer in its segment: one frame, no iterations. */
    private void showRestored(long ticket, Dataset data, SegmentModel model, Restoring r) {
        if (ticket != runTicket || data != dataset.get()) {
            finishRun(null);
            return;
        }
        KMeansParams params;
        try {
            params = KMeansParams.defaults(model.k()).withScaling(ModelBuilder.scaling(model)).withSeed(model.seed())
                    .withNInit(model.nInit());
            view.show(r.prepared());
            packer = view.view.begin(params.withNInit(1)); // one frame of one start: nothing was searched
        } catch (IllegalArgumentException e) {
            runFailed(e);
            return;
        }
        int[] labels = r.assignment().labels();
        double inertia = 0;
        for (double d : r.assignment().distances()) {
            inertia += d * d;
        }
        @SuppressWarnings("unchecked")
        Function<IterationSnapshot, Object> p = (Function<IterationSnapshot, Object>) packer;
        Object frame = p.apply(new IterationSnapshot(0, 0, model.centroidsInUnits(), labels, inertia, 0, true));
        view.framesOf(List.of(frame));
        KMeansResult result = new KMeansResult(model.centroidsInUnits(), labels, inertia, 0, true, 0, List.of(),
                model.centroids());
        pendingRun = new Pending(ticket, data, r.prepared().features(), ModelBuilder.missing(model), params,
                r.prepared().withGaps());
        fitNote.set(r.note());
        finishRun(result);
    }

    /**
     * Segments ▸ Compare with a labeled file…: reads an earlier labeled file (as the export writes
     * it) in the background and matches its customers with the run on screen by customer ID; the
     * result arrives in {@link #comparisonProperty()}, a failure goes to {@link #setOnProblem}.
     */
    public void compareWith(Path labeled) {
        Run r = run.get();
        if (r == null) {
            return;
        }
        Dataset now = r.data();
        int[] perRow = r.features().segmentsPerRow(r.result().labels());
        List<String> names = r.names().size() == r.result().k() ? r.names()
                : org.segmentstudio.segments.export.SegmentLabels.defaultNames(r.result().k());
        comparing.setOnSucceeded(e -> {
            if (run.get() == r || run.get() != null && run.get().result() == r.result()) {
                comparison.set(comparing.getValue());
            }
        });
        comparing.setOnFailed(e -> onProblem.accept(new Problem(Failure.COMPARE, labeled, comparing.getException())));
        comparing.configure(() -> {
            if (labeled.getFileName().toString().endsWith(org.segmentstudio.segments.model.ModelFile.EXTENSION)) {
                return compareWithSaved(labeled, now, perRow, names);
            }
            Dataset before;
            try {
                before = new org.segmentstudio.data.CsvImporter().read(labeled, null,
                        org.segmentstudio.data.CsvImporter.Progress.NONE, () -> false);
            } catch (org.segmentstudio.data.CsvImporter.CancelledException e) {
                throw new IllegalStateException("never cancelled", e);
            } catch (java.io.IOException | DataFormatException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
            String id = Migration.guessId(before, now);
            return new Comparison(labeled, id, Migration.of(Migration.ofLabeled(before, id),
                    Migration.ofRun(now, id, perRow, names)));
        });
        comparing.restart();
    }

    /**
     * An earlier analysis against the run on screen: the customers open now are put into the saved
     * segments (as Apply would) and cross-tabulated with the run's segments, customer by customer.
     */
    private static Comparison compareWithSaved(Path saved, Dataset now, int[] perRow, List<String> names) {
        SegmentModel m;
        try {
            m = org.segmentstudio.segments.model.ModelFile.read(saved);
        } catch (java.io.IOException | DataFormatException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        Assignment a = Assignment.of(m, now);
        int[] before = a.features().segmentsPerRow(a.labels());
        String id = now.columns().stream().filter(c -> c.kind() == org.segmentstudio.data.ColumnKind.IDENTIFIER)
                .map(org.segmentstudio.data.Column::name).findFirst().orElse(null);
        java.util.Map<String, Integer> b = new java.util.HashMap<>();
        java.util.Map<String, Integer> n = new java.util.HashMap<>();
        for (int r = 0; r < now.rowCount(); r++) {
            // Both sides are the same rows: the ID column when there is one, else the row itself.
            String key = id == null ? Integer.toString(r) : now.column(id).orElseThrow().text(r).strip();
            b.put(key, before[r]);
            n.put(key, perRow[r]);
        }
        return new Comparison(saved, id == null ? "row" : id, Migration.of(new Migration.Side(b, m.names()),
                new Migration.Side(n, List.copyOf(names))));
    }

    /** The last comparison asked for; null before one. */
    public ReadOnlyObjectProperty<Comparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    /** The saved analysis the run on screen was restored from (opened or applied); null for a run of this session. */
    public ReadOnlyObjectProperty<SegmentModel> restoredProperty() {
        return restored.getReadOnlyProperty();
    }

    /** How the customers of a restored run fit the saved segments; null otherwise. */
    public ReadOnlyObjectProperty<FitNote> fitNoteProperty() {
        return fitNote.getReadOnlyProperty();
    }

    /**
     * What saving the run on screen takes, captured now: call the supplier off the FX thread (it
     * reads the data file for its SHA-256 and labels every customer once). Null before a run.
     *
     * @param roles  the roles the user gave the file's columns
     * @param names  the segment names as the cards show them
     * @param rankBy the ranking measure's column, or "size"
     */
    public Supplier<SegmentModel> modelOfRun(Map<String, ColumnRole> roles, List<String> names, String rankBy,
                                             String appVersion) {
        Run r = run.get();
        if (r == null) {
            return null;
        }
        SegmentModel from = restored.get();
        if (from != null) {
            // A restored run keeps the model it was labelled by: refitting the scaling or the
            // encodings on the data open now would not match the saved centres.
            SegmentModel kept = ModelBuilder.renamed(from, names, rankBy);
            return () -> kept;
        }
        Path f = file.get();
        String sheetNow = openSheet;
        BuildReport b = built.get();
        Map<String, String> roleNames = new java.util.LinkedHashMap<>();
        roles.forEach((c, role) -> roleNames.put(c, role.name()));
        List<String> columns = ModelBuilder.columnsOf(r.data(), r.features().features());
        return () -> {
            try {
                return ModelBuilder.of(f, sheetNow, r.data(), roleNames, columns, r.missing(), r.features(),
                        r.params(), r.result(), names, rankBy, null, b == null ? null : ModelBuilder.purchases(b),
                        appVersion);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
    }

    /** The sheet of the workbook open now, null for its first sheet or a CSV. */
    public String sheet() {
        return openSheet;
    }

    /** When the rows open now are purchases, what they are; null for customers. */
    public ReadOnlyObjectProperty<PurchaseHint> purchaseHintProperty() {
        return purchaseHint.getReadOnlyProperty();
    }

    /** When the customers open now were built from purchases, what the build did; null otherwise. */
    public ReadOnlyObjectProperty<BuildReport> builtProperty() {
        return built.getReadOnlyProperty();
    }

    /**
     * The work the status bar shows, with its progress and Cancel: an import first (it replaces the
     * data, whatever runs), else the run being prepared or clustered.
     */
    private void refreshWork() {
        work.set(active(importer) ? importer : active(preparing) ? preparing : active(restoring) ? restoring
                : active(clustering) ? clustering : null);
    }

    /**
     * Scheduled or running, read from the state: in a service's own onCancelled or onSucceeded
     * handler its running flag is still true (the task updates it after the state's listeners).
     */
    private static boolean active(Worker<?> w) {
        return w.getState() == Worker.State.SCHEDULED || w.getState() == Worker.State.RUNNING;
    }

    /** The run's state; shown at once unless a file is being opened, and again when that ends. */
    private void setRunStatus(Status s) {
        runStatus = s;
        if (!active(importer)) {
            status.set(s);
        }
    }

    /** The roles the user gave this file's columns before, applied as it opens; roles that no longer fit are dropped. */
    private Dataset withRemembered(Dataset data, Path from) {
        Map<String, ColumnRole> roles = new java.util.LinkedHashMap<>(rolesFor.apply(from));
        roles.keySet().retainAll(data.columnNames());
        try {
            return roles.isEmpty() ? data : ColumnRole.apply(data, roles);
        } catch (DataFormatException e) {
            return data; // the file changed: its cells no longer take the role
        }
    }

    /**
     * The user says what a column is (Channel as a category, a code taken for a number); the data is
     * shown again with it, and the run, made with the old roles, is forgotten. A column whose cells
     * cannot take the role is a problem, and the data stays as it was.
     */
    public void setRole(String column, ColumnRole role) {
        Dataset data = dataset.get();
        if (data == null) {
            return;
        }
        Dataset changed;
        try {
            changed = withRole(data, column, role);
        } catch (DataFormatException | IllegalArgumentException e) {
            onProblem.accept(new Problem(Failure.ROLE, file.get(), e));
            return;
        }
        show(changed, file.get());
    }

    /**
     * Null when the column can take the role, else what {@link #setRole} would report: so that the
     * window asks before letting the segments on screen go only for a role that will be taken.
     */
    public Exception roleRefusal(String column, ColumnRole role) {
        Dataset data = dataset.get();
        if (data == null) {
            return null;
        }
        try {
            withRole(data, column, role);
            return null;
        } catch (DataFormatException | IllegalArgumentException e) {
            return e;
        }
    }

    private static Dataset withRole(Dataset data, String column, ColumnRole role) throws DataFormatException {
        Dataset changed = ColumnRole.apply(data, Map.of(column, role));
        org.segmentstudio.data.Column now = changed.column(column).orElseThrow();
        if (role == ColumnRole.CATEGORY && !FeatureMatrixBuilder.isUsable(now)) {
            // It would drop out of the features list, with no row left to right-click back.
            throw new IllegalArgumentException("Column '" + column + "' has " + now.categories().size()
                    + " different values: too many to be categories (at most " + FeatureMatrixBuilder.MAX_CATEGORIES
                    + "). It stays a number.");
        }
        return changed;
    }

    /** Where the roles a file's columns were given before come from (the app's preferences). */
    public void setRolesFor(Function<Path, Map<String, ColumnRole>> roles) {
        this.rolesFor = Objects.requireNonNull(roles);
    }

    /** The built-in 200-customer mall sample. */
    public void loadSample() {
        cancelImport();
        show(Samples.mallCustomers(), null);
        openSheet = null;
        purchaseHint.set(null);
        built.set(null);
    }

    /** A file still being read would replace what the user chose since: it is dropped. */
    private void cancelImport() {
        if (importer.isRunning()) {
            importer.cancel();
        }
    }

    /** File ▸ Close: back to no data; a run still going is stopped. */
    public void close() {
        cancelImport();
        stopAndForget();
        file.set(null);
        dataset.set(null);
        openSheet = null;
        purchaseHint.set(null);
        built.set(null);
        runStatus = Status.of(State.NO_DATA);
        status.set(runStatus);
    }

    /**
     * Rows the FX thread reads at most to tell that the features cannot give K segments; a larger
     * file is read to the end for it in the background step, once the run on screen is let go.
     */
    static final int DISTINCT_CHECK_ROWS = 200_000;

    /**
     * Clusters the current {@link #choiceProperty() choice} in the background: first the features are
     * read into a matrix (a background step: a million customers), then k-means runs and the view
     * watches every iteration. Does nothing while the choice is not ready or a run is going.
     */
    public void run() {
        Dataset data = dataset.get();
        Choice c = choice.get();
        if (data == null || running.get() || c == null || !c.ready() || c.features().isEmpty()) {
            return;
        }
        KMeansParams params;
        try {
            // Before the run on screen is let go: a choice that cannot give K segments leaves it there.
            FeatureMatrixBuilder.checkDistinct(data, c.features(), c.missing(), c.k(), DISTINCT_CHECK_ROWS);
            params = c.params();
        } catch (IllegalArgumentException e) {
            onProblem.accept(new Problem(Failure.RUN, file.get(), e));
            return;
        }
        forgetRun();
        running.set(true);
        setRunStatus(Status.of(State.PREPARING));
        long ticket = ++runTicket;
        List<String> features = c.features();
        MissingPolicy missing = c.missing();
        Function<FeatureMatrix, Object> prepareView = view.preparer();
        preparing.setOnSucceeded(e -> startRun(ticket, data, missing, params, preparing.getValue()));
        preparing.configure(() -> {
            if (data.rowCount() > DISTINCT_CHECK_ROWS) {
                // Beyond what the FX thread read: the same sentence naming the features, from every row.
                FeatureMatrixBuilder.checkDistinct(data, features, missing, params.k(), Integer.MAX_VALUE);
            }
            FeatureMatrix fm = FeatureMatrixBuilder.build(data, features, missing);
            return new Prepared(fm, FeatureMatrixBuilder.featuresWithGaps(data, features), prepareView.apply(fm));
        });
        preparing.restart();
        refreshWork();
    }

    /** The features are read: show them and start k-means, from the starting centroids placed on them if any. */
    private void startRun(long ticket, Dataset data, MissingPolicy missing, KMeansParams chosen, Prepared prepared) {
        if (ticket != runTicket || data != dataset.get()) {
            finishRun(null); // stopped, or other data opened, while the features were being read
            return;
        }
        KMeansParams params = chosen;
        try {
            view.show(prepared);
            double[][] starts = view.view.placedStarts(params.k());
            if (starts != null) {
                params = params.withInitialCentroids(starts);
            }
            packer = view.view.begin(params);
            iteration.set(0);
            clustering.configure(prepared.features(), params);
        } catch (IllegalArgumentException e) {
            runFailed(e);
            return;
        }
        pendingRun = new Pending(ticket, data, prepared.features(), missing, params, prepared.withGaps());
        setRunStatus(new Status(State.RUNNING, null, 0, params.nInit()));
        clustering.restart();
        refreshWork();
    }

    /** The run under way: its ticket, so a result that lands after Stop or new data is dropped. */
    private record Pending(long ticket, Dataset data, FeatureMatrix features, MissingPolicy missing,
                           KMeansParams params, List<String> withGaps) {
    }


    /** Stops the run in progress; what was recorded stays on screen. */
    public void stop() {
        runTicket++;
        if (preparing.isRunning()) {
            preparing.cancel();
        }
        if (restoring.isRunning()) {
            restoring.cancel();
        }
        if (clustering.isRunning()) {
            clustering.cancel();
        }
    }

    /**
     * Suggest K: runs K = {@code kMin}…{@code kMax} on the current choice in the background (the
     * feature matrix is read there too). The scores arrive in {@link #kScoresProperty()}.
     */
    public void suggestK(int kMin, int kMax) {
        Dataset data = dataset.get();
        Choice c = choice.get();
        if (data == null || c == null || !c.ready() || c.features().isEmpty()) {
            return;
        }
        List<String> features = c.features();
        MissingPolicy missing = c.missing();
        Scaling scaling = c.scaling();
        try {
            kSearch.configure(() -> FeatureMatrixBuilder.build(data, features, missing),
                    KMeansParams.defaults(kMin).withScaling(scaling), kMin, kMax);
        } catch (IllegalArgumentException e) {
            onProblem.accept(new Problem(Failure.SUGGEST_K, file.get(), e));
            return;
        }
        kSearch.setOnSucceeded(e -> {
            KChartData scores = kSearch.getValue();
            if (scores != null && data == dataset.get()) {
                kScores.set(new KScores(scores, features, scaling));
            }
        });
        kSearch.restart();
    }

    /** Stops Suggest K; the charts shown stay. */
    public void cancelSuggestK() {
        if (kSearch.isRunning()) {
            kSearch.cancel();
        }
    }

    /** The user renamed the segments (as the cards show them now); exports and the report use these names. */
    public void nameSegments(List<String> names) {
        Run r = run.get();
        if (r != null && r.analysis() != null && names.size() == r.result().k() && !names.equals(r.names())) {
            run.set(r.named(names));
        }
    }

    // --- what happens inside ---

    private void show(Dataset data, Path from) {
        stopAndForget();
        file.set(from);
        dataset.set(data);
        runStatus = Status.of(State.READY);
        status.set(runStatus);
        showFirstPicture(data);
    }

    /** Stops a run, forgets it and the K scores: the one reset for new data and Close (Run forgets the run only). */
    private void stopAndForget() {
        if (running.get()) {
            stop();
        }
        cancelSuggestK();
        kScores.set(null);
        forgetRun();
    }

    private void forgetRun() {
        firstPicture.cancel();
        analysing.cancel();
        if (firming.isRunning()) {
            firming.cancel();
        }
        firmness.set(null);
        if (restoring.isRunning()) {
            restoring.cancel();
        }
        restored.set(null);
        fitNote.set(null);
        comparison.set(null); // it compared the run now forgotten
        run.set(null);
        view.view.clear();
    }

    /**
     * Draws the customers of newly opened data: the chosen features, or the first numeric column.
     * Many customers are prepared in the background (the FX thread would stall for a tenth of a
     * second on a million) and shown when ready, unless a run comes first.
     */
    private void showFirstPicture(Dataset data) {
        Choice c = choice.get();
        List<String> shown = c == null || c.features().isEmpty() || !data.columnNames().containsAll(c.features())
                ? List.of(data.firstNumericColumn()) : c.features();
        Function<FeatureMatrix, Object> prepareView = view.preparer();
        Supplier<Prepared> picture = () -> {
            FeatureMatrix fm = FeatureMatrixBuilder.build(data, shown, MissingPolicy.DROP);
            return new Prepared(fm, List.of(), prepareView.apply(fm));
        };
        if (data.rowCount() > PICTURE_IN_BACKGROUND_ABOVE) {
            firstPicture.submit(picture);
        } else {
            view.show(picture.get());
        }
    }

    private void runFailed(Throwable e) {
        running.set(false);
        pendingRun = null;
        refreshWork();
        view.view.finish(null);
        setRunStatus(Status.of(State.READY));
        onProblem.accept(new Problem(Failure.RUN, file.get(), e));
    }

    private void finishRun(KMeansResult done) {
        clustering.flushSnapshots();
        Pending p = pendingRun;
        pendingRun = null;
        // A result that finished just before Stop, Close or other data (its cancel came too late) is dropped.
        KMeansResult r = p == null || p.ticket() != runTicket || p.data() != dataset.get() ? null : done;
        running.set(false);
        refreshWork();
        view.view.finish(r);
        if (r == null) {
            setRunStatus(Status.of(State.CANCELLED));
            return;
        }
        Run finished = Run.finished(p.data(), p.features(), p.missing(), p.params(), r, p.withGaps());
        run.set(finished);
        setRunStatus(new Status(restored.get() != null ? State.RESTORED : r.converged() ? State.CONVERGED : State.AT_LIMIT,
                null, r.iterations(),
                p.params().nInit()));
        analysing.setOnSucceeded(e -> {
            if (run.get() == finished) {
                run.set(finished.analysed(analysing.getValue()));
                assessFirmness(finished);
            }
        });
        // The labels are read as they are, not copied (a million at the end of a run): the result owns them.
        analysing.configure(() -> SegmentAnalysis.of(p.data(), p.features(), r.labels(), r.k()));
        analysing.restart();
    }

    /** In the background, after the analysis: refit with other seeds to tell how firm each segment is. */
    private void assessFirmness(Run r) {
        if (r.features().rowsUsed() > FIRMNESS_UP_TO || r.result().k() < 2) {
            return;
        }
        KMeansParams params = r.params().initialCentroids() == null ? r.params() : r.params().withK(r.params().k());
        int[] labels = r.result().labels();
        firming.setOnSucceeded(e -> {
            Run now = run.get();
            if (now != null && now.result() == r.result()) {
                firmness.set(firming.getValue());
            }
        });
        firming.configure(() -> {
            org.segmentstudio.engine.metrics.Stability st = org.segmentstudio.engine.metrics.Stability.assess(
                    r.features().matrix(), params, labels, org.segmentstudio.engine.metrics.Stability.DEFAULT_RERUNS,
                    org.segmentstudio.engine.metrics.Stability.DEFAULT_THRESHOLD, () -> Thread.currentThread().isInterrupted());
            return new Firmness(r.result(), st, st.borderlinePerSegment(labels, r.result().k()));
        });
        firming.restart();
    }

    /** How firm the segments of the run on screen are, once measured; null before (and above {@link #FIRMNESS_UP_TO}). */
    public ReadOnlyObjectProperty<Firmness> firmnessProperty() {
        return firmness.getReadOnlyProperty();
    }

    // --- what views read ---

    /** Told every failure of a command, on the FX thread. */
    public void setOnProblem(Consumer<Problem> handler) {
        this.onProblem = Objects.requireNonNull(handler);
    }

    public ReadOnlyObjectProperty<Dataset> datasetProperty() {
        return dataset.getReadOnlyProperty();
    }

    /** The file the open data came from; null for the sample or no data. */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    /** The last finished run on the open data (its analysis and names fill in later); null before one. */
    public ReadOnlyObjectProperty<Run> runProperty() {
        return run.getReadOnlyProperty();
    }

    /**
     * Whether the finished run on screen was found with another choice than the one shown now
     * (features, K, scaling, missing values): true once the user changes one of them after a run,
     * false again when she changes it back or the next run finishes; false while a run is under way
     * and after Stop (no finished run then).
     */
    public javafx.beans.value.ObservableBooleanValue shownRunDiffersFromChoice() {
        return shownRunDiffers;
    }

    private final javafx.beans.binding.BooleanBinding shownRunDiffers = javafx.beans.binding.Bindings.createBooleanBinding(
            () -> run.get() != null && choice.get() != null && !running.get() && !run.get().madeWith(choice.get()),
            run, choice, running);

    /** Whether a run is being prepared or is running. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Status> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The background work in progress that the status bar shows (open, prepare, run), or null. */
    public ReadOnlyObjectProperty<Worker<?>> workProperty() {
        return work.getReadOnlyProperty();
    }

    /** The last iteration a run in progress reached (read after frames arrive). */
    public int iteration() {
        return iteration.get();
    }

    /** Suggest K in progress: its state and progress, for the Choose K tab. */
    public Worker<KChartData> kSearch() {
        return kSearch;
    }

    public ReadOnlyObjectProperty<KScores> kScoresProperty() {
        return kScores.getReadOnlyProperty();
    }

    /** What Run and Suggest K use; the feature picker keeps it up to date. */
    public ObjectProperty<Choice> choiceProperty() {
        return choice;
    }

    /** The status bar's Cancel: the file being opened, else the run (as Stop). */
    public void cancelWork() {
        if (importer.isRunning()) {
            importer.cancel();
        } else {
            stop();
        }
    }

    /** Whether {@code w} is the k-means run itself (its progress shows on the canvas, not as a bar). */
    public boolean isClustering(Worker<?> w) {
        return w == clustering;
    }

    /** Whether something runs in the background now (open, prepare, run). */
    public boolean isBusy() {
        return importer.isRunning() || preparing.isRunning() || clustering.isRunning() || restoring.isRunning();
    }
}
