package org.segmentstudio.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.segmentstudio.data.CsvImporter;
import org.segmentstudio.data.Dataset;
import org.segmentstudio.data.ExportOptions.Delimiter;
import org.segmentstudio.data.SegmentLabels;
import org.segmentstudio.data.TrickyCustomers;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ExportActionsTest {
    private final List<String> saved = new ArrayList<>();
    private final List<Throwable> failures = new ArrayList<>();
    private final List<String> headlines = new ArrayList<>();
    private final SimpleBooleanProperty unavailable = new SimpleBooleanProperty(true);
    private ExportActions.Session session;
    private ExportActions actions;
    private Menu menu;

    @Start
    void start(Stage stage) {
        actions = new ExportActions(stage, () -> session, saved::add, (h, t) -> {
            headlines.add(h);
            failures.add(t);
        });
        menu = actions.menu(unavailable);
        stage.setScene(new Scene(new MenuBar(menu), 400, 100));
        stage.show();
    }

    private void useTricky(Path dir, boolean opened) throws Exception {
        Path file = TrickyCustomers.write(dir);
        Dataset d = new CsvImporter().read(file);
        int[] seg = {1, 1, 1, 2, 2, 0, 2, 2};
        session = new ExportActions.Session(d, new SegmentLabels(seg, List.of("Young", "Older"),
                new double[] {1, 2, 3, 4, 5, 6, 7, 8}, List.of("Age", "Income")), opened ? file : null);
    }

    private Task<Void> runExport(FxRobot robot, ExportActions.Kind kind, Path target, Delimiter delimiter) {
        @SuppressWarnings("unchecked")
        Task<Void>[] task = new Task[1];
        robot.interact(() -> task[0] = actions.export(kind, target, delimiter));
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> task[0].isDone());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the export did not finish", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
        return task[0];
    }

    @Test
    void theExportMenuOffersThreeExportsAndCtrlEIsTheLabeledCsv(FxRobot robot) {
        List<MenuItem> items = menu.getItems();
        assertEquals(List.of("Labeled customers CSV…", "Segment summary CSV…", "Excel workbook…"),
                items.stream().map(i -> i.getText().replace("_", "")).toList());
        assertEquals(KeyCombination.keyCombination("Shortcut+E"), items.get(0).getAccelerator());
        assertTrue(items.stream().allMatch(MenuItem::isDisable), "nothing to export before a run");
        robot.interact(() -> unavailable.set(false));
        assertTrue(items.stream().noneMatch(MenuItem::isDisable));
    }

    @Test
    void eachExportIsSavedAndReportedInTheStatusBar(FxRobot robot, @TempDir Path dir) throws Exception {
        useTricky(dir, true);
        runExport(robot, ExportActions.Kind.LABELED, dir.resolve("a.csv"), Delimiter.COMMA);
        runExport(robot, ExportActions.Kind.SUMMARY, dir.resolve("b.csv"), Delimiter.SEMICOLON);
        runExport(robot, ExportActions.Kind.WORKBOOK, dir.resolve("c.xlsx"), Delimiter.COMMA);
        assertEquals(List.of(), failures);
        assertEquals(List.of("Saved a.csv", "Saved b.csv", "Saved c.xlsx"), saved);
        assertEquals(8, new CsvImporter().read(dir.resolve("a.csv")).rowCount());
        assertTrue(Files.readString(dir.resolve("b.csv")).contains("Older;4;57,14"), "semicolon and decimal comma");
        try (ReadableWorkbook wb = new ReadableWorkbook(dir.resolve("c.xlsx").toFile())) {
            assertEquals(List.of("Customers", "Segments"), wb.getSheets().map(s -> s.getName()).toList());
        }
    }

    @Test
    void exportingOverTheOpenFileIsRefusedInTheErrorDialogAndTheFileKept(FxRobot robot, @TempDir Path dir)
            throws Exception {
        useTricky(dir, true);
        Path open = dir.resolve("tricky.csv");
        String before = Files.readString(open);
        runExport(robot, ExportActions.Kind.LABELED, open, Delimiter.COMMA);
        assertEquals(List.of("Could not save tricky.csv"), headlines);
        assertInstanceOf(IllegalArgumentException.class, failures.get(0));
        assertEquals("tricky.csv is the file you opened. Choose another name, so your original data is kept.",
                failures.get(0).getMessage());
        assertEquals(before, Files.readString(open));
        assertEquals(List.of(), saved);
    }

    @Test
    void aFolderThatIsGoneIsAPlainSentenceAndNothingIsWritten(FxRobot robot, @TempDir Path dir) throws Exception {
        useTricky(dir, false);
        runExport(robot, ExportActions.Kind.WORKBOOK, dir.resolve("gone").resolve("c.xlsx"), Delimiter.COMMA);
        assertEquals(1, failures.size());
        assertTrue(failures.get(0).getMessage().startsWith("The folder " + dir.resolve("gone") + " does not exist"),
                failures.get(0).getMessage());
        assertFalse(Files.exists(dir.resolve("gone")));
    }

    @Test
    void nothingHappensWithoutAResult(FxRobot robot, @TempDir Path dir) {
        session = null;
        Task<?>[] task = new Task[1];
        robot.interact(() -> task[0] = actions.export(ExportActions.Kind.LABELED, dir.resolve("x.csv"), Delimiter.COMMA));
        assertNull(task[0]);
        assertFalse(Files.exists(dir.resolve("x.csv")));
    }

    @Test
    void aBareNameGetsTheExtensionAndAnyOtherIsKept() {
        assertEquals(Path.of("/x/report.csv"), ExportActions.withExtension(Path.of("/x/report"), ".csv"));
        assertEquals(Path.of("/x/report.txt"), ExportActions.withExtension(Path.of("/x/report.txt"), ".csv"));
    }
}
