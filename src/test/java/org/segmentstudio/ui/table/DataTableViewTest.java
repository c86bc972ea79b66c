package org.segmentstudio.ui.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.segmentstudio.data.CsvImporter;
import org.segmentstudio.data.Dataset;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The table shows the data open, whether its columns are new or the same as before. */
@ExtendWith(ApplicationExtension.class)
class DataTableViewTest {
    private DataTableView table;

    @Start
    void start(Stage stage) {
        table = new DataTableView();
        stage.setScene(new Scene(table, 600, 300));
        stage.show();
    }

    private static Dataset csv(String name, String text) throws Exception {
        return new CsvImporter().read(name, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                CsvImporter.Progress.NONE, () -> false);
    }

    /** The texts of the first visible row's cells, left to right, as drawn. */
    private List<String> firstRow(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node row = robot.lookup(".table-row-cell").queryAll().stream()
                .filter(n -> ((javafx.scene.control.TableRow<?>) n).getIndex() == 0 && n.isVisible())
                .findFirst().orElseThrow();
        return robot.from(row).lookup(".table-cell").queryAll().stream()
                .filter(n -> ((TableCell<?, ?>) n).getTableColumn().isVisible())
                .sorted(java.util.Comparator.comparingDouble(n -> n.localToScene(0, 0).getX()))
                .map(n -> ((TableCell<?, ?>) n).getText() == null ? "" : ((TableCell<?, ?>) n).getText())
                .filter(t -> !t.isEmpty()).toList();
    }

    @Test
    void aFileWithTheSameColumnsKeepsThemAndShowsItsOwnCells(FxRobot robot) throws Exception {
        Dataset november = csv("november.csv", "Name,Spend\nAnn,10\nBo,20\n");
        Dataset december = csv("december.csv", "Name,Spend\nCy,30.5\nDi,40\nEd,50\n");
        robot.interact(() -> table.show(november));
        assertEquals(List.of("Ann", "10"), firstRow(robot));
        TableColumn<Integer, ?> spend = table.getColumns().get(1);
        robot.interact(() -> table.show(december));
        assertEquals(List.of("Cy", "30.5"), firstRow(robot));
        assertSame(spend, table.getColumns().get(1), "the same columns stay");
        assertEquals(3, table.getItems().size());
        assertEquals("40", table.getColumns().get(1).getCellObservableValue(1).getValue());

        Dataset other = csv("other.csv", "Region,Visits,Spend\nNorth,3,12\n");
        robot.interact(() -> table.show(other));
        assertEquals(List.of("North", "3", "12"), firstRow(robot));
        assertNotSame(spend, table.getColumns().get(2), "other columns are built anew");
        assertTrue(table.getColumns().get(1).getStyle().contains("CENTER-RIGHT"), "numbers to the right");
    }

