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

    /**
     * The same records as {@link #read}, for the plainest and commonest files, without Commons CSV:
     * lines of ASCII text with no quote in them, split at each delimiter, the cells handed to the
     * columns as bytes (a whole number or a repeated category then costs no string). Such a file
     * has one record per line and nothing for a CSV parser to interpret, so the records are the
     * parser's to the character; a file read this way costs a third of the time, most of all in a
     * process that has just started. Returns null, having consumed some of {@code in}, at the first
     * byte that needs the full parser: a quote, a byte above 127 (the text's encoding decides), or
     * a carriage return that does not end a line; the caller then reads the file again with
     * {@link #read}.
     */
    Dataset readPlain(java.io.InputStream in, CsvImporter.Progress progress, BooleanSupplier cancelled)
            throws IOException, DataFormatException, CsvImporter.CancelledException {
        if (dialect.delimiter() > 127 || dialect.delimiter() == '"' || dialect.delimiter() == '\r'
                || dialect.delimiter() == '\n') {
            return null;
        }
        final byte delimiter = (byte) dialect.delimiter();
        byte[] buf = new byte[1 << 18];
        int len = 0;
        long line = 0;
        long records = 0;
        boolean eof = false;
        while (!eof) {
            if (len == buf.length) {
                buf = java.util.Arrays.copyOf(buf, buf.length * 2); // a line longer than the buffer
            }
            int got = in.readNBytes(buf, len, buf.length - len);
            eof = got == 0;
            len += got;
            int complete = len;
            if (!eof) {
                while (complete > 0 && buf[complete - 1] != '\n') {
                    complete--;
                }
                if (complete == 0) {
                    continue;
                }
            }
            int p = 0;
            while (p < complete) {
                int q = splitLine(buf, p, complete, delimiter);
                if (q < 0) {
                    return null;
                }
                int fields = splitFields;
                int[] ends = splitEnds;
                line++;
                if ((++records & 0xFF) == 0) {
                    if (cancelled.getAsBoolean()) {
                        throw new CsvImporter.CancelledException();
                    }
                    if ((records & 0x3FFF) == 0) {
                        progress.rowsRead(rows);
                    }
                }
                acceptPlain(buf, p, ends, fields, line);
                p = q + 1;
            }
            System.arraycopy(buf, complete, buf, 0, len - complete);
            len -= complete;
        }
        progress.rowsRead(rows);
        return finish();
    }

    /** The cell ends of the line {@link #splitLine} split last, and how many there are. */
    private int[] splitEnds = new int[16];
    private int splitFields;

    /**
     * Splits the line that starts at {@code p} (a newline comes before {@code complete}) into
     * {@link #splitEnds} and {@link #splitFields}, the end of each cell ({@code \r\n} taken as one
     * line end). A method of its own, called for each line, so that the JIT compiles it early and
     * whole, not only by replacing the running loop (measured: a cold import 20 % faster).
     *
     * @return where the line's newline is, or -1 for a byte the plain reading does not take (a
     *     quote, a byte above 127, a lone {@code \r})
     */
    private int splitLine(byte[] buf, int p, int complete, byte delimiter) {
        int[] ends = splitEnds;
        int fields = 0;
        int q = p;
        for (; q < complete; q++) {
            byte b = buf[q];
            if (b == delimiter) {
                if (fields == ends.length) {
                    ends = java.util.Arrays.copyOf(ends, fields * 2);
                }
                ends[fields++] = q;
            } else if (b == '\n') {
                break;
            } else if (b == '"' || b < 0 || (b == '\r' && q + 1 < complete && buf[q + 1] != '\n')) {
                return -1;
            }
        }
        int end = q > p && buf[q - 1] == '\r' ? q - 1 : q;
        if (fields == ends.length) {
            ends = java.util.Arrays.copyOf(ends, fields * 2);
        }
        ends[fields++] = end;
        splitEnds = ends;
        splitFields = fields;
        return q;
    }

    /** {@link #accept} for a line of {@code fields} cells from {@code from}, the i-th ending at {@code ends[i]}. */
    private void acceptPlain(byte[] buf, int from, int[] ends, int fields, long line) {
        if (blankFrom(buf, from, ends, 0, fields) || (line == 1 && dialect.sepLine())) {
            return;
        }
        if (columns == null) {
            String[] cells = new String[fields];
            for (int c = 0; c < fields; c++) {
                int a = c == 0 ? from : ends[c - 1] + 1;
                cells[c] = new String(buf, a, ends[c] - a, java.nio.charset.StandardCharsets.ISO_8859_1);
            }
            start(cells);
            if (dialect.header()) {
                return;
            }
        }
        int width = columns.length;
        if (fields < minWidth || (fields > width && !blankFrom(buf, from, ends, width, fields))) {
            leaveOut(line, fields);
            return;
        }
        for (int c = 0; c < width; c++) {
            if (c < fields) {
                columns[c].addPlain(buf, c == 0 ? from : ends[c - 1] + 1, ends[c]);
            } else {
                columns[c].add("");
            }
        }
        rows++;
    }

    /** Whether the cells {@code first} … {@code fields - 1} of a line are blank, as {@link String#isBlank} says. */
    private static boolean blankFrom(byte[] buf, int from, int[] ends, int first, int fields) {
        for (int c = first; c < fields; c++) {
            for (int i = c == 0 ? from : ends[c - 1] + 1; i < ends[c]; i++) {
                if (!Character.isWhitespace((char) buf[i])) {
                    return false;
                }
            }
        }
        return true;
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
            String[] cells = new String[n];
            for (int c = 0; c < n; c++) {
                cells[c] = rec.get(c);
            }
            start(cells);
            if (dialect.header()) {
                return;
            }
        }
        int width = columns.length;
        if (n < minWidth || (n > width && !blankFrom(rec, width))) {
            leaveOut(line, n);
            return;
        }
        for (int c = 0; c < width; c++) {
            columns[c].add(c < n ? rec.get(c) : "");
        }
        rows++;
    }

    /** Counts a row of {@code fields} cells that does not fit the header's columns, and lists the first ones. */
    private void leaveOut(long line, int fields) {
        leftOutCount++;
        if (leftOut.size() < ImportReport.LISTED) {
            leftOut.add(new ImportReport.LeftOutRow(line, fields, columns.length));
        }
    }

    private void start(String[] first) {
        int width = first.length;
        header = new String[width];
        minWidth = width;
        for (int c = 0; c < width; c++) {
            header[c] = dialect.header() ? first[c].strip() : "";
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
