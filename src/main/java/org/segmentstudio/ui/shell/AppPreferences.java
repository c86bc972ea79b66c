package org.segmentstudio.ui.shell;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.segmentstudio.engine.Scaling;

/**
 * What Segment Studio remembers about the user between runs: recent files, the last folder, the
 * window's place, the theme, and per file the last features, K and scaling. Kept by a
 * {@link PreferenceStore} (the user's file in the app's folder), so tests hand in a store of their
 * own and never touch the user's.
 */
public final class AppPreferences {
    /** How many files File ▸ Open Recent lists. */
    public static final int MAX_RECENT = 8;
    private static final String RECENT = "recent.";
    /**
     * What lists were joined with up to 1 Dec 2026. Read still (Windows and macOS kept them), never
     * written: on Linux java.util.prefs stores XML, where these control characters are not allowed,
     * so at the next start the whole file's node was thrown away ("Invalid preferences format") and
     * the features, roles and purchase columns remembered for it were lost.
     */
    private static final String OLD_ITEM_SEPARATOR = "\u001F";
    private static final String OLD_PAIR_SEPARATOR = "\u001E";
    /** Between the items of a stored list; an item's own '|', '%' and control characters are escaped. */
    private static final char ITEM_SEPARATOR = '|';
    /** Looked up when used, not as the class loads (as PreferenceStore's: the first logger starts java.util.logging). */
    private static System.Logger log() {
        return System.getLogger(AppPreferences.class.getName());
    }

    private final PreferenceStore store;
    /** The values that are not per file. */
    private final Section node;

    AppPreferences(PreferenceStore store) {
        this.store = store;
        this.node = new Section(store, "");
    }

    /** The signed-in user's preferences. */
    public static AppPreferences user() {
        return new AppPreferences(PreferenceStore.open(ErrorLog.appDataFolder().resolve("preferences.properties"),
                "org/segmentstudio/desktop"));
    }