    @Test
    void aColumnThatTurnedToTextIsAlignedAsText(FxRobot robot) throws Exception {
        robot.interact(() -> {
            try {
                table.show(csv("a.csv", "Id,Code\n1,10\n2,20\n"));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertTrue(table.getColumns().get(1).getStyle().contains("CENTER-RIGHT"));
        TableColumn<Integer, ?> code = table.getColumns().get(1);
        TableColumn<Integer, ?> id = table.getColumns().get(0);
        robot.interact(() -> table.getColumns().add(table.getColumns().remove(0))); // the user drags Id to the end
        Dataset text = csv("b.csv", "Id,Code\n1,A7\n2,B9\n");
        robot.interact(() -> table.show(text));
        assertEquals("", code.getStyle(), "text to the left, as in a new table");
        assertTrue(id.getStyle().contains("CENTER-RIGHT"), "the dragged column keeps its own alignment");
        assertEquals(List.of("A7", "1"), firstRow(robot));
    }

    @Test
    void columnsAreAsWideAsTheirHeaderAndFirstRowsNeverTheDefaultThatMeasuresEveryCell(FxRobot robot) throws Exception {
        StringBuilder text = new StringBuilder("Age,Gender,City,Channel,Comment\n");
        for (int i = 0; i < 40; i++) {
            // Past the rows measured, a longer text does not widen the column.
            String comment = i == 35 ? "a very long remark far down the file, past the rows measured" : "ok";
            text.append(18 + i).append(i % 2 == 0 ? ",Female," : ",Male,").append(i == 3 ? "San Francisco Bay Area" : "Rome")
                    .append(',').append(i % 3).append(',').append(comment).append('\n');
        }
        Dataset d = csv("shops.csv", text.toString());
        robot.interact(() -> table.show(d));
        WaitForAsyncUtils.waitForFxEvents();
        double age = table.getColumns().get(0).getPrefWidth();
        double gender = table.getColumns().get(1).getPrefWidth();
        double city = table.getColumns().get(2).getPrefWidth();
        double channel = table.getColumns().get(3).getPrefWidth();
        double comment = table.getColumns().get(4).getPrefWidth();
        assertEquals(64, age, "a short header over short numbers: the least width");
        assertEquals(72, gender, "room for \"Female\" and its header");
        assertEquals("San Francisco Bay Area".length() * 7.5 + 24, city, "the longest of the first rows sets it");
        assertEquals(81, channel, "7 letters make 80 px, TableColumn's default, which JavaFX would fit to every cell");
        assertEquals(7 * 8 + 24 + 1, comment);
        for (TableColumn<Integer, ?> c : table.getVisibleLeafColumns()) {
            assertTrue(c.getPrefWidth() != 80, c.getText() + " is not left at the default width");
            // At the default width, showing would have fitted the column to its content: the width would differ.
            assertEquals(c.getPrefWidth(), c.getWidth(), 0.01, c.getText() + " keeps the width given");
        }
    }

    @Test
    void rowsHaveTheFixedHeightOfTheAppsStylesheet(FxRobot robot) throws Exception {
        robot.interact(() -> table.getScene().getStylesheets().add(org.segmentstudio.ui.shell.MainWindow.stylesheet()));
        Dataset d = csv("a.csv", "Name,Spend\nAnn,10\nBo,20\n");
        robot.interact(() -> table.show(d));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(12 * 2.8, table.getFixedCellSize(), 0.01, "2.8 em of the table's 12 px font");
        javafx.scene.Node row = robot.lookup(".table-row-cell").queryAll().iterator().next();
        assertEquals(table.getFixedCellSize(), row.getLayoutBounds().getHeight(), 0.01);
    }

    @Test
    void wideCharactersCountTwiceAndALongHeaderIsNeverCut(FxRobot robot) throws Exception {
        String header = "Average spend per visit over the last twelve months (k$)";
        Dataset d = csv("tokyo.csv", "City," + header + "\n東京都渋谷区,12\n");
        robot.interact(() -> table.show(d));
        assertEquals(6 * 2 * 7.5 + 24, table.getColumns().get(0).getPrefWidth(), "six wide characters take twelve cells");
        assertEquals(header.length() * 8 + 24, table.getColumns().get(1).getPrefWidth(), "the header's full length, past 320 px");
        assertEquals(2, DataTableView.columns("Ａ"), "a full-width letter is wide");
        assertEquals(1, DataTableView.columns("ｱ"), "a half-width katakana is not");
    }

    @Test
    void theSegmentColumnFitsItsLongestNameUntilTheUserSetsItsWidth(FxRobot robot) throws Exception {
        Dataset d = csv("a.csv", "Name,Spend\nAnn,10\nBo,20\n");
        robot.interact(() -> table.show(d));
        TableColumn<Integer, ?> seg = table.getColumns().get(2);
        assertEquals("Segment", seg.getText());
        assertEquals(120, seg.getPrefWidth(), "no names yet: room for the header and a short name");
        robot.interact(() -> table.segmentNamesProperty().set(List.of("Champions", "About to sleep · smaller orders")));
        assertEquals("2 · About to sleep · smaller orders".length() * 7.5 + 24, seg.getPrefWidth());
        robot.interact(() -> seg.setPrefWidth(150)); // as dragging its edge does
        robot.interact(() -> table.segmentNamesProperty().set(List.of("A much longer name than before, for everyone")));
        assertEquals(150, seg.getPrefWidth(), "the user's width stays");
    }

    @Test
    void aCustomerLeftOutOfTheRunSaysSoInTheSegmentColumn(FxRobot robot) throws Exception {
        Dataset d = csv("gaps.csv", "Name,Spend\nAnn,10\nBo,\nCy,30\n");
        org.segmentstudio.segments.FeatureMatrix fm = org.segmentstudio.segments.FeatureMatrixBuilder.build(d,
                List.of("Spend"), org.segmentstudio.segments.MissingPolicy.DROP);
        robot.interact(() -> table.show(d));
        TableColumn<Integer, ?> seg = table.getColumns().get(2);
        assertEquals("", seg.getCellObservableValue(1).getValue(), "no run: nothing to say");
        robot.interact(() -> {
            table.showSegments(fm, new int[] {0, 1});
            table.segmentNamesProperty().set(List.of("Small", "Big"));
        });
        assertEquals("1 · Small", seg.getCellObservableValue(0).getValue());
        assertEquals("left out: a feature has no value", seg.getCellObservableValue(1).getValue());
        assertEquals("2 · Big", seg.getCellObservableValue(2).getValue());
        assertEquals("left out: a feature has no value".length() * 7.5 + 24, seg.getPrefWidth(), "room for it");
    }
}
