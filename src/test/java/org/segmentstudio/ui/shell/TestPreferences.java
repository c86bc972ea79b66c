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
    private final java.util.List<java.util.prefs.Preferences> legacy = new java.util.ArrayList<>();

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
        return new AppPreferences(another());
    }

    /** Another store on the same file, as a second Segment Studio (or the next start) has it; closed with this. */
    PreferenceStore another() {
        return another(null);
    }

    /** {@link #another()} that takes over {@code legacyNode} (a path from {@link #legacyNode()}) when there is no file. */
    PreferenceStore another(String legacyNode) {
        PreferenceStore next = PreferenceStore.open(file(), legacyNode);
        more.add(next);
        return next;
    }

    /** A java.util.prefs node of its own, as versions before 1 Dec 2026 kept the values; removed with this. */
    java.util.prefs.Preferences legacyNode() {
        java.util.prefs.Preferences node = java.util.prefs.Preferences.userRoot()
                .node("org/segmentstudio/test/" + java.util.UUID.randomUUID());
        legacy.add(node);
        return node;
    }

    @Override
    public void close() throws IOException {
        store.close();
        more.forEach(PreferenceStore::close);
        for (java.util.prefs.Preferences node : legacy) {
            try {
                node.removeNode();
            } catch (java.util.prefs.BackingStoreException e) {
                throw new IOException(e);
            }
        }
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
        }
        Files.deleteIfExists(dir);
    }
}
