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
import org.segmentstudio.data.Column;
import org.segmentstudio.data.ColumnKind;
import org.segmentstudio.data.CsvImporter;
import org.segmentstudio.data.Dataset;
import org.segmentstudio.data.ExportOptions.Delimiter;
import org.segmentstudio.segments.export.SegmentLabels;
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

    /** 200,000 customers, so that writing a workbook takes long enough to be cancelled midway. */
    private void useMany() {
        int n = 200_000;
        String[] ids = new String[n];
        double[] idValues = new double[n];
        String[] ages = new String[n];
        double[] ageValues = new double[n];
        int[] seg = new int[n];
        double[] dist = new double[n];
        for (int i = 0; i < n; i++) {
            ids[i] = Integer.toString(i + 1);
            idValues[i] = i + 1;
            ageValues[i] = 18 + i % 60;
            ages[i] = Integer.toString(18 + i % 60);
            seg[i] = 1 + i % 2;
            dist[i] = i % 7;
        }
        Dataset d = new Dataset("many.csv", List.of(new Column("ID", ColumnKind.IDENTIFIER, ids, idValues),
                new Column("Age", ColumnKind.NUMERIC, ages, ageValues)));
        session = new ExportActions.Session(d, new SegmentLabels(seg, List.of("Young", "Older"), dist, List.of("Age")), null);
    }

    /**
     * Cancel may land before the writer starts, while it writes, or after the file was moved into
     * place: whichever it was, one note says it truthfully, no error is shown and no temp file stays.
     */
    @Test
    void cancellingAnExportTellsWhatBecameOfTheFile(FxRobot robot, @TempDir Path dir) throws Exception {
        useMany();
        java.util.Set<String> outcomes = new java.util.HashSet<>();
        int[] delays = {0, 30, 120, -1}; // -1: after the export finished
        for (int attempt = 0; attempt < delays.length; attempt++) {
            Path folder = Files.createDirectory(dir.resolve("try" + attempt));
            saved.clear();
            Path target = folder.resolve("c.xlsx");
            @SuppressWarnings("unchecked")
            Task<Void>[] task = new Task[1];
            robot.interact(() -> task[0] = actions.export(ExportActions.Kind.WORKBOOK, target, Delimiter.COMMA));
            if (delays[attempt] < 0) {
                WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> task[0].isDone());
            } else {
                Thread.sleep(delays[attempt]);
            }
            robot.interact(() -> task[0].cancel());
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !saved.isEmpty());
            WaitForAsyncUtils.sleep(100, TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(1, saved.size(), saved.toString());
            outcomes.add(saved.get(0));
            if (Files.exists(target)) { // done before Cancel, or moved into place as it came
                assertTrue(List.of("Saved c.xlsx", "c.xlsx was already saved when Cancel came").contains(saved.get(0)),
                        saved.get(0));
                try (ReadableWorkbook wb = new ReadableWorkbook(target.toFile())) {
                    assertEquals(2, wb.getSheets().count(), "a whole workbook");
                }
            } else {
                assertEquals("Saving c.xlsx cancelled; the file was left as it was", saved.get(0));
            }
            try (var files = Files.list(folder)) {
                assertEquals(0, files.filter(f -> f.getFileName().toString().endsWith(".part")).count(), "no temp file");
            }
        }
        assertEquals(List.of(), failures, "a cancelled export is not an error");
        assertTrue(outcomes.contains("Saving c.xlsx cancelled; the file was left as it was"), outcomes.toString());
        assertTrue(outcomes.contains("Saved c.xlsx"), outcomes.toString());
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
