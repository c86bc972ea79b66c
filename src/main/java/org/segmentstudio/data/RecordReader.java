package org.segmentstudio.data;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams the records of one file through Commons CSV into column builders. Blank lines are
 * skipped; a row whose number of fields does not match the header is left out and reported with
 * the line it starts on (the parser's own line count, so quoted line breaks are counted right).
 */
final class RecordReader {
    /** The decoder found bytes that are not in the file's encoding. */
    static final class BadBytes extends Exception {
        final long line;

        BadBytes(long line) {
            super(null, null, false, false);
            this.line = line;
        }
    }

    private final String name;
    private final CsvDialect dialect;
    private final String encoding;
    private final int expectedRows;

    private String[] header;
    private ColumnBuilder[] columns;
    /** Rows may lack the trailing cells whose header is blank (a header that ends in a delimiter). */
    private int minWidth;
    private int rows;
    private long leftOutCount;
    private final List<ImportReport.LeftOutRow> leftOut = new ArrayList<>();

    RecordReader(String name, CsvDialect dialect, String encoding, int expectedRows) {
        this.name = name;
        this.dialect = dialect;
        this.encoding = encoding;
        this.expectedRows = expectedRows;
    }

    Dataset read(Reader reader, CsvImporter.Progress progress, BooleanSupplier cancelled)
            throws IOException, DataFormatException, CsvImporter.CancelledException, BadBytes {
        long previousEnd = 0;
        long records = 0;
        try (CSVParser parser = CSVParser.parse(reader, dialect.format())) {
            Iterator<CSVRecord> it = parser.iterator();
            while (hasNext(it, previousEnd + 1)) {
                CSVRecord rec = it.next();
                long line = previousEnd + 1;
                previousEnd = parser.getCurrentLineNumber();
                if ((++records & 0xFF) == 0) {
                    if (cancelled.getAsBoolean()) {
                        throw new CsvImporter.CancelledException();
                    }
                    if ((records & 0x3FFF) == 0) {
                        progress.rowsRead(rows);
                    }
                }
                accept(rec, line);
            }
        }
        progress.rowsRead(rows);
        return finish();
    }

    /** Commons CSV reports read errors unchecked; turn them into the user's terms. */
    private boolean hasNext(Iterator<CSVRecord> it, long line) throws DataFormatException, IOException, BadBytes {
        try {
            return it.hasNext();
        } catch (UncheckedIOException e) {
            IOException cause = e.getCause();
            if (cause instanceof CharacterCodingException) {
                throw new BadBytes(line);
            }
            String detail = String.valueOf(cause.getMessage());
            if (detail.contains("EOF reached before encapsulated token finished")) {
                throw new DataFormatException(name, line, -1, "File " + name + ", line " + line
                        + ": a quoted field starts here but its closing quote (\") is missing. "
                        + "Fix the quotes on that line and open the file again.");
            }
            if (cause.getClass().getName().startsWith("org.apache.commons.csv")) {
                throw new DataFormatException(name, line, -1, "File " + name + ", line " + line
                        + " cannot be read as CSV (" + detail + "). Fix that line and open the file again.");
            }
            throw cause;
        }
    }

    private void accept(CSVRecord rec, long line) {
        int n = rec.size();
        if (isBlank(rec) || (line == 1 && dialect.sepLine())) {
            return;
        }
        if (columns == null) {
            start(rec);
            if (dialect.header()) {
                return;
            }
        }
        int width = columns.length;
        if (n < minWidth || (n > width && !blankFrom(rec, width))) {
            leftOutCount++;
            if (leftOut.size() < ImportReport.LISTED) {
                leftOut.add(new ImportReport.LeftOutRow(line, n, width));
            }
            return;
        }
        for (int c = 0; c < width; c++) {
            columns[c].add(c < n ? rec.get(c) : "");
        }
        rows++;
    }

    private void start(CSVRecord first) {
        int width = first.size();
        header = new String[width];
        minWidth = width;
        for (int c = 0; c < width; c++) {
            header[c] = dialect.header() ? first.get(c).strip() : "";
        }
        if (dialect.header()) {
            while (minWidth > 1 && header[minWidth - 1].isEmpty()) {
                minWidth--;
            }
        }
        columns = new ColumnBuilder[width];
        for (int c = 0; c < width; c++) {
            columns[c] = new ColumnBuilder(expectedRows, dialect.decimalComma());
        }
    }

    private static boolean isBlank(CSVRecord rec) {
        return blankFrom(rec, 0);
    }

    private static boolean blankFrom(CSVRecord rec, int from) {
        for (int c = from; c < rec.size(); c++) {
            if (!rec.get(c).isBlank()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The columns of a table read cell by cell, named after its header (blank or repeated names made
     * distinct), without the empty column a trailing delimiter leaves; refused without a numeric
     * column. Shared by the CSV and the workbook readers.
     */
    static List<Column> assemble(String name, String[] header, ColumnBuilder[] columns) throws DataFormatException {
        List<String> names = HeaderNames.unique(header);
        int kept = columns.length;
        while (kept > 1 && header[kept - 1].isEmpty() && columns[kept - 1].allEmpty()) {
            kept--; // the empty column after a trailing delimiter
        }
        List<Column> built = new ArrayList<>(kept);
        for (int c = 0; c < kept; c++) {
            built.add(columns[c].build(names.get(c)));
            columns[c] = null;
        }
        if (built.stream().noneMatch(Column::isNumeric)) {
            throw new DataFormatException(name, "File " + name + " has no numeric column to cluster on (columns: "
                    + String.join(", ", built.stream().map(Column::name).toList())
                    + "). Choose a file with at least one column of numbers, such as age or income.");
        }
        return built;
    }

    private Dataset finish() throws DataFormatException {
        if (columns == null) {
            throw CsvImporter.empty(name);
        }
        if (rows == 0 && leftOutCount == 0) {
            throw new DataFormatException(name, "File " + name + " has a header row but no customer rows. "
                    + "Choose the file that holds the customers.");
        }
        if (leftOutCount > rows) {
            ImportReport.LeftOutRow first = leftOut.get(0);
            throw new DataFormatException(name, first.line(), -1, "File " + name + ", line " + first.line()
                    + ": expected " + first.expected() + " fields as in the " + (dialect.header() ? "header" : "first row")
                    + " but found " + first.fields()
                    + ", and " + leftOutCount + " of " + (rows + leftOutCount) + " rows do not match. "
                    + "Check that the file is a CSV with one customer per line.");
        }
        List<Column> built = assemble(name, header, columns);
        ImportReport report = new ImportReport(encoding, dialect.delimiter(), dialect.decimalComma(), dialect.header(),
                leftOutCount, leftOut);
        return new Dataset(name, built, report);
    }
}
