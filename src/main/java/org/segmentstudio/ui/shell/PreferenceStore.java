package org.segmentstudio.ui.shell;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.segmentstudio.data.AtomicFiles;

/**
 * The values {@link AppPreferences} remembers, held in memory and kept in one properties file
 * (UTF-8, every character escaped as the format does, so any column name is safe).
 *
 * <p>Reading and writing a value only touch the map, under a lock held for microseconds: the
 * window never waits on the disk. {@link #save} writes the file on a low-priority thread of its own,
 * from a copy of the map, with {@link AtomicFiles} (a part flushed to disk, then moved over the old
 * file), so a crash leaves either the old file or the new one. Every write reads the file back first and lays only what this store
 * changed over it, so another Segment Studio's changes meanwhile are kept. What is left unsaved
 * when the app quits is written by a shutdown hook; one save runs at a time.
 *
 * <p>Until 1 Dec 2026 the values lived in {@link Preferences} (XML files under ~/.java on Linux): the
 * first read parsed XML on the FX thread as the app started (40–50 ms), and a write the preferences
 * thread had begun held a lock the FX thread then waited on (100 ms when opening a file, seen in the
 * UI benchmark). Those values are copied over once, when the file does not exist yet.
 */
final class PreferenceStore {
    /**
     * Looked up when something is logged, not when the class loads: the first logger costs the
     * logging framework's start (15–20 ms of every start, where nothing is logged).
     */
    private static System.Logger log() {
        return System.getLogger(PreferenceStore.class.getName());
    }
    /** One low-priority daemon thread writes every store, in the order asked. */
    private static final Executor WRITER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "preferences-writer");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        return t;
    });

    private final Path file;
    private final Object lock = new Object();
    /**
     * Held through a whole save (read back, merge, write), by every store of this process: the
     * writer thread's and the exit hook's never interleave, and the file lock below is taken by one
     * thread at a time (a second lock from the same process would be refused).
     */
    private static final Object SAVING = new Object();

    /** What reading the file found. */
    private enum Read { DONE, NO_FILE, UNREADABLE }
    /** Every value, by its key ("theme", "files/&lt;digest&gt;/k" …). */
    private final TreeMap<String, String> values = new TreeMap<>();
    /** What this store put (a value) or removed (null) since it last wrote the file. */
    private final Map<String, String> changed = new HashMap<>();
    private boolean savePending;
    private boolean closed;
    private Thread atExit;

    private PreferenceStore(Path file) {
        this.file = file;
    }

    /**
     * The store kept in {@code file}, read now; when there is no such file yet, the values of
     * {@code legacy} (the node the app used before, if it exists) are taken over.
     */
    static PreferenceStore open(Path file, String legacyNode) {
        PreferenceStore store = new PreferenceStore(file);
        Read read;
        synchronized (store.lock) {
            read = store.readFile(store.values);
        }
        if (read == Read.NO_FILE && legacyNode != null) {
            store.takeOver(legacyNode); // only when there is no file: an unreadable one is no first start
        }
        store.atExit = new Thread(store::saveNow, "preferences-at-exit");
        Runtime.getRuntime().addShutdownHook(store.atExit);
        return store;
    }

    /** A store on a file of its own (tests): nothing taken over. */
    static PreferenceStore at(Path file) {
        return open(file, null);
    }

    String get(String key) {
        synchronized (lock) {
            return values.get(key);
        }
    }

    void put(String key, String value) {
        synchronized (lock) {
            values.put(key, value);
            changed.put(key, value);
        }
    }

    /**
     * Removes the key, and removes it from the file at the next save even if another instance put
     * it there meanwhile: a list written whole (the recent files) must not keep the other's tail.
     */
    void remove(String key) {
        synchronized (lock) {
            values.remove(key);
            changed.put(key, null);
        }
    }

    /** Whether any key starts with {@code prefix}. */
    boolean hasAnyUnder(String prefix) {
        synchronized (lock) {
            String next = values.ceilingKey(prefix);
            return next != null && next.startsWith(prefix);
        }
    }

    /** Writes the file soon, on the writer thread; requests that arrive while one waits are written together. */
    void save() {
        synchronized (lock) {
            if (savePending) {
                return;
            }
            savePending = true;
        }
        WRITER.execute(() -> {
            synchronized (lock) {
                savePending = false;
            }
            saveNow();
        });
    }

    /** Writes what is unsaved, and nothing after (tests, whose folder goes next). */
    void close() {
        saveNow();
        synchronized (lock) {
            closed = true;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(atExit);
        } catch (IllegalStateException e) {
            // already shutting down
        }
    }

    /**
     * Writes the file before returning, if anything changed. One save at a time: the exit hook's,
     * run while the writer thread's was under way, copied the values before the other had merged
     * another instance's changes in, and then wrote them over it (seen in the real window).
     */
    void saveNow() {
        synchronized (SAVING) {
            saveUnderLock();
        }
    }

    private void saveUnderLock() {
        Map<String, String> mine;
        TreeMap<String, String> snapshot;
        synchronized (lock) {
            if (changed.isEmpty() || closed) {
                return;
            }
            mine = new HashMap<>(changed);
            snapshot = new TreeMap<>(values);
        }
        try (java.nio.channels.FileChannel lockFile = lockFile();
                java.nio.channels.FileLock held = lockFile.lock()) {
            // What the file holds now (another Segment Studio may have written it since; the lock
            // keeps a third from writing between this read and this write), with this one's changes
            // on top; this one's values when there is no file yet. A file that cannot be read is
            // kept beside the new one, never silently replaced.
            TreeMap<String, String> onDisk = new TreeMap<>();
            Read read = readFile(onDisk);
            if (read == Read.UNREADABLE) {
                Files.move(file, file.resolveSibling(file.getFileName() + ".unreadable"),
                        StandardCopyOption.REPLACE_EXISTING);
                log().log(System.Logger.Level.WARNING, "unreadable preferences kept as " + file + ".unreadable");
            }
            TreeMap<String, String> written = read == Read.DONE ? onDisk : snapshot;
            mine.forEach((k, v) -> {
                if (v == null) {
                    written.remove(k);
                } else {
                    written.put(k, v);
                }
            });
            write(written);
            synchronized (lock) {
                mine.forEach((k, v) -> {
                    if (java.util.Objects.equals(changed.get(k), v)) {
                        changed.remove(k); // unless changed again since the copy
                    }
                });
                for (Map.Entry<String, String> e : written.entrySet()) {
                    if (!changed.containsKey(e.getKey())) {
                        values.put(e.getKey(), e.getValue());
                    }
                }
                values.keySet().removeIf(k -> !written.containsKey(k) && !changed.containsKey(k));
            }
        } catch (IOException | RuntimeException e) {
            log().log(System.Logger.Level.WARNING, "preferences could not be saved to " + file, e);
        }
    }

    /** Reads the file into {@code into}. */
    private Read readFile(Map<String, String> into) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (NoSuchFileException e) {
            return Read.NO_FILE;
        } catch (IOException | IllegalArgumentException e) {
            log().log(System.Logger.Level.WARNING, "preferences could not be read from " + file, e);
            return Read.UNREADABLE;
        }
        p.forEach((k, v) -> into.put((String) k, (String) v));
        return Read.DONE;
    }

    /** preferences.lock beside the file: held by one Segment Studio at a time while it saves. */
    private java.nio.channels.FileChannel lockFile() throws IOException {
        Files.createDirectories(file.getParent());
        return java.nio.channels.FileChannel.open(file.resolveSibling("preferences.lock"),
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
    }

    /** The file whole or not at all ({@link AtomicFiles}: a part flushed to disk, then moved over it). */
    private void write(TreeMap<String, String> snapshot) throws IOException {
        Files.createDirectories(file.getParent());
        Properties p = new Properties();
        p.putAll(snapshot);
        // Properties' stream form escapes every character beyond ASCII, so the UTF-8 reading reads it back.
        AtomicFiles.write(file, out -> p.store(out,
                "Segment Studio's preferences: recent files, window, theme, and per file the last choices"));
    }

    /** Copies the values of the old {@link Preferences} node, if there is one, and writes the file. */
    private void takeOver(String legacyNode) {
        try {
            Preferences root = Preferences.userRoot();
            if (!root.nodeExists(legacyNode)) {
                return;
            }
            copy(root.node(legacyNode), "");
            save();
        } catch (BackingStoreException | IllegalStateException | SecurityException e) {
            log().log(System.Logger.Level.INFO, "earlier preferences could not be taken over", e);
        }
    }

    private void copy(Preferences node, String prefix) throws BackingStoreException {
        for (String key : node.keys()) {
            String v = node.get(key, null);
            if (v != null) {
                put(prefix + key, v);
            }
        }
        for (String child : node.childrenNames()) {
            copy(node.node(child), prefix + child + "/");
        }
    }
}
