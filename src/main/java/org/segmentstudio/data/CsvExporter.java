package org.segmentstudio.data;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the customers with their segment, so that Excel opens the file right: UTF-8 with a byte
 * order mark, CRLF line ends, RFC 4180 quoting. The original cells are written as they were read.
 * The file is written beside the target and moved into place, so a failure leaves no half file.
 */
public final class CsvExporter {
    public static final String SEGMENT_COLUMN = "Segment";

    /**
     * @param segments one per row: the 1-based segment, or 0 for a row that was left out of clustering
     */
    public void writeLabeled(Dataset data, int[] segments, Path target) throws IOException {
        if (segments.length != data.rowCount()) {
            throw new IllegalArgumentException("one segment per row is needed");
        }
        AtomicFiles.write(target, out -> {
            CSVFormat format = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();
            try (CSVPrinter printer = new CSVPrinter(out, format)) {
                List<String> header = new ArrayList<>(data.columnNames());
                header.add(SEGMENT_COLUMN);
                printer.printRecord(header);
                int cols = data.columnCount();
                String[] row = new String[cols + 1];
                for (int r = 0; r < data.rowCount(); r++) {
                    for (int c = 0; c < cols; c++) {
                        row[c] = data.column(c).text(r);
                    }
                    row[cols] = segments[r] > 0 ? Integer.toString(segments[r]) : "";
                    printer.printRecord((Object[]) row);
                }
            }
        });
    }

    /** Writes through a temp file in the target's folder and an atomic move. */
    public static final class AtomicFiles {
        /** What writes the content. */
        @FunctionalInterface
        public interface Content {
            void writeTo(Writer out) throws IOException;
        }

        private AtomicFiles() {
        }

        public static void write(Path target, Content content) throws IOException {
            Path dir = target.toAbsolutePath().getParent();
            Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".part");
            try {
                try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(tmp), StandardCharsets.UTF_8))) {
                    w.write('\uFEFF');
                    content.writeTo(w);
                }
                try {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        }
    }
}
