package org.segmentstudio.data;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/** A file that could not be saved; the message is a sentence for the user, the cause is kept for details. */
public final class ExportException extends IOException {

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }

    public ExportException(String message) {
        super(message);
    }

    /** Explains why saving {@code target} failed, in the user's words. */
    public static ExportException explain(Path target, IOException e) {
        if (e instanceof ExportException already) {
            return already;
        }
        Path name = target.getFileName();
        Path folder = target.getParent();
        if (e instanceof AccessDeniedException) {
            return new ExportException("Segment Studio may not write " + name + " in " + folder
                    + ". If the file is open in another program such as Excel, close it there; "
                    + "otherwise choose a folder you can write to.", e);
        }
        if (e instanceof NoSuchFileException) {
            return new ExportException("The folder " + folder + " does not exist (any more). "
                    + "Choose another place to save " + name + ".", e);
        }
        if (isDiskFull(e)) {
            return new ExportException("There is not enough space on the disk to save " + name
                    + ". Free some space or choose another place.", e);
        }
        String reason = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getMessage();
        return new ExportException(name + " could not be saved" + (reason == null ? "." : ": " + reason + "."), e);
    }

    private static boolean isDiskFull(IOException e) {
        String m = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getMessage();
        if (m == null) {
            return false;
        }
        String s = m.toLowerCase(Locale.ROOT);
        return s.contains("no space left") || s.contains("not enough space") || s.contains("disk quota exceeded")
                || s.contains("disk full");
    }
}
