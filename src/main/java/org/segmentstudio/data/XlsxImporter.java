package org.segmentstudio.data;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads one sheet of an Excel workbook (.xlsx) as the customers, with fastexcel's streaming reader:
 * the first non-blank row is the header; numbers, dates and text come in as Excel shows them (a
 * date as 2011-12-09, a whole number without ".0"), then go through the same column rules as a CSV.
 */
public final class XlsxImporter {
    /** What the import note says the file was read as. */
    public static final String KIND = "Excel workbook";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    /** Whether the file starts as a workbook does (a zip with the Office parts). */
    public static boolean isWorkbook(byte[] head) {
        return head.length >= 4 && ReadableWorkbook.isOOXMLZipHeader(head);
    }

    /** The sheets' names, in the workbook's order. */
    public static List<String> sheets(Path file) throws DataFormatException, IOException {
        String name = file.getFileName().toString();
        try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile())) {
            return wb.getSheets().map(Sheet::getName).toList();
        } catch (RuntimeException e) {
            throw unreadable(name, e);
        }
    }

    /**
     * @param sheet the sheet's name, or null for the first
     */
    public Dataset read(Path file, String sheet, CsvImporter.Progress progress, BooleanSupplier cancelled)
            throws DataFormatException, IOException, CsvImporter.CancelledException {
        String name = file.getFileName().toString();
        try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false))) {
            Sheet s = sheet == null ? wb.getFirstSheet() : wb.findSheet(sheet).orElseThrow(() ->
                    new DataFormatException(name, "Workbook " + name + " has no sheet named '" + sheet + "'. Its sheets: "
                            + String.join(", ", wb.getSheets().map(Sheet::getName).toList()) + "."));
            try (Stream<Row> rows = s.openStream()) {
                return read(name + (sheet == null ? "" : " (" + s.getName() + ")"), name, rows.iterator(), progress,
                        cancelled);
            }
        } catch (RuntimeException e) {
            throw unreadable(name, e);
        }
    }

    private static Dataset read(String source, String name, Iterator<Row> rows, CsvImporter.Progress progress,
                                BooleanSupplier cancelled) throws DataFormatException, CsvImporter.CancelledException {
        String[] header = null;
        ColumnBuilder[] columns = null;
        long count = 0;
        while (rows.hasNext()) {
            Row row = rows.next();
            if (cancelled.getAsBoolean()) {
                throw new CsvImporter.CancelledException();
            }
            List<String> cells = cells(row);
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            if (header == null) {
                int width = cells.size();
                while (width > 1 && cells.get(width - 1).isBlank()) {
                    width--;
                }
                header = new String[width];
                columns = new ColumnBuilder[width];
                for (int c = 0; c < width; c++) {
                    header[c] = cells.get(c).strip();
                    columns[c] = new ColumnBuilder(1024, false);
                }
                continue;
            }
            for (int c = 0; c < columns.length; c++) {
                columns[c].add(c < cells.size() ? cells.get(c) : "");
            }
            if (++count % 10_000 == 0) {
                progress.rowsRead(count);
            }
        }
        if (header == null) {
            throw new DataFormatException(name, "Workbook " + name + " has no rows in that sheet. Choose the sheet that "
                    + "holds the customers.");
        }
        if (count == 0) {
            throw new DataFormatException(name, "Workbook " + name + " has a header row but no customer rows. "
                    + "Choose the sheet that holds the customers.");
        }
        progress.rowsRead(count);
        List<Column> built = RecordReader.assemble(name, header, columns);
        return new Dataset(source, built, new ImportReport(KIND, ',', false, true, 0, List.of()));
    }

    /** The row's cells as Excel shows them, with empty text for empty cells. */
    private static List<String> cells(Row row) {
        List<String> out = new ArrayList<>(row.getCellCount());
        for (int c = 0; c < row.getCellCount(); c++) {
            Cell cell = row.getCell(c);
            out.add(cell == null ? "" : text(cell));
        }
        return out;
    }

    static String text(Cell cell) {
        switch (cell.getType()) {
            case NUMBER -> {
                if (isDateFormat(cell.getDataFormatString())) {
                    LocalDateTime t = cell.asDate();
                    return t.toLocalTime().toSecondOfDay() == 0 ? t.format(DAY) : t.format(MINUTE);
                }
                BigDecimal n = cell.asNumber();
                return n.stripTrailingZeros().toPlainString();
            }
            case BOOLEAN -> {
                return Boolean.TRUE.equals(cell.asBoolean()) ? "TRUE" : "FALSE";
            }
            case ERROR -> {
                return ""; // #N/A, #DIV/0!: no value
            }
            case EMPTY -> {
                return "";
            }
            default -> {
                String raw = cell.getRawValue();
                return raw == null ? "" : raw;
            }
        }
    }

    /** Whether a number format shows a date or a time (y, m with d, h, s outside quotes and brackets). */
    static boolean isDateFormat(String format) {
        if (format == null) {
            return false;
        }
        String plain = format.replaceAll("\"[^\"]*\"|\\[[^]]*]|\\\\.", "").toLowerCase(Locale.ROOT);
        return plain.contains("y") || plain.contains("d") || plain.contains("h") || plain.matches(".*(^|[^0#])s.*");
    }

    private static DataFormatException unreadable(String name, Exception e) {
        return new DataFormatException(name, "File " + name + " is an Excel workbook that could not be read: it may be"
                + " damaged, password-protected or only partly saved. Open it in Excel, save it again as .xlsx or as"
                + " CSV UTF-8, and open that file.");
    }
}
