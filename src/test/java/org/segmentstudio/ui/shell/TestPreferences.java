package org.segmentstudio.ui.shell;

import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** A preferences node of its own for each test, removed afterwards: tests never touch the user's. */
final class TestPreferences implements AutoCloseable {
    private final Preferences node =
            Preferences.userRoot().node("org/segmentstudio/test/" + UUID.randomUUID());
    private final AppPreferences prefs = new AppPreferences(node);

    AppPreferences prefs() {
        return prefs;
    }

    /** The node itself, for a test that looks at what is stored. */
    Preferences node() {
        return node;
    }

    @Override
    public void close() throws BackingStoreException {
        node.removeNode();
        Preferences.userRoot().node("org/segmentstudio/test").flush();
    }
}
