package org.segmentstudio.data;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file streamed record by record with the importer's own rules: its encoding and dialect
 * sniffed from the first 64 KB, its header row, blank lines skipped, line numbers as the file has
 * them. Memory stays flat however long the file is.
 */
public final class CsvLines implements LineSource {
    private static final int HEAD_BYTES = CsvImporter.HEAD_BYTES;

    private final String name;
    private final long size;
    private final CountingStream counted;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final CsvDialect dialect;
    private final List<String> header;
    private long previousEnd;
    private long line;

    private CsvLines(Path file, Charset forced) throws IOException, DataFormatException {
        name = file.getFileName().toString();
        try {
            size = Files.size(file);
            counted = new CountingStream(Files.newInputStream(file));
        } catch (NoSuchFileException e) {
            throw new DataFormatException(name, "File " + name + " was not found. Check the path and try again.");
        } catch (AccessDeniedException e) {
            throw new DataFormatException(name, "File " + name + " cannot be read: permission denied. "
                    + "Copy it to a folder of yours, or ask for read access, and open it again.");
        }
        BufferedInputStream in = new BufferedInputStream(counted, HEAD_BYTES);
        CSVParser p = null;
        CsvDialect d;
        try {
            in.mark(HEAD_BYTES);
            byte[] head = in.readNBytes(HEAD_BYTES);
            in.reset();
            if (head.length == 0) {
                throw CsvImporter.empty(name);
            }
            TextEncoding detected = TextEncoding.detect(head, head.length, name);
            TextEncoding encoding = forced == null ? detected : new TextEncoding(forced, detected.bomLength());
            in.skipNBytes(encoding.bomLength());
            String sample = CsvImporter.sample(head, encoding);
            if (sample.isBlank()) {
                throw CsvImporter.empty(name);
            }
            d = CsvDialect.sniff(sample);
            p = CSVParser.parse(new InputStreamReader(in, encoding.decoder()), d.format());
        } catch (IOException | DataFormatException | RuntimeException e) {
            in.close(); // refused or unreadable: the file is not kept open (nor locked, on Windows)
            throw e;
        }
        dialect = d;
        parser = p;
        records = parser.iterator();
        String[] first;
        try {
            first = next();
        } catch (IOException | DataFormatException | RuntimeException e) {
            close();
            throw e;
        }
        if (first == null) {
            close();
            throw CsvImporter.empty(name);
        }
        List<String> h = new ArrayList<>();
        for (String cell : first) {
            h.add(dialect.header() ? cell.strip() : "");
        }
        header = List.copyOf(h);
        if (!dialect.header()) {
            close();
            throw new DataFormatException(name, 1, -1, "File " + name + " has no header row: its first line holds "
                    + "values. Add a header row that names the columns and open it again.");
        }
    }

    /**
     * Opens a CSV in the encoding its first bytes show. When later bytes prove it is not UTF-8,
     * {@link #next()} throws {@link NotUtf8}: open it again with {@link TextEncoding#WINDOWS_1252}.
     */
    public static CsvLines open(Path file) throws IOException, DataFormatException {
        return new CsvLines(file, null);
    }

    /** Opens it read as Windows-1252, for a file whose bytes proved not to be UTF-8. */
    public static CsvLines openAsWindows1252(Path file) throws IOException, DataFormatException {
        return new CsvLines(file, TextEncoding.WINDOWS_1252);
    }

    /** Bytes after the first 64 KB are not UTF-8 after all. */
    public static final class NotUtf8 extends IOException {
        NotUtf8(long line) {
            super("not UTF-8 from line " + line);
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public String[] next() throws IOException, DataFormatException {
        while (true) {
            CSVRecord rec;
            try {
                if (!records.hasNext()) {
                    return null;
                }
                rec = records.next();
            } catch (UncheckedIOException e) {
                IOException cause = e.getCause();
                long at = previousEnd + 1;
                if (cause instanceof CharacterCodingException) {
                    throw new NotUtf8(at);
                }
                throw new DataFormatException(name, at, -1, "File " + name + ", line " + at
                        + " cannot be read as CSV (" + cause.getMessage() + "). Fix that line and open the file again.");
            }
            line = previousEnd + 1;
            previousEnd = parser.getCurrentLineNumber();
            if (line == 1 && dialect.sepLine()) {
                continue;
            }
            String[] cells = rec.values();
            boolean blank = true;
            for (String c : cells) {
                if (!c.isBlank()) {
                    blank = false;
                    break;
                }
            }
            if (!blank) {
                return cells;
            }
        }
    }

    @Override
    public long line() {
        return line;
    }

    @Override
    public double fraction() {
        return size <= 0 ? 0 : Math.min(1, (double) counted.count / size);
    }

    @Override
    public boolean decimalComma() {
        return dialect.decimalComma();
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
