package org.segmentstudio.ui.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A preferences file of its own for each test, in a folder removed afterwards: tests never touch the user's. */
final class TestPreferences implements AutoCloseable {
    private final Path dir;
    private final PreferenceStore store;
    private final AppPreferences prefs;
    private final java.util.List<PreferenceStore> more = new java.util.ArrayList<>();

    TestPreferences() {
        try {
            dir = Files.createTempDirectory("segment-studio-prefs");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        store = PreferenceStore.at(file());
        prefs = new AppPreferences(store);
    }

    AppPreferences prefs() {
        return prefs;
    }

    /** Where the store keeps its values. */
    Path file() {
        return dir.resolve("preferences.properties");
    }

    /** What the next start of the app would read: a new store on the same file, after this one wrote it. */
    AppPreferences reopened() {
        store.saveNow();
        PreferenceStore next = PreferenceStore.at(file());
        more.add(next);
        return new AppPreferences(next);
    }

    @Override
    public void close() throws IOException {
        store.close();
        more.forEach(PreferenceStore::close);
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
        }
        Files.deleteIfExists(dir);
    }
}