    /** The window's last place on screen. */
    public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
        public WindowBounds {
            if (!(width > 0 && height > 0)) {
                throw new IllegalArgumentException("a window needs a positive size");
            }
        }
    }

    /** The last choice of features, K and scaling for one file. */
    public record RunChoice(List<String> features, int k, Scaling scaling) {
        public RunChoice {
            features = List.copyOf(features);
            if (features.isEmpty() || k < 2 || scaling == null) {
                throw new IllegalArgumentException("a run choice needs features, K of at least 2 and a scaling");
            }
        }
    }

    // --- recent files ---

    /** Most recent first. */
    public List<Path> recentFiles() {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < MAX_RECENT; i++) {
            String p = node.get(RECENT + i, null);
            if (p != null && !p.isBlank()) {
                out.add(Path.of(p));
            }
        }
        return out;
    }

    /** Puts the file first, dropping an older entry for the same file and the oldest past the limit. */
    public void addRecentFile(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        List<Path> list = new ArrayList<>(recentFiles());
        list.remove(abs);
        list.add(0, abs);
        writeRecent(list);
    }

    public void removeRecentFile(Path file) {
        List<Path> list = new ArrayList<>(recentFiles());
        list.remove(file.toAbsolutePath().normalize());
        writeRecent(list);
    }

    public void clearRecentFiles() {
        writeRecent(List.of());
    }

    private void writeRecent(List<Path> list) {
        for (int i = 0; i < MAX_RECENT; i++) {
            if (i < list.size()) {
                node.put(RECENT + i, list.get(i).toString());
            } else {
                node.remove(RECENT + i);
            }
        }
        flush();
    }

    // --- last folder ---

    public Optional<Path> lastFolder() {
        String p = node.get("lastFolder", null);
        return p == null ? Optional.empty() : Optional.of(Path.of(p));
    }

    public void setLastFolder(Path folder) {
        node.put("lastFolder", folder.toAbsolutePath().toString());
    }

    /** The folder the user last saved an export or report into. */
    public Optional<Path> lastSaveFolder() {
        String p = node.get("lastSaveFolder", null);
        return p == null ? Optional.empty() : Optional.of(Path.of(p));
    }

    public void setLastSaveFolder(Path folder) {
        node.put("lastSaveFolder", folder.toAbsolutePath().toString());
    }

    // --- window ---

    public Optional<WindowBounds> windowBounds() {
        double w = node.getDouble("window.width", -1);
        double h = node.getDouble("window.height", -1);
        if (w <= 0 || h <= 0) {
            return Optional.empty();
        }
        return Optional.of(new WindowBounds(node.getDouble("window.x", 0), node.getDouble("window.y", 0), w, h,
                node.getBoolean("window.maximized", false)));
    }

    public void setWindowBounds(WindowBounds b) {
        node.putDouble("window.x", b.x());
        node.putDouble("window.y", b.y());
        node.putDouble("window.width", b.width());
        node.putDouble("window.height", b.height());
        node.putBoolean("window.maximized", b.maximized());
    }

    // --- theme ---

    public Theme theme() {
        try {
            return Theme.valueOf(node.get("theme", Theme.LIGHT.name()));
        } catch (IllegalArgumentException e) {
            return Theme.LIGHT;
        }
    }

    public void setTheme(Theme theme) {
        node.put("theme", theme.name());
        flush();
    }

    // --- per-file run choice ---

    public Optional<RunChoice> runChoice(Path file) {
        Optional<Section> existing = existingFileNode(file);
        if (existing.isEmpty()) {
            return Optional.empty();
        }
        Section f = existing.get();
        String features = f.get("features", "");
        int k = f.getInt("k", -1);
        try {
            Scaling scaling = Scaling.valueOf(f.get("scaling", Scaling.NONE.name()));
            return Optional.of(new RunChoice(decodeList(features).stream()
                    .filter(s -> !s.isEmpty()).toList(), k, scaling));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public void setRunChoice(Path file, RunChoice choice) {
        Section f = fileNode(file);
        f.put("path", file.toAbsolutePath().normalize().toString());
        f.put("features", encodeList(choice.features()));
        f.putInt("k", choice.k());
        f.put("scaling", choice.scaling().name());
        flush();
    }

    // --- per-file customer builder ---

    /** How a purchase log's customers were last built: its columns, how its dates read, what returns did. */
    public record BuilderChoice(org.segmentstudio.data.purchases.PurchaseColumns columns,
                                org.segmentstudio.data.purchases.DateOrder dateOrder,
                                org.segmentstudio.data.purchases.Returns returns) {
    }

    private static final List<String> BUILDER_KEYS = List.of("customer", "date", "order", "amount", "quantity", "price",
            "product");

    public Optional<BuilderChoice> builderChoice(Path file) {
        Optional<Section> existing = existingFileNode(file);
        if (existing.isEmpty() || existing.get().get("builder.date", null) == null) {
            return Optional.empty();
        }
        Section f = existing.get();
        String[] v = new String[BUILDER_KEYS.size()];
        for (int i = 0; i < v.length; i++) {
            String s = f.get("builder." + BUILDER_KEYS.get(i), "");
            v[i] = s.isEmpty() ? null : s;
        }
        List<String> carry = decodeList(f.get("builder.carry", "")).stream().filter(s -> !s.isEmpty()).toList();
        try {
            return Optional.of(new BuilderChoice(new org.segmentstudio.data.purchases.PurchaseColumns(v[0], v[1], v[2],
                    v[3], v[4], v[5], v[6], carry),
                    org.segmentstudio.data.purchases.DateOrder.valueOf(f.get("builder.dateOrder", "ISO")),
                    org.segmentstudio.data.purchases.Returns.valueOf(f.get("builder.returns", "LEAVE_OUT"))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public void setBuilderChoice(Path file, BuilderChoice choice) {
        Section f = fileNode(file);
        f.put("path", file.toAbsolutePath().normalize().toString());
        org.segmentstudio.data.purchases.PurchaseColumns c = choice.columns();
        String[] v = {c.customer(), c.date(), c.order(), c.amount(), c.quantity(), c.price(), c.product()};
        for (int i = 0; i < v.length; i++) {
            f.put("builder." + BUILDER_KEYS.get(i), v[i] == null ? "" : v[i]);
        }
        f.put("builder.carry", encodeList(c.carry()));
        f.put("builder.dateOrder", choice.dateOrder().name());
        f.put("builder.returns", choice.returns().name());
        flush();
    }

    // --- per-file column roles ---

    /** The roles the user gave columns of this file (Channel as a category…), in the order given. */
    public java.util.Map<String, org.segmentstudio.data.ColumnRole> roles(Path file) {
        java.util.Map<String, org.segmentstudio.data.ColumnRole> out = new java.util.LinkedHashMap<>();
        String saved = existingFileNode(file).map(f -> f.get("roles", "")).orElse("");
        List<String> pairs = new java.util.ArrayList<>();
        if (saved.contains(OLD_PAIR_SEPARATOR) || saved.contains(OLD_ITEM_SEPARATOR)) {
            for (String pair : saved.split(OLD_PAIR_SEPARATOR)) {
                int at = pair.lastIndexOf(OLD_ITEM_SEPARATOR);
                if (at > 0) {
                    pairs.add(pair.substring(0, at));
                    pairs.add(pair.substring(at + 1));
                }
            }
        } else if (!saved.isEmpty()) {
            pairs.addAll(decodeList(saved)); // column, role, column, role …
        }
        for (int i = 0; i + 1 < pairs.size(); i += 2) {
            try {
                out.put(pairs.get(i), org.segmentstudio.data.ColumnRole.valueOf(pairs.get(i + 1)));
            } catch (IllegalArgumentException e) {
                log().log(System.Logger.Level.DEBUG, "unknown role in preferences: " + pairs.get(i + 1));
            }
        }
        return out;
    }

    public void setRole(Path file, String column, org.segmentstudio.data.ColumnRole role) {
        java.util.Map<String, org.segmentstudio.data.ColumnRole> roles = roles(file);
        roles.remove(column);
        roles.put(column, role);
        Section f = fileNode(file);
        f.put("path", file.toAbsolutePath().normalize().toString());
        f.put("roles", encodeList(roles.entrySet().stream()
                .flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue().name())).toList()));
        flush();
    }

    /**
     * A list as one preference value that every backing store keeps as it is, XML included: items
     * joined by '|', and in each item '|', '%' and every character XML 1.0 cannot hold (control
     * characters, U+FFFE, U+FFFF, lone surrogates) written as '%' and four hex digits.
     */
    static String encodeList(List<String> items) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                b.append(ITEM_SEPARATOR);
            }
            String item = items.get(i);
            for (int j = 0; j < item.length(); j++) {
                char ch = item.charAt(j);
                boolean pairedSurrogate = Character.isHighSurrogate(ch) && j + 1 < item.length()
                        && Character.isLowSurrogate(item.charAt(j + 1));
                if (pairedSurrogate) {
                    b.append(ch).append(item.charAt(++j));
                } else if (ch == ITEM_SEPARATOR || ch == '%' || ch < 0x20 || ch == 0x7F || ch >= 0xFFFE
                        || Character.isSurrogate(ch)) {
                    b.append('%').append(String.format(java.util.Locale.ROOT, "%04X", (int) ch));
                } else {
                    b.append(ch);
                }
            }
        }
        return b.toString();
    }

    /** The list {@link #encodeList} wrote, or one written the old way (items joined by U+001F); empty for "". */
    static List<String> decodeList(String stored) {
        if (stored.isEmpty()) {
            return List.of();
        }
        if (stored.contains(OLD_ITEM_SEPARATOR)) {
            return Arrays.asList(stored.split(OLD_ITEM_SEPARATOR, -1));
        }
        List<String> items = new java.util.ArrayList<>();
        StringBuilder item = new StringBuilder();
        for (int i = 0; i < stored.length(); i++) {
            char ch = stored.charAt(i);
            if (ch == ITEM_SEPARATOR) {
                items.add(item.toString());
                item.setLength(0);
            } else if (ch == '%' && i + 4 < stored.length() && isHex(stored, i + 1)) {
                item.append((char) Integer.parseInt(stored, i + 1, i + 5, 16));
                i += 4;
            } else {
                item.append(ch);
            }
        }
        items.add(item.toString());
        return items;
    }

    private static boolean isHex(String s, int from) {
        for (int i = from; i < from + 4; i++) {
            if (Character.digit(s.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /** One child node per file, named by a digest of its path (node names are limited in length). */
    private Section fileNode(Path file) {
        return new Section(store, fileNodeName(file) + "/");
    }

    /**
     * The file's node if something was ever remembered for it. Reading never creates one: when a read
     * (of the roles, as a file opens) had created the node, the run choice written into it later was
     * gone after the next flush of another node (seen in ShellTest, with the file-system backing
     * store) — so nothing but a write makes a file's node.
     */
    private Optional<Section> existingFileNode(Path file) {
        String prefix = fileNodeName(file) + "/";
        return store.hasAnyUnder(prefix) ? Optional.of(new Section(store, prefix)) : Optional.empty();
    }

    private static String fileNodeName(Path file) {
        String path = file.toAbsolutePath().normalize().toString();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(path.getBytes(StandardCharsets.UTF_8));
            return "files/" + HexFormat.of().formatHex(digest, 0, 20);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * Writes the file soon, on a thread of its own: the values are in memory at once (every reader
     * in this process sees them), and writing the file never holds up the window. What is left when
     * the app quits is written on the way out. A failure only costs the memory of this session.
     */
    public void flush() {
        store.save();
    }

    /** The values under one prefix of the store ("" or a file's), read and written as {@link java.util.prefs.Preferences} does. */
    private static final class Section {
        private final PreferenceStore store;
        private final String prefix;

        Section(PreferenceStore store, String prefix) {
            this.store = store;
            this.prefix = prefix;
        }

        String get(String key, String otherwise) {
            String v = store.get(prefix + key);
            return v == null ? otherwise : v;
        }

        void put(String key, String value) {
            store.put(prefix + key, java.util.Objects.requireNonNull(value, "value"));
        }

        void remove(String key) {
            store.remove(prefix + key);
        }

        int getInt(String key, int otherwise) {
            return parsed(key, Integer::valueOf, otherwise);
        }

        /** The value read by {@code parse}, or {@code otherwise} when there is none or it does not read. */
        private <T> T parsed(String key, java.util.function.Function<String, T> parse, T otherwise) {
            try {
                return parse.apply(get(key, ""));
            } catch (NumberFormatException e) {
                return otherwise;
            }
        }

        void putInt(String key, int value) {
            put(key, Integer.toString(value));
        }

        double getDouble(String key, double otherwise) {
            return parsed(key, Double::valueOf, otherwise);
        }

        void putDouble(String key, double value) {
            put(key, Double.toString(value));
        }

        boolean getBoolean(String key, boolean otherwise) {
            String v = get(key, "");
            return v.equalsIgnoreCase("true") || (!v.equalsIgnoreCase("false") && otherwise);
        }

        void putBoolean(String key, boolean value) {
            put(key, Boolean.toString(value));
        }
    }
}
