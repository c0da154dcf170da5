package org.civicplan.storage.json.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Characters, not bytes, in the columns of problems. Jackson reads UTF-8 as bytes and counts a
 * column in bytes, so on a line of Vietnamese text ("Hà Nội": 9 bytes, 6 characters) every
 * column after it pointed too far right. This stream passes the bytes through and remembers, per
 * line, where the continuation bytes of multi-byte characters are; {@link #column} turns Jackson's
 * byte column into a character (code point) column. Text in UTF-16 or UTF-32 (a zero among the
 * first bytes) is decoded by Jackson itself, whose columns are characters already: then nothing is
 * recorded.
 */
final class Utf8Columns extends FilterInputStream implements Columns {
    /**
     * The latest lines with continuation bytes, at most {@code keptLines} of them, so that a stream
     * of millions of values holds a bounded record (a problem is found near where the parser reads):
     * a ring, oldest first from {@code oldest}, of line numbers (ascending) and of the 1-based byte
     * columns of the continuation bytes on each. A line's array is handed over, not copied, and an
     * array the ring drops is reused: reading allocates nothing once the ring is full.
     */
    private final int keptLines;

    private int[] keptLine;
    private int[][] keptColumns;
    private int[] keptCount;
    private int oldest;
    private int kept;

    private int[] current = new int[8];
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
        if (keptLines < 1) {
            throw new IllegalArgumentException("keptLines must be positive");
        }
        this.keptLines = keptLines;
        int size = Math.min(16, keptLines);
        this.keptLine = new int[size];
        this.keptColumns = new int[size][];
        this.keptCount = new int[size];
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
        int i = offset;
        int end = offset + Math.max(n, 0);
        while (i < end && read < first.length) {
            see(buffer[i++]);
        }
        if (utf8) {
            scan(buffer, i, end);
        }
        read += end - i;
        return n;
    }

    /** Eight bytes at a time, in the machine's order (only whether some byte needs a look matters). */
    private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.nativeOrder());

    private static final long FOURTEENS = 0x0E0E0E0E0E0E0E0EL;
    private static final long HIGH_BITS = 0x8080808080808080L;

    /**
     * {@link #see} for every byte after the first four of UTF-8 text, in one loop: this runs for
     * every byte of a file. Most of a file is ASCII text without line breaks, and for such a byte
     * only the column moves: eight bytes at a time are let through when none of them is a control
     * character up to {@code '\r'} or part of a multi-byte character (the subtraction borrows into
     * the high bit of a byte below 14, and the lowest such byte is found exactly).
     */
    private void scan(byte[] buffer, int from, int to) {
        // the column of the byte at i is i - lineStart + 1
        int lineStart = from - column;
        boolean cr = afterCr;
        int i = from;
        while (i < to) {
            int words = i;
            while (to - i >= Long.BYTES && plain((long) WORDS.get(buffer, i))) {
                i += Long.BYTES;
            }
            if (i != words) {
                cr = false;
            }
            int end = Math.min(to, i + Long.BYTES);
            for (; i < end; i++) {
                byte b = buffer[i];
                if (b > '\r') {
                    cr = false;
                } else if (b < 0) {
                    cr = false;
                    if ((b & 0xC0) == 0x80) {
                        continuation(i - lineStart + 1);
                    }
                } else if (b == '\n' && cr) {
                    cr = false;
                    lineStart++; // the line feed of a CR LF is no character of the next line
                } else {
                    cr = b == '\r';
                    if (b == '\n' || cr) {
                        endLine();
                        lineStart = i + 1;
                    }
                }
            }
        }
        column = to - lineStart;
        afterCr = cr;
    }

    /** Whether none of eight bytes is a control character up to {@code '\r'} or part of a multi-byte character. */
    private static boolean plain(long word) {
        return (((word - FOURTEENS) | word) & HIGH_BITS) == 0;
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
            column = 0;
            return;
        }
        column++;
        if (line == 1 && read <= 3) {
            // the first three bytes are judged together: Jackson counts a byte order mark's three
            // bytes in its columns, and the mark is no character of the line, so none of them counts
            if (read == 3) {
                for (int i = 0; i < 3; i++) {
                    if (startsWithBom() || (first[i] & 0xC0) == 0x80) {
                        continuation(i + 1);
                    }
                }
            }
            return;
        }
        if ((b & 0xC0) == 0x80) {
            continuation(column);
        }
    }

    private void continuation(int col) {
        if (count == current.length) {
            current = Arrays.copyOf(current, count * 2);
        }
        current[count++] = col;
    }

    private boolean startsWithBom() {
        return (first[0] & 0xFF) == 0xEF && (first[1] & 0xFF) == 0xBB && (first[2] & 0xFF) == 0xBF;
    }

    private void endLine() {
        if (count > 0) {
            keep();
        }
        count = 0;
        line++;
    }

    /** Moves the current line's columns into the ring, dropping the oldest line when it is full. */
    private void keep() {
        // once per line of a file: the ring wraps without a division
        int slot;
        if (kept == keptLines) {
            slot = oldest;
            if (++oldest == keptLine.length) {
                oldest = 0;
            }
        } else {
            if (kept == keptLine.length) {
                grow();
            }
            slot = oldest + kept;
            if (slot >= keptLine.length) {
                slot -= keptLine.length;
            }
            kept++;
        }
        int[] spare = keptColumns[slot];
        keptLine[slot] = line;
        keptColumns[slot] = current;
        keptCount[slot] = count;
        current = spare == null ? new int[Math.max(8, count)] : spare;
    }

    private void grow() {
        int size = (int) Math.min((long) keptLine.length * 2, keptLines);
        int[] lines = new int[size];
        int[][] columns = new int[size][];
        int[] counts = new int[size];
        for (int i = 0; i < kept; i++) {
            int from = (oldest + i) % keptLine.length;
            lines[i] = keptLine[from];
            columns[i] = keptColumns[from];
            counts[i] = keptCount[from];
        }
        keptLine = lines;
        keptColumns = columns;
        keptCount = counts;
        oldest = 0;
    }

    /** Jackson's byte column on {@code atLine} as a character column. */
    @Override
    public int column(int atLine, int byteColumn) {
        if (!utf8 || byteColumn <= 1) {
            return byteColumn;
        }
        int[] on;
        int n;
        if (atLine == line) {
            on = current;
            n = count;
        } else {
            int slot = slotOf(atLine);
            if (slot < 0) {
                return byteColumn;
            }
            on = keptColumns[slot];
            n = keptCount[slot];
        }
        int before = 0;
        while (before < n && on[before] < byteColumn) {
            before++;
        }
        return Math.max(1, byteColumn - before);
    }

    /** The ring slot of a kept line, or -1 (lines are kept in ascending order: a binary search). */
    private int slotOf(int atLine) {
        int low = 0;
        int high = kept - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int slot = (oldest + mid) % keptLine.length;
            int l = keptLine[slot];
            if (l < atLine) {
                low = mid + 1;
            } else if (l > atLine) {
                high = mid - 1;
            } else {
                return slot;
            }
        }
        return -1;
    }
}
