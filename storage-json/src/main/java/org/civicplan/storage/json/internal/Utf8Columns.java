package org.civicplan.storage.json.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Characters, not bytes, in the columns of problems. Jackson reads UTF-8 as bytes and counts a
 * column in bytes, so on a line of Vietnamese text ("Hà Nội": 9 bytes, 6 characters) every
 * column after it pointed too far right. This stream passes the bytes through and remembers, per
 * line, where the continuation bytes of multi-byte characters are; {@link #column} turns Jackson's
 * byte column into a character (code point) column. Text in UTF-16 or UTF-32 (a zero among the
 * first bytes) is decoded by Jackson itself, whose columns are characters already: then nothing is
 * recorded.
 */
final class Utf8Columns extends FilterInputStream {
    /**
     * 1-based line → the 1-based byte columns of continuation bytes on it, ascending (lines with
     * any); at most {@code keptLines} of the latest such lines, so a stream of millions of values
     * holds a bounded record (a problem is found near where the parser reads).
     */
    private final Map<Integer, int[]> continuations;

    private int[] current = new int[0];
    private int count;
    private int line = 1;
    private int column;
    private boolean afterCr;
    private long read;
    private boolean utf8 = true;
    private final byte[] first = new byte[4];

    /** A whole document: every line is remembered (the document's size is limited). */
    Utf8Columns(InputStream in) {
        this(in, Integer.MAX_VALUE);
    }

    Utf8Columns(InputStream in, int keptLines) {
        super(in);
        this.continuations = new LinkedHashMap<>() {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Integer, int[]> eldest) {
                return size() > keptLines;
            }
        };
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            see((byte) b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        for (int i = 0; i < n; i++) {
            see(buffer[offset + i]);
        }
        return n;
    }

    private void see(byte b) {
        if (read < first.length) {
            first[(int) read] = b;
            if (b == 0) {
                utf8 = false;
            }
        }
        read++;
        if (!utf8) {
            return;
        }
        if (b == '\n' && afterCr) {
            afterCr = false;
            return;
        }
        afterCr = b == '\r';
        if (b == '\n' || b == '\r') {
            endLine();
            return;
        }
        column++;
        if ((b & 0xC0) == 0x80 && !(line == 1 && read <= 3 && startsWithBom())) {
            if (count == current.length) {
                current = Arrays.copyOf(current, Math.max(8, count * 2));
            }
            current[count++] = column;
        }
    }

    private boolean startsWithBom() {
        return (first[0] & 0xFF) == 0xEF && (first[1] & 0xFF) == 0xBB && (first[2] & 0xFF) == 0xBF;
    }

    private void endLine() {
        if (count > 0) {
            continuations.put(line, Arrays.copyOf(current, count));
        }
        count = 0;
        line++;
        column = 0;
    }

    /** Jackson's byte column on {@code atLine} as a character column. */
    int column(int atLine, int byteColumn) {
        if (!utf8 || byteColumn <= 1) {
            return byteColumn;
        }
        int[] on = atLine == line ? Arrays.copyOf(current, count) : continuations.get(atLine);
        if (on == null) {
            return byteColumn;
        }
        int before = 0;
        while (before < on.length && on[before] < byteColumn) {
            before++;
        }
        return Math.max(1, byteColumn - before);
    }
}
