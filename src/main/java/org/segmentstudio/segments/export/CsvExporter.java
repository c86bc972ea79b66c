package org.segmentstudio.segments.export;

import org.segmentstudio.data.AtomicFiles;
import org.segmentstudio.data.ExportException;
import org.segmentstudio.data.ExportOptions;
import org.segmentstudio.data.CellSafety;
import org.segmentstudio.data.Dataset;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * Writes CSV files that Excel opens right: UTF-8 with a byte order mark, CRLF line ends, RFC 4180
 * quoting, comma or semicolon as the options say. Original cells are written as they were read
 * (only a cell that could run as a formula gets a leading quote, see {@link CellSafety}). Files
 * are saved through {@link org.segmentstudio.data.AtomicFiles}, so a failure leaves no half file.
 */
public final class CsvExporter {
    public static final String SEGMENT_COLUMN = "Segment";
    public static final String SEGMENT_NAME_COLUMN = "Segment name";
    /** Euclidean distance to the segment's centre over the clustered features, in the features' own units. */
    public static final String DISTANCE_COLUMN = "Distance to centre";
    /** How many of its neighbours a customer keeps across refits, when assessed; and whether that is few. */
    public static final String CERTAINTY_COLUMN = "Certainty";
    public static final String BORDERLINE_COLUMN = "Borderline";
    /** Decimals of the numbers we generate (distances, statistics, shares). */
    static final int DECIMALS = 2;

    /**
     * The labeled customers: every original column in order with its original text, then
     * {@value #SEGMENT_COLUMN}, {@value #SEGMENT_NAME_COLUMN} and {@value #DISTANCE_COLUMN}
     * (empty for a customer left out). The one writer behind the desktop app's File ▸ Export and
     * the command line's {@code --output}.
     *
     * @throws IllegalArgumentException when the target is the open data file or the labels do not fit the data
     * @throws ExportException          when the file cannot be saved; nothing was written
     */
    public void writeLabeled(Dataset data, SegmentLabels labels, Path target, ExportOptions options)
            throws ExportException {
        if (labels.rowCount() != data.rowCount()) {
            throw new IllegalArgumentException("one segment per row is needed: " + labels.rowCount()
                    + " labels for " + data.rowCount() + " customers");
        }
        options.checkTarget(target);
        save(target, out -> {
            CSVPrinter printer = printer(out, options);
            List<String> header = new ArrayList<>(data.columnNames());
            header.addAll(List.of(SEGMENT_COLUMN, SEGMENT_NAME_COLUMN, DISTANCE_COLUMN));
            boolean certain = labels.hasCertainty();
            if (certain) {
                header.addAll(List.of(CERTAINTY_COLUMN, BORDERLINE_COLUMN));
            }
            printSafe(printer, header);
            int cols = data.columnCount();
            String[] row = new String[cols + (certain ? 5 : 3)];
            for (int r = 0; r < data.rowCount(); r++) {
                for (int c = 0; c < cols; c++) {
                    row[c] = CellSafety.neutralise(data.column(c).text(r));
                }
                int s = labels.segment(r);
                row[cols] = s > 0 ? Integer.toString(s) : "";
                row[cols + 1] = s > 0 ? CellSafety.neutralise(labels.name(s)) : "";
                row[cols + 2] = s > 0 ? options.number(labels.distance(r), DECIMALS) : "";
                if (certain) {
                    double c = labels.certainty(r);
                    boolean known = s > 0 && Double.isFinite(c);
                    row[cols + 3] = known ? options.number(c, DECIMALS) : "";
                    row[cols + 4] = known ? (c < SegmentLabels.BORDERLINE_BELOW ? "yes" : "no") : "";
                }
                printer.printRecord((Object[]) row);
            }
            printer.flush();
        });
    }

    /** One row per segment, see {@link SegmentSummary}. */
    public void writeSummary(Dataset data, SegmentLabels labels, Path target, ExportOptions options)
            throws ExportException {
        SegmentSummary summary = SegmentSummary.of(data, labels);
        options.checkTarget(target);
        save(target, out -> {
            CSVPrinter printer = printer(out, options);
            printSafe(printer, summary.header());
            List<String> cells = new ArrayList<>(summary.header().size());
            for (List<Object> row : summary.rows()) {
                cells.clear();
                for (Object cell : row) {
                    cells.add(cell instanceof Double d ? options.number(d, DECIMALS)
                            : cell instanceof String s ? CellSafety.neutralise(s) : String.valueOf(cell));
                }
                printer.printRecord(cells);
            }
            printer.flush();
        });
    }

    private static void save(Path target, AtomicFiles.TextContent content) throws ExportException {
        AtomicFiles.writeText(target, content);
    }

    private static CSVPrinter printer(Writer out, ExportOptions options) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(options.delimiter().separator())
                .setRecordSeparator("\r\n")
                .setQuoteMode(QuoteMode.MINIMAL)
                .get();
        return new CSVPrinter(out, format);
    }

    private static void printSafe(CSVPrinter printer, List<String> cells) throws IOException {
        List<String> safe = new ArrayList<>(cells.size());
        for (String c : cells) {
            safe.add(CellSafety.neutralise(c));
        }
        printer.printRecord(safe);
    }
}
