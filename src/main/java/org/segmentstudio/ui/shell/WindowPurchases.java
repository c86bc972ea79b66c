package org.segmentstudio.ui.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.stage.Stage;
import org.segmentstudio.app.Session;
import org.segmentstudio.data.Dataset;
import org.segmentstudio.data.purchases.CustomerBuilder;
import org.segmentstudio.data.purchases.PurchaseDates;
import org.segmentstudio.data.purchases.PurchaseGuess;
import org.segmentstudio.data.purchases.PurchaseHint;
import org.segmentstudio.ui.Messages;
import org.segmentstudio.ui.picker.FeaturePicker;
import org.segmentstudio.ui.purchases.CustomerBuilderDialog;
import org.segmentstudio.ui.purchases.PurchaseBanner;

/**
 * What the window does with purchase logs: the banner above the table, File ▸ Build one row per
 * customer…, and a log reopened from the recent files as the customers built last time.
 */
final class WindowPurchases {
    private final Stage stage;
    private final Session session;
    private final AppPreferences prefs;
    private final StatusBar status;
    private final FeaturePicker picker;
    private final Supplier<String> dataName;
    private final Consumer<Integer> showTab;
    private final PurchaseBanner banner = new PurchaseBanner(this::buildCustomers);
    /** A purchase log reopened from the recent files, built into customers before, whose build is redone. */
    private Path rebuildFromRecent;
    /** Asked before a build replaces what is on screen: false keeps it (an unsaved analysis the user keeps). */
    private java.util.function.BooleanSupplier mayReplace = () -> true;

    WindowPurchases(Stage stage, Session session, AppPreferences prefs, StatusBar status, FeaturePicker picker,
                    Supplier<String> dataName, Consumer<Integer> showTab) {
        this.stage = stage;
        this.session = session;
        this.prefs = prefs;
        this.status = status;
        this.picker = picker;
        this.dataName = dataName;
        this.showTab = showTab;
        session.purchaseHintProperty().addListener((o, was, hint) -> {
            if (hint != null && session.builtProperty().get() == null) {
                // Purchase lines are not customers: nothing is ticked until they are built into customers.
                picker.selectFeatures(List.of());
                showTab.accept(0);
            }
            updateBanner();
            rebuildIfRecent(hint);
        });
        session.builtProperty().addListener((o, was, built) -> {
            updateBanner();
            if (built != null) {
                status.setImportNote(PurchaseBanner.builtNote(built), PurchaseBanner.builtDetails(built));
            }
        });
    }

    void setMayReplace(java.util.function.BooleanSupplier mayReplace) {
        this.mayReplace = mayReplace;
    }

    PurchaseBanner banner() {
        return banner;
    }

    /** Opens a recent file; a purchase log built before is built again with the same choices. */
    void openRecent(Path file, Consumer<Path> open) {
        rebuildFromRecent = file;
        open.accept(file);
    }

    private void rebuildIfRecent(PurchaseHint hint) {
        Path file = session.fileProperty().get();
        Path wanted = rebuildFromRecent;
        rebuildFromRecent = null;
        if (hint == null || file == null || !file.equals(wanted)) {
            return;
        }
        prefs.builderChoice(file).filter(c -> c.columns().fitsIn(hint.columns())).ifPresent(c ->
                session.buildCustomers(file, session.sheet(), new CustomerBuilder.Options(c.columns(),
                        PurchaseDates.of(c.dateOrder()), null, c.returns())));
    }

    /** The banner for purchase lines open (not for customers built from them), and the status bar's words. */
    void updateBanner() {
        PurchaseHint hint = session.builtProperty().get() == null ? session.purchaseHintProperty().get() : null;
        Dataset data = session.datasetProperty().get();
        if (hint != null && (data == null || !hint.columns().equals(data.columnNames()) || hint.lines() != data.rowCount())) {
            // The lines' hint of the file open before: a new file's built customers are let go before
            // its own hint arrives, and a customer table opened over built customers was called lines.
            hint = null;
        }
        banner.show(hint);
        if (hint != null && data != null) {
            // Rows that are purchases are not customers; and an order column's C536379 is a
            // cancellation, not a typo among numbers.
            status.setData(Messages.tr("status.loadedLines", dataName.get(), data.rowCount(), data.columnCount()));
            status.setImportNote("", null);
        }
    }

    /**
     * File ▸ Build one row per customer…: the dialog with the choices of this file's last build, or
     * the columns guessed (from the lines' hint, or from the first rows of the table), then the build.
     */
    void buildCustomers() {
        Dataset data = session.datasetProperty().get();
        Path file = session.fileProperty().get();
        if (data == null || file == null) {
            return;
        }
        PurchaseHint hint = session.purchaseHintProperty().get();
        PurchaseGuess.Result guessed = hint != null ? hint.guess() : PurchaseGuess.of(data);
        List<String> columns = hint != null ? hint.columns() : data.columnNames();
        PurchaseGuess.Result guess = prefs.builderChoice(file).filter(c -> c.columns().fitsIn(columns))
                .map(c -> new PurchaseGuess.Result(c.columns(), Optional.of(c.dateOrder()), false))
                .orElse(guessed);
        boolean linesOpen = session.builtProperty().get() == null;
        new CustomerBuilderDialog(stage, file.getFileName().toString(), columns, guess, hint == null ? null : hint.last(),
                linesOpen ? data : null).showAndWait().filter(options -> mayReplace.getAsBoolean())
                .ifPresent(options -> session.buildCustomers(file, session.sheet(), options));
    }
}
