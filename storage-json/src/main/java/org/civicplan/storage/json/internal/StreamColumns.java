package org.civicplan.storage.json.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.base.ParserBase;

/**
 * {@link Utf8Columns} for a measurement stream, worked out only when a problem is reported: the
 * bytes pass through and are kept, unread, from the start of the line of the token the reader last
 * set out from ({@link #keepFrom}); a problem's character column is counted over those bytes then.
 * Reading a well-formed stream thus costs a copy of each buffer the parser fills instead of a look
 * at every byte. The columns are the same as {@link Utf8Columns}' (the same rules: continuation
 * bytes and a byte order mark are no characters, CR, LF and CR LF end a line; UTF-16 and UTF-32
 * text is left as Jackson counts it) for every line from the one set out from.
 */
final class StreamColumns extends FilterInputStream implements Columns {
    /**
     * The most bytes kept past the line set out from before its start is counted forward (a value
     * far larger than any a measurement has: only hostile text gets here).
     */
    private static final int MAX_KEPT = 8 << 20;

    private final int maxKept;

    /** The bytes from {@code bufferStart} (an offset in the stream) to {@code read}. */
    private byte[] buffer;

    private long bufferStart;
    private long read;
    private boolean utf8 = true;

    /** The line set out from, its first byte's offset in the stream (maybe before the buffer), and the characters' bytes … */
    private int anchorLine = 1;

    private long anchorStart;
    /** … and, when its start is no longer kept, how many of its bytes dropped were no characters. */
    private int droppedNonCharacters;

    /** The columns of problems asked early, whose lines are not kept (the document's first token). */
    private int rememberedLine = -1;

    private int rememberedByteColumn;
    private int rememberedColumn;

    StreamColumns(InputStream in) {
        this(in, MAX_KEPT);
    }

