package org.segmentstudio.data;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Which text encoding a file is in, judged from its first bytes: a byte order mark settles it;
 * otherwise UTF-8 when the bytes are valid UTF-8, else Windows-1252 (what Excel on Windows
 * writes). Files that are not text at all are refused here, before any parsing.
 *
 * @param charset   how to decode the text after the byte order mark
 * @param bomLength bytes of byte order mark to skip
 */
record TextEncoding(Charset charset, int bomLength) {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** Decoder for the file's text; UTF-8 reports bad bytes so the caller can fall back. */
    CharsetDecoder decoder() {
        CodingErrorAction onError = charset.equals(StandardCharsets.UTF_8)
                ? CodingErrorAction.REPORT : CodingErrorAction.REPLACE;
        return charset.newDecoder().onMalformedInput(onError).onUnmappableCharacter(onError);
    }

    static TextEncoding detect(byte[] head, int length, String fileName) throws DataFormatException {
        if (startsWith(head, length, 0xEF, 0xBB, 0xBF)) {
            return new TextEncoding(StandardCharsets.UTF_8, 3);
        }
        if (startsWith(head, length, 0xFF, 0xFE)) {
            return new TextEncoding(StandardCharsets.UTF_16LE, 2);
        }
        if (startsWith(head, length, 0xFE, 0xFF)) {
            return new TextEncoding(StandardCharsets.UTF_16BE, 2);
        }
        refuseBinary(head, length, fileName);
        TextEncoding utf16 = utf16WithoutBom(head, length);
        if (utf16 != null) {
            return utf16;
        }
        if (hasControlBytes(head, length)) {
            throw notText(fileName, "");
        }
        return new TextEncoding(isUtf8(head, length) ? StandardCharsets.UTF_8 : WINDOWS_1252, 0);
    }

    private static void refuseBinary(byte[] head, int length, String fileName) throws DataFormatException {
        if (startsWith(head, length, 'P', 'K', 3, 4)) {
            throw new DataFormatException(fileName, "File " + fileName + " is an Excel workbook or another zip file, "
                    + "not a CSV. In Excel choose File > Save As > CSV UTF-8, then open that file.");
        }
        if (startsWith(head, length, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw new DataFormatException(fileName, "File " + fileName + " is an old Excel (.xls) workbook, not a CSV. "
                    + "In Excel choose File > Save As > CSV UTF-8, then open that file.");
        }
        if (startsWith(head, length, '%', 'P', 'D', 'F')) {
            throw notText(fileName, " (it is a PDF document)");
        }
    }

    private static DataFormatException notText(String fileName, String what) {
        return new DataFormatException(fileName, "File " + fileName + " is not a text file" + what
                + ". Choose a CSV file of customers, exported as CSV or text from your spreadsheet or membership system.");
    }

    /** Text of mostly ASCII characters in UTF-16 has a zero in every other byte. */
    private static TextEncoding utf16WithoutBom(byte[] head, int length) {
        int pairs = length / 2;
        if (pairs < 2) {
            return null;
        }
        int evenZero = 0;
        int oddZero = 0;
        for (int i = 0; i + 1 < length; i += 2) {
            if (head[i] == 0) {
                evenZero++;
            }
            if (head[i + 1] == 0) {
                oddZero++;
            }
        }
        if (oddZero > pairs * 0.7 && evenZero == 0) {
            return new TextEncoding(StandardCharsets.UTF_16LE, 0);
        }
        if (evenZero > pairs * 0.7 && oddZero == 0) {
            return new TextEncoding(StandardCharsets.UTF_16BE, 0);
        }
        return null;
    }

    /** Zero bytes or many control characters other than tab, line feed, carriage return, form feed. */
    private static boolean hasControlBytes(byte[] head, int length) {
        int control = 0;
        for (int i = 0; i < length; i++) {
            int b = head[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1A) {
                control++;
            }
        }
        return control > Math.max(2, length / 100);
    }

    /** Whether the bytes decode as UTF-8; a character cut off at the end of the sample is fine. */
    private static boolean isUtf8(byte[] head, int length) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(head, 0, length);
        CharBuffer out = CharBuffer.allocate(4096);
        while (true) {
            CoderResult r = d.decode(in, out, false);
            if (r.isError()) {
                return false;
            }
            if (r.isUnderflow()) {
                return true;
            }
            out.clear();
        }
    }

    private static boolean startsWith(byte[] head, int length, int... magic) {
        if (length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((head[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** The encoding's name as a user would recognise it. */
    String displayName() {
        return charset.name() + (bomLength > 0 ? " (BOM)" : "");
    }
}
