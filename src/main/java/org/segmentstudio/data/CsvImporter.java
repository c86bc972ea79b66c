package org.segmentstudio.data;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * Reads a customer file into a {@link Dataset}: finds the encoding, the delimiter, the decimal
 * comma and the header, then streams the rows through Commons CSV into columnar storage. A file
 * it cannot take is refused with a {@link DataFormatException} whose message says which file,
 * where, and what to do.
 */
public final class CsvImporter {
    static final int HEAD_BYTES = 1 << 16;
    /** Loaded data takes up to about this many bytes of heap per byte of file (text-heavy files). */
    private static final long HEAP_PER_FILE_BYTE = 2;

    /** Told how far the import has come. */
    @FunctionalInterface
    public interface Progress {
        void rowsRead(long rows);

        /** @param total the file's size in bytes, or -1 when unknown */
        default void bytesRead(long read, long total) {
        }

        Progress NONE = rows -> { };
    }

    /** Thrown when the user cancelled an import; nothing was loaded. */
    public static final class CancelledException extends Exception {
        public CancelledException() {
            super("import cancelled");
        }
    }

    /** The bytes turned out not to be UTF-8 after the sample said they were. */
    private static final class NotUtf8 extends Exception {
        final long line;

        NotUtf8(long line) {
            super(null, null, false, false);
            this.line = line;
        }
    }

    private final LongSupplier freeHeap;

    public CsvImporter() {
        this(CsvImporter::freeHeap);
    }

    /** @param freeHeap bytes of heap the loaded data may take; tests pass a small figure */
    CsvImporter(LongSupplier freeHeap) {
        this.freeHeap = freeHeap;
    }

