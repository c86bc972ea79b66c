package org.segmentstudio.data;

import org.segmentstudio.segments.export.SegmentLabels;
import org.segmentstudio.segments.export.CsvExporter;
import org.segmentstudio.segments.export.XlsxExporter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.segmentstudio.segments.export.SegmentSummaryTest;
import org.junit.jupiter.api.io.TempDir;

/** A save either happens completely or leaves everything as it was. */
class AtomicSaveTest {
    private static final String OLD = "the export from last week\r\n";

    private static List<Path> filesIn(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    @Test
    void aPartLeftByAKilledSaveIsRemovedAtTheNextSaveOfThatTarget(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("out.csv");
        // What a process killed mid-export leaves: a hidden part nobody holds any more.
        Path stale = Files.writeString(dir.resolve(".out.csv." + java.util.UUID.randomUUID() + ".part"), "half");
        Files.setLastModifiedTime(stale, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 120_000));
        Path fresh = Files.writeString(dir.resolve(".out.csv." + java.util.UUID.randomUUID() + ".part"), "just begun");
        Path otherTarget = Files.writeString(dir.resolve(".other.csv." + java.util.UUID.randomUUID() + ".part"), "x");
        AtomicFiles.writeText(target, out -> {
            // A second save of the same target while this one is writing: it leaves this part alone.
            AtomicFiles.writeText(target, inner -> inner.write("first"));
            out.write("a,b\n");
        });
        assertFalse(Files.exists(stale), "the stale part of out.csv is gone");
        assertTrue(Files.exists(fresh), "a part a minute old or less may be a save starting elsewhere: it stays");
        assertTrue(Files.exists(otherTarget), "parts of other files are not touched");
        assertEquals("\uFEFFa,b\n", Files.readString(target));
    }

    @Test
    void aWriterThatFailsMidwayLeavesTheOldFileAndNoTempFile(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("segments.csv");
        Files.writeString(target, OLD);
        ExportException e = assertThrows(ExportException.class, () -> AtomicFiles.writeText(target, out -> {
            out.write("CustomerID,Segment\r\n1,2\r\n".repeat(10_000));
            throw new IOException("the cable was pulled");
        }));
        assertTrue(e.getMessage().contains("segments.csv could not be saved"), e.getMessage());
        assertEquals(OLD, Files.readString(target));
        assertEquals(List.of(target), filesIn(dir));
    }

    @Test
    void anInterruptedWriterCancelsTheSaveAndLeavesTheOldFile(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("segments.csv");
        Files.writeString(target, OLD);
        try {
            assertThrows(ExportException.class, () -> AtomicFiles.writeText(target, out -> {
                out.write("CustomerID,Segment\r\n1,2\r\n".repeat(10_000));
                Thread.currentThread().interrupt(); // what Cancel does to the export's thread
                out.write("CustomerID,Segment\r\n1,2\r\n".repeat(100_000));
            }));
        } finally {
            Thread.interrupted(); // clear it for the next test on this thread
        }
        assertEquals(OLD, Files.readString(target));
        assertEquals(List.of(target), filesIn(dir), "no temp file left");
    }

    @Test
    void aBugMidwayLeavesNothingBehindEither(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("segments.csv");
        assertThrows(IllegalStateException.class, () -> AtomicFiles.writeText(target, out -> {
            out.write("half");
            throw new IllegalStateException("bug");
        }));
        assertEquals(List.of(), filesIn(dir));
    }

    @Test
    void aFullDiskIsSaidInPlainWords(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("segments.xlsx");
        Files.writeString(target, OLD);
        ExportException e = assertThrows(ExportException.class, () -> AtomicFiles.write(target, out -> {
            out.write(new byte[1000]);
            throw new FileSystemException(target.toString(), null, "No space left on device");
        }));
        assertEquals("There is not enough space on the disk to save segments.xlsx. Free some space or choose "
                + "another place.", e.getMessage());
        assertEquals(OLD, Files.readString(target));
        assertEquals(List.of(target), filesIn(dir));
    }

    @Test
    void aMissingFolderIsSaidInPlainWordsAndNotCreated(@TempDir Path dir) {
        Path target = dir.resolve("gone").resolve("segments.csv");
        ExportException e = assertThrows(ExportException.class, () -> AtomicFiles.writeText(target, out -> out.write("x")));
        assertTrue(e.getMessage().startsWith("The folder " + dir.resolve("gone") + " does not exist"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("gone")));
    }

    @Test
    void permissionDeniedNamesTheFolderAndWhatToDo() {
        Path target = Path.of("/reports/segments.csv");
        ExportException e = ExportException.explain(target, new AccessDeniedException(target + ".part"));
        assertTrue(e.getMessage().startsWith("Segment Studio may not write segments.csv in /reports."), e.getMessage());
        assertTrue(e.getMessage().contains("choose a folder you can write to"), e.getMessage());
    }

    @Test
    void aFolderIsNotOverwritten(@TempDir Path dir) throws Exception {
        Files.createDirectory(dir.resolve("report.csv"));
        ExportException e = assertThrows(ExportException.class,
                () -> AtomicFiles.writeText(dir.resolve("report.csv"), out -> out.write("x")));
        assertTrue(e.getMessage().contains("is a folder"), e.getMessage());
        assertTrue(Files.isDirectory(dir.resolve("report.csv")));
    }

    @Test
    void aGoodSaveReplacesTheOldFileWholeWithTheBomInFront(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("segments.csv");
        Files.writeString(target, OLD);
        AtomicFiles.writeText(target, out -> out.write("Zoë;张伟\r\n"));
        assertEquals("\uFEFFZoë;张伟\r\n", Files.readString(target, StandardCharsets.UTF_8));
        assertEquals(List.of(target), filesIn(dir));
    }

    @Test
    void exportingOverTheOpenFileIsRefusedAndTheFileIsUntouched(@TempDir Path dir) throws Exception {
        Path source = TrickyCustomers.write(dir);
        Dataset d = new CsvImporter().read(source);
        byte[] before = Files.readAllBytes(source);
        SegmentLabels labels = SegmentSummaryTest.handLabels();
        ExportOptions options = ExportOptions.of(ExportOptions.Delimiter.COMMA).withSourceFile(source);
        Path sameFileOtherSpelling = dir.resolve("sub").resolve("..").resolve("tricky.csv");
        Files.createDirectory(dir.resolve("sub"));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new CsvExporter().writeLabeled(d, labels, sameFileOtherSpelling, options));
        assertEquals("tricky.csv is the file you opened. Choose another name, so your original data is kept.",
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new CsvExporter().writeSummary(d, labels, source, options));
        assertThrows(IllegalArgumentException.class, () -> new XlsxExporter().writeWorkbook(d, labels, source, options));
        Path link = dir.resolve("link.csv");
        Files.createSymbolicLink(link, source);
        assertThrows(IllegalArgumentException.class, () -> new CsvExporter().writeLabeled(d, labels, link, options));
        assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(source, StandardCharsets.UTF_8));
    }
}
