package org.segmentstudio.data;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Saves a file so that it is either all there or not changed at all: the content goes to a temp
 * file in the target's folder, is flushed to the disk, and is then moved over the target in one
 * step. On any failure the temp file is removed and the old target is untouched; the
 * {@link ExportException} says what happened in the user's words.
 */
public final class AtomicFiles {

    /** Writes the bytes of a file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes the text of a file. */
    @FunctionalInterface
    public interface TextContent {
        void writeTo(Writer out) throws IOException;
    }

    private static final String PART_SUFFIX = ".part";
    /** The parts this process is writing now, by file key (the same file however its folder is spelled). */
    private static final java.util.Set<Object> WRITING = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /** A part younger than this is never taken for abandoned: its save may be starting, in another process. */
    private static final long STALE_AFTER_MILLIS = 60_000;
    /** Looked up when used, not as the class loads (as PreferenceStore's: the first logger starts java.util.logging). */
    private static System.Logger log() {
        return System.getLogger(AtomicFiles.class.getName());
    }

    private AtomicFiles() {
    }

    private static String partPrefix(Path target) {
        return "." + target.getFileName() + ".";
    }

    /**
     * Removes the parts of earlier saves of {@code target} that no save is writing any more: a
     * process killed mid-save leaves its hidden part (megabytes) beside the target. A part still
     * locked by a save in progress, in this process or another, is left alone.
     */
    static void removeStaleParts(Path target) {
        Path folder = target.getParent();
        String prefix = partPrefix(target);
        if (folder == null || !Files.isDirectory(folder)) {
            return;
        }
        try (var parts = Files.newDirectoryStream(folder, p -> {
            String n = p.getFileName().toString();
            return n.startsWith(prefix) && n.endsWith(PART_SUFFIX) && n.length() == prefix.length() + 36 + PART_SUFFIX.length();
        })) {
            for (Path part : parts) {
                removeIfAbandoned(part);
            }
        } catch (IOException | RuntimeException e) {
            log().log(System.Logger.Level.DEBUG, "could not look for stale parts of " + target, e);
        }
    }

    private static Object fileKey(Path p) {
        try {
            Object k = Files.readAttributes(p, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
            return k != null ? k : p.toAbsolutePath().normalize();
        } catch (IOException e) {
            return null;
        }
    }

    private static void removeIfAbandoned(Path part) {
        Object key = fileKey(part);
        if (key == null || WRITING.contains(key)) {
            // Never opened here: on Linux closing any channel to a file drops this process's lock on it.
            return;
        }
        try {
            if (System.currentTimeMillis() - Files.getLastModifiedTime(part).toMillis() < STALE_AFTER_MILLIS) {
                return; // a save elsewhere may have just created it and not locked it yet
            }
        } catch (IOException e) {
            return;
        }
        try (FileChannel channel = FileChannel.open(part, StandardOpenOption.WRITE)) {
            java.nio.channels.FileLock lock = channel.tryLock();
            if (lock == null) {
                return; // another process is writing it
            }
            lock.release();
        } catch (java.nio.channels.OverlappingFileLockException e) {
            return; // a save of this process is writing it
        } catch (IOException e) {
            return; // gone meanwhile, or not ours to touch
        }
        try {
            Files.deleteIfExists(part);
        } catch (IOException e) {
            log().log(System.Logger.Level.DEBUG, "could not remove the stale part " + part, e);
        }
    }

    /** Saves text as UTF-8 with a byte order mark, which is how Excel recognises UTF-8 in a CSV. */
    public static void writeText(Path target, TextContent content) throws ExportException {
        write(target, out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            w.write('\uFEFF');
            content.writeTo(w);
            w.flush();
        });
    }

    public static void write(Path target, Content content) throws ExportException {
        Path abs = target.toAbsolutePath().normalize();
        if (Files.isDirectory(abs)) {
            throw new ExportException(abs.getFileName() + " is a folder. Choose a file name to save to.");
        }
        // A name of our own, created new: unlike createTempFile it gets the folder's usual
        // permissions, so the saved file is as readable by others as any file saved there.
        removeStaleParts(abs);
        Path tmp = abs.resolveSibling(partPrefix(abs) + UUID.randomUUID() + PART_SUFFIX);
        Object key = null;
        try {
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                key = fileKey(tmp);
                if (key != null) {
                    WRITING.add(key);
                }
                // Held while the part is written: a later save knows a part nobody holds was left by a
                // save that died (the process was killed), and removes it. Best effort: some file
                // systems (NFS without its lock daemon, some shared folders) refuse locks, and the
                // save goes on without one.
                try {
                    channel.tryLock();
                } catch (IOException | RuntimeException lockRefused) {
                    log().log(System.Logger.Level.DEBUG, "no lock on " + tmp, lockRefused);
                }
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw ExportException.explain(abs, e);
        } finally {
            if (key != null) {
                WRITING.remove(key);
            }
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // The folder went away or forbids deleting: there is nothing left to clean up we can reach.
            }
        }
    }
}
