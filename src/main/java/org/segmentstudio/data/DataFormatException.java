package org.segmentstudio.data;

/**
 * A file that cannot be read as customer data. The message is written for the user: it names
 * the file, the line and column where that applies, and what to do about it.
 */
public class DataFormatException extends Exception {
    private final String fileName;
    private final long line;
    private final int column;

    public DataFormatException(String fileName, long line, int column, String message) {
        super(message);
        this.fileName = fileName;
        this.line = line;
        this.column = column;
    }

    public DataFormatException(String fileName, String message) {
        this(fileName, -1, -1, message);
    }

    /** The file's name as the user knows it. */
    public String fileName() {
        return fileName;
    }

    /** 1-based line in the file, or -1 when the problem is not on one line. */
    public long line() {
        return line;
    }

    /** 1-based column, or -1. */
    public int column() {
        return column;
    }
}
