package org.segmentstudio.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 15 in the window: a purchase log says what it is above the table, Build one row per
 * customer… builds the customers with the dialog's guesses, and the recent file opens next time as
 * the customers built with the same choices.
 */
@ExtendWith(ApplicationExtension.class)
class PurchasesWindowTest {
    @TempDir
    Path dir;
    private TestWindow shown;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        shown = TestWindow.show(stage, 1280, 800);
        window = shown.window();
    }

    @AfterEach
    void close(FxRobot robot) throws Exception {
        shown.closeWithDialogs(robot);
    }

    private Path log() throws Exception {
        StringBuilder sb = new StringBuilder("InvoiceNo,StockCode,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n");
        for (int i = 0; i < 600; i++) {
            String invoice = (i % 40 == 39 ? "C" : "") + (536_365 + i / 4);
            int quantity = (1 + i % 6) * (invoice.startsWith("C") ? -1 : 1);
            sb.append(invoice).append(",8512").append(i % 7).append(',').append(quantity).append(',')
                    .append(1 + i % 12).append('/').append(1 + i % 28).append("/2011 9:1").append(i % 10).append(',')
                    .append(1 + i % 4).append(".95,").append(i % 20 == 0 ? "" : (12_346 + i % 50) + ".0").append(',')
                    .append(i % 5 == 0 ? "France" : "United Kingdom").append('\n');
        }
        return Files.writeString(dir.resolve("online-retail.csv"), sb);
    }

    private void waitIdle() throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !WaitForAsyncUtils.asyncFx(window::isBusy).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aPurchaseLogIsSaidSoBuiltIntoCustomersAndReopenedAsThem(FxRobot robot) throws Exception {
        Path log = log();
        robot.interact(() -> window.openFile(log));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> robot.lookup(".purchase-hint")
                .tryQuery().map(Node::isVisible).orElse(false) && robot.lookup(".purchase-banner").query().isVisible()).get());
        String hint = robot.lookup(".purchase-hint").queryLabeled().getText();
        assertTrue(hint.startsWith("600 purchase lines of 50 customers, 1 Jan 2011 – "), hint);
        assertTrue(window.dataText().contains("600 purchase lines"), window.dataText());

        Button build = robot.lookup(".build-customers").queryButton();
        javafx.application.Platform.runLater(build::fire); // the dialog waits in a nested loop: never interact()
        TestWindow.waitForNode(robot, ".dialog-pane", 10);
        DialogPane pane = robot.lookup(".dialog-pane").query();
        Node ok = pane.getButtonTypes().stream().filter(b -> b.getButtonData() == ButtonType.OK.getButtonData())
                .map(pane::lookupButton).findFirst().orElseThrow();
        assertTrue(!ok.isDisabled(), "the guesses are enough to build");
        String preview = robot.lookup(".builder-preview-text").queryLabeled().getText();
        assertTrue(preview.startsWith("Preview of the first 600 lines (the build reads every line): ") && preview.contains("50 customers")
                && preview.contains("no customer (lines "), preview);
        assertEquals(5, robot.lookup(".builder-preview").queryTableView().getItems().size(), "the first customers");
        robot.interact(() -> ((Button) ok).fire());
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> window.datasetProperty().get() != null
                && window.datasetProperty().get().rowCount() == 50);
        waitIdle();
        assertEquals("Recency (days)", window.datasetProperty().get().columnNames().get(1));
        assertTrue(!robot.lookup(".purchase-banner").query().isVisible(), "customers are no purchase lines");
        assertTrue(window.importNote().startsWith("50 customers built from 600 purchase lines"), window.importNote());
        assertEquals(java.util.List.of("Recency (days)", "Frequency (orders)", "Monetary"), window.picker().selectedFeatures());

        // Built again over an analysis that was not saved: asked first, as opening another file is.
        robot.interact(window::run);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> {
            var run = window.session().runProperty().get();
            return run != null && run.analysis() != null;
        }).get());
        var dataBefore = window.datasetProperty().get();
        MenuItem buildAgain = window.menus().file().getItems().stream()
                .filter(i -> i.getText() != null && i.getText().startsWith("_Build")).findFirst().orElseThrow();
        javafx.application.Platform.runLater(buildAgain::fire);
        TestWindow.waitForNode(robot, ".dialog-pane", 10);
        DialogPane again = robot.lookup(".dialog-pane").query();
        Node okAgain = again.getButtonTypes().stream().filter(b -> b.getButtonData() == ButtonType.OK.getButtonData())
                .map(again::lookupButton).findFirst().orElseThrow();
        robot.interact(() -> ((Button) okAgain).fire());
        TestWindow.waitForNode(robot, ".discard-dialog", 10);
        assertEquals("The segments on screen will be gone. Save them first with File ▸ Save analysis… to reopen them,"
                + " or to put next month's customers into them.",
                ((DialogPane) robot.lookup(".discard-dialog").query()).getContentText(), "no names were given");
        robot.interact(() -> ((DialogPane) robot.lookup(".discard-dialog").query()).lookupButton(ButtonType.CANCEL)
                .fireEvent(new javafx.event.ActionEvent()));
        Thread.sleep(500); // a build, had one started, would be reading by now
        waitIdle();
        assertTrue(window.resultProperty().get() != null, "Cancel keeps the segments on screen");
        assertTrue(window.datasetProperty().get() == dataBefore, "and the customers: nothing was built again");

        robot.interact(window::loadSample);
        Menu recent = (Menu) window.menus().file().getItems().stream()
                .filter(i -> i.getStyleClass().contains("recent-files-menu")).findFirst().orElseThrow();
        robot.interact(() -> recent.getOnShowing().handle(null));
        MenuItem item = recent.getItems().stream().filter(i -> i.getText() != null && i.getText().contains("online-retail.csv"))
                .findFirst().orElseThrow();
        robot.interact(item::fire);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> window.datasetProperty().get() != null
                && window.datasetProperty().get().rowCount() == 50);
        waitIdle();
        assertEquals("Recency (days)", window.datasetProperty().get().columnNames().get(1),
                "reopened from the recent files as the customers built last time");

        // A customer table opened over the built customers is customers, not the lines of before
        // (the real window said "wholesale.csv: 50 purchase lines": the old lines' hint was still
        // the session's when the built customers were let go).
        StringBuilder table = new StringBuilder("Channel,Region,Fresh,Milk\n");
        for (int i = 0; i < 40; i++) {
            table.append(1 + i % 2).append(',').append(1 + i % 3).append(',').append(1000 + 37 * i).append(',')
                    .append(500 + 11 * i).append('\n');
        }
        Path wholesale = Files.writeString(dir.resolve("wholesale.csv"), table);
        robot.interact(() -> window.openFile(wholesale));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> window.datasetProperty().get() != null
                && window.datasetProperty().get().rowCount() == 40);
        waitIdle();
        assertEquals("wholesale.csv: 40 customers, 4 columns", window.dataText());
        assertTrue(!robot.lookup(".purchase-banner").query().isVisible(), "no purchase banner for a customer table");
    }
}