    StreamColumns(InputStream in, int maxKept) {
        super(in);
        this.maxKept = maxKept;
        this.buffer = new byte[Math.min(16 * 1024, maxKept)];
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            keep(new byte[] {(byte) b}, 0, 1);
        }
        return b;
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws IOException {
        int n = super.read(bytes, offset, length);
        if (n > 0) {
            keep(bytes, offset, n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // through read, so that every byte is kept
        byte[] skipped = new byte[(int) Math.min(n, 8192)];
        int got = n <= 0 ? 0 : read(skipped, 0, skipped.length);
        return Math.max(got, 0);
    }

    private void keep(byte[] bytes, int offset, int n) {
        if (!utf8) {
            read += n;
            return;
        }
        for (int i = 0; read + i < 4 && i < n; i++) {
            if (bytes[offset + i] == 0) {
                // UTF-16 or UTF-32, whose columns Jackson counts in characters: nothing to keep
                utf8 = false;
                buffer = null;
                read += n;
                return;
            }
        }
        int used = (int) (read - bufferStart);
        if (used + n > buffer.length) {
            used = makeRoom(used, n);
        }
        System.arraycopy(bytes, offset, buffer, used, n);
        read += n;
    }

    /** Drops the bytes before the line set out from, then grows the buffer if need be; the bytes used after. */
    private int makeRoom(int used, int n) {
        if (used + n - (anchorStart - bufferStart) > maxKept) {
            dropBefore(read + n - maxKept);
            used = (int) (read - bufferStart);
        }
        int from = (int) Math.max(0, anchorStart - bufferStart);
        if (from > 0) {
            System.arraycopy(buffer, from, buffer, 0, used - from);
            bufferStart += from;
            used -= from;
        }
        if (used + n > buffer.length) {
            byte[] larger = new byte[Math.max(used + n, (int) Math.min((long) buffer.length * 2, maxKept))];
            System.arraycopy(buffer, 0, larger, 0, used);
            buffer = larger;
        }
        return used;
    }

    /**
     * Counts the line set out from forward to offset {@code to}, so that the bytes before it can be
     * dropped: the lines after it are still counted exactly, as is the part of the line {@code to}
     * falls on from there.
     */
    private void dropBefore(long to) {
        long from = Math.max(anchorStart, bufferStart);
        // never the last byte read: a CR there may be the first half of a CR LF
        long end = Math.min(to, read - 1);
        if (end <= from) {
            return;
        }
        int line = anchorLine;
        long lineStart = anchorStart;
        int dropped = droppedNonCharacters;
        for (long at = from; at < end; at++) {
            byte b = buffer[(int) (at - bufferStart)];
            if (b == '\r' || b == '\n') {
                if (b == '\r' && at + 1 < read && buffer[(int) (at + 1 - bufferStart)] == '\n') {
                    at++;
                }
                line++;
                lineStart = at + 1;
                dropped = 0;
            } else if (noCharacter(b, at, line)) {
                dropped++;
            }
        }
        anchorLine = line;
        anchorStart = lineStart;
        droppedNonCharacters = dropped;
        // keep from where the count stopped, even when the line started before it
        long keepFrom = Math.max(end, lineStart);
        int shift = (int) (keepFrom - bufferStart);
        System.arraycopy(buffer, shift, buffer, 0, (int) (read - keepFrom));
        bufferStart = keepFrom;
    }

    /** Whether a byte is no character of its line: a continuation byte, or one of a byte order mark. */
    private boolean noCharacter(byte b, long at, int line) {
        return (b & 0xC0) == 0x80 || line == 1 && at < 3 && startsWithBom();
    }

    private boolean startsWithBom() {
        return bufferStart == 0
                && read >= 3
                && (buffer[0] & 0xFF) == 0xEF
                && (buffer[1] & 0xFF) == 0xBB
                && (buffer[2] & 0xFF) == 0xBF;
    }

    /**
     * From now on only lines from the one of the parser's current token are asked for: the bytes
     * before that line need not be kept. Asks the parser its token's place without making an object.
     */
    void keepFrom(JsonParser parser) {
        if (!utf8) {
            return;
        }
        int line;
        long start;
        if (parser instanceof ParserBase base) {
            line = base.getTokenLineNr();
            start = base.getTokenCharacterOffset() - (base.getTokenColumnNr() - 1);
        } else {
            TokenStreamLocation at = parser.currentTokenLocation();
            line = at.getLineNr();
            start = at.getByteOffset() - (at.getColumnNr() - 1);
        }
        keepFrom(line, start);
    }

    /** {@link #keepFrom(JsonParser)}: {@code line} starts at offset {@code start}. */
    void keepFrom(int line, long start) {
        if (utf8 && start > anchorStart && line > anchorLine && start >= bufferStart && start <= read) {
            anchorLine = line;
            anchorStart = start;
            droppedNonCharacters = 0;
        }
    }

    /** Works out the column of {@code byteColumn} on {@code atLine} now, and remembers it for later. */
    void remember(int atLine, int byteColumn) {
        rememberedColumn = column(atLine, byteColumn);
        rememberedLine = atLine;
        rememberedByteColumn = byteColumn;
    }

    @Override
    public int column(int atLine, int byteColumn) {
        if (!utf8 || byteColumn <= 1) {
            return byteColumn;
        }
        if (atLine == rememberedLine && byteColumn == rememberedByteColumn) {
            return rememberedColumn;
        }
        if (atLine < anchorLine) {
            return byteColumn; // not kept (as a line Utf8Columns no longer keeps)
        }
        // to the line's start
        int line = anchorLine;
        long at = Math.max(anchorStart, bufferStart);
        while (line < atLine) {
            if (at >= read) {
                return byteColumn; // not read yet
            }
            byte b = buffer[(int) (at - bufferStart)];
            at++;
            if (b == '\r' || b == '\n') {
                if (b == '\r' && at < read && buffer[(int) (at - bufferStart)] == '\n') {
                    at++;
                }
                line++;
            }
        }
        long lineStart = atLine == anchorLine ? anchorStart : at;
        int before = atLine == anchorLine ? droppedNonCharacters : 0;
        long end = Math.min(read, lineStart + byteColumn - 1);
        if (end < at) {
            return byteColumn; // in the part of the line dropped
        }
        for (; at < end; at++) {
            if (noCharacter(buffer[(int) (at - bufferStart)], at, atLine)) {
                before++;
            }
        }
        return Math.max(1, byteColumn - before);
    }
}