    /** Whether the file is an Excel workbook (.xlsx): a zip with the Office parts. */
    public static boolean isWorkbook(Path file) throws IOException {
        // The name first: looking at the bytes loads the workbook reader (fastexcel, zip), 15–20 ms
        // of the first CSV opened in a fresh process.
        String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".xlsx") && !lower.endsWith(".xlsm")) {
            return false;
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8);
        } catch (AccessDeniedException e) {
            return false; // said as for any file below
        }
        return XlsxImporter.isWorkbook(head);
    }

    private static long freeHeap() {
        Runtime rt = Runtime.getRuntime();
        return rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
    }

    public Dataset read(Path file) throws DataFormatException, IOException {
        try {
            return read(file, Progress.NONE, () -> false);
        } catch (CancelledException e) {
            throw new IllegalStateException("cannot be cancelled", e);
        }
    }

    public Dataset read(Path file, Progress progress, BooleanSupplier cancelled)
            throws DataFormatException, IOException, CancelledException {
        return read(file, null, progress, cancelled);
    }

    /**
     * Reads a CSV, or the sheet {@code sheet} of an Excel workbook (the first when null; a CSV has
     * no sheets and ignores it).
     */
    public Dataset read(Path file, String sheet, Progress progress, BooleanSupplier cancelled)
            throws DataFormatException, IOException, CancelledException {
        String name = file.getFileName().toString();
        if (!Files.isDirectory(file) && Files.isRegularFile(file) && isWorkbook(file)) {
            if (Files.size(file) * HEAP_PER_FILE_BYTE > freeHeap.getAsLong()) {
                throw tooLarge(name, Files.size(file));
            }
            return new XlsxImporter().read(file, sheet, progress, cancelled);
        }
        if (Files.isDirectory(file)) {
            throw new DataFormatException(name, name + " is a folder, not a file. Choose a CSV file inside it.");
        }
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new DataFormatException(name, "File " + name + " was not found. Check the path and try again.");
        }
        if (size * HEAP_PER_FILE_BYTE > freeHeap.getAsLong()) {
            throw tooLarge(name, size);
        }
        try {
            // Only a regular file can be read a second time when the plain reading gives up (a
            // pipe or /dev/stdin would have lost its first bytes).
            if (Files.isRegularFile(file)) {
                try (InputStream in = Files.newInputStream(file)) {
                    Dataset plain = readGuarded(name, in, size, progress, cancelled, null, true);
                    if (plain != null) {
                        return plain;
                    }
                }
            }
            try (InputStream in = Files.newInputStream(file)) {
                return readGuarded(name, in, size, progress, cancelled, null, false);
            } catch (NotUtf8 e) {
                // The first 64 KB were UTF-8, later bytes are not: read it all as Windows-1252.
                try (InputStream in = Files.newInputStream(file)) {
                    return readGuarded(name, in, size, progress, cancelled, TextEncoding.WINDOWS_1252, false);
                }
            }
        } catch (NotUtf8 e) {
            throw new IllegalStateException("Windows-1252 decodes every byte", e);
        } catch (AccessDeniedException e) {
            throw new DataFormatException(name, "File " + name + " cannot be read: permission denied. "
                    + "Copy it to a folder of yours, or ask for read access, and open it again.");
        }
    }

    /** Reads from a stream; {@code name} is how messages name the source. */
    public Dataset read(String name, InputStream in, Progress progress, BooleanSupplier cancelled)
            throws DataFormatException, IOException, CancelledException {
        try {
            return readGuarded(name, in, -1, progress, cancelled, null, false);
        } catch (NotUtf8 e) {
            throw new DataFormatException(name, e.line, -1, "File " + name + ", line " + e.line
                    + ": the text is not valid UTF-8. Save the file as CSV UTF-8 and open it again.");
        }
    }

    /** @param plain whether to read by {@link RecordReader#readPlain}: null when the file needs the full parser */
    private Dataset readGuarded(String name, InputStream raw, long size, Progress progress, BooleanSupplier cancelled,
            Charset forced, boolean plain) throws DataFormatException, IOException, CancelledException, NotUtf8 {
        try {
            return readOnce(name, raw, size, progress, cancelled, forced, plain);
        } catch (OutOfMemoryError e) {
            // Last resort: the arrays built so far are unreachable once we leave, so the app goes on.
            throw tooLarge(name, size);
        }
    }

    private Dataset readOnce(String name, InputStream raw, long size, Progress progress, BooleanSupplier cancelled,
            Charset forced, boolean plain) throws DataFormatException, IOException, CancelledException, NotUtf8 {
        CountingStream counted = new CountingStream(raw);
        BufferedInputStream in = new BufferedInputStream(counted, HEAD_BYTES);
        in.mark(HEAD_BYTES);
        byte[] head = in.readNBytes(HEAD_BYTES);
        in.reset();
        if (head.length == 0) {
            throw empty(name);
        }
        TextEncoding detected = TextEncoding.detect(head, head.length, name);
        TextEncoding encoding = forced == null ? detected : new TextEncoding(forced, detected.bomLength());
        in.skipNBytes(encoding.bomLength());
        String sample = sample(head, encoding);
        if (sample.isBlank()) {
            throw empty(name);
        }
        CsvDialect dialect = CsvDialect.sniff(sample);
        RecordReader records = new RecordReader(name, dialect, encoding.charset().name(), expectedRows(head, size));
        Progress withBytes = new Progress() {
            @Override
            public void rowsRead(long rows) {
                progress.rowsRead(rows);
                progress.bytesRead(counted.count, size);
            }
        };
        if (plain) {
            // Bytes below 128 read alike in each of these; the UTF-16s and others go to the parser.
            String cs = encoding.charset().name();
            boolean asciiBased = cs.equals("UTF-8") || cs.equals("windows-1252") || cs.equals("ISO-8859-1")
                    || cs.equals("US-ASCII");
            return asciiBased ? records.readPlain(in, withBytes, cancelled) : null;
        }
        try {
            return records.read(new InputStreamReader(in, encoding.decoder()), withBytes, cancelled);
        } catch (CharacterCodingException e) {
            throw new NotUtf8(1);
        } catch (RecordReader.BadBytes e) {
            throw new NotUtf8(e.line);
        }
    }

    /**
     * The first whole lines, decoded from the bytes already read, for guessing the dialect. A
     * character cut off at the end of the head falls in the last line, which is dropped.
     */
    static String sample(byte[] head, TextEncoding encoding) {
        int from = encoding.bomLength();
        String text = new String(head, from, head.length - from, encoding.charset());
        if (head.length == HEAD_BYTES) {
            text = text.substring(0, Math.max(text.lastIndexOf('\n'), 0));
        }
        return text;
    }

    /** From the line length in the first bytes and the file size, so the arrays rarely grow. */
    private static int expectedRows(byte[] head, long size) {
        if (size <= 0) {
            return 1024;
        }
        int lines = 0;
        for (byte b : head) {
            if (b == '\n') {
                lines++;
            }
        }
        double bytesPerLine = (double) head.length / Math.max(1, lines);
        double rows = size / Math.max(2, bytesPerLine) * 1.02 + 16;
        return (int) Math.min(rows, Math.min(size / 2 + 16, Integer.MAX_VALUE - 16));
    }

    static DataFormatException empty(String name) {
        return new DataFormatException(name, "File " + name
                + " is empty. Choose a CSV file with a header row and customer rows.");
    }

    static DataFormatException tooLarge(String name, long size) {
        long max = Runtime.getRuntime().maxMemory();
        String sizeText = size > 0 ? " (" + megabytes(size) + ")" : "";
        return new DataFormatException(name, "File " + name + sizeText + " is too large for the memory Segment Studio "
                + "may use (" + megabytes(max) + "). Open a smaller file, or start Segment Studio with more memory.");
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%,d MB", bytes / (1024 * 1024));
    }
}
