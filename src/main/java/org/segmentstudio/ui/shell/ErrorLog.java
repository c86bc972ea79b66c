package org.segmentstudio.ui.shell;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;

/**
 * The log file in the user's application-data folder where the technical details of every error
 * go, so the dialog can stay plain and a support request can attach the file.
 */
public final class ErrorLog {
    static final String FILE_NAME = "segment-studio.log";
    private static final long MAX_BYTES = 1 << 20;
    /** Looked up when used, not as the class loads (as PreferenceStore's: the first logger starts java.util.logging). */
    private static System.Logger log() {
        return System.getLogger(ErrorLog.class.getName());
    }
    private final Path file;

    public ErrorLog(Path folder) {
        this.file = folder.resolve(FILE_NAME);
    }

    /** The log in this user's application-data folder for Segment Studio. */
    public static ErrorLog forUser() {
        return new ErrorLog(appDataFolder());
    }

    /** %APPDATA%\SegmentStudio, ~/Library/Application Support/SegmentStudio, or $XDG_DATA_HOME/SegmentStudio. */
    static Path appDataFolder() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return (appData == null ? home.resolve("AppData").resolve("Roaming") : Path.of(appData)).resolve("SegmentStudio");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("SegmentStudio");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg == null || xdg.isBlank() ? home.resolve(".local").resolve("share") : Path.of(xdg)).resolve("SegmentStudio");
    }

    public Path file() {
        return file;
    }

    /** The full technical text of a failure: what the dialog's details show and the log keeps. */
    public static String details(String context, Throwable t) {
        StringWriter out = new StringWriter();
        PrintWriter w = new PrintWriter(out);
        w.println(OffsetDateTime.now() + "  " + context);
        w.println("Segment Studio " + AboutDialog.version() + " · Java " + System.getProperty("java.version")
                + " · " + System.getProperty("os.name") + " " + System.getProperty("os.version"));
        t.printStackTrace(w);
        w.flush();
        return out.toString();
    }

    /**
     * Appends the details to the log, starting a fresh file when the old one passes 1 MB.
     *
     * @return the log file, or empty when it could not be written (the failure itself is then
     *     only in the console log)
     */
    public Optional<Path> write(String details) {
        try {
            Files.createDirectories(file.getParent());
            if (Files.exists(file) && Files.size(file) > MAX_BYTES) {
                Files.move(file, file.resolveSibling(FILE_NAME + ".1"), StandardCopyOption.REPLACE_EXISTING);
            }
            Files.writeString(file, details + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            return Optional.of(file);
        } catch (IOException | SecurityException e) {
            log().log(System.Logger.Level.WARNING, "could not write the error log " + file, e);
            return Optional.empty();
        }
    }
}
