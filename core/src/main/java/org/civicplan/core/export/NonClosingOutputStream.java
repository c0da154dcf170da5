package org.civicplan.core.export;

import static java.util.Objects.requireNonNull;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Passes everything through to the caller's stream but does not close it: closing flushes only.
 * The {@link org.civicplan.core.spi.Exporter} contract leaves closing to the caller, while the
 * writers exporters wrap around it (zip streams, spreadsheet writers) close what they are given
 * when they finish.
 */
public final class NonClosingOutputStream extends FilterOutputStream {
    public NonClosingOutputStream(OutputStream out) {
        super(requireNonNull(out, "out is null"));
    }

    /** Writes the block at once ({@link FilterOutputStream} would write it byte by byte). */
    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
    }

    /** Flushes and leaves the underlying stream open. */
    @Override
    public void close() throws IOException {
        flush();
    }
}
