package org.civicplan.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class NonClosingOutputStreamTest {
    /** Records flushes and refuses writes once closed, as a file or socket stream would. */
    private static final class Recording extends ByteArrayOutputStream {
        int flushes;
        boolean closed;

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            if (closed) {
                throw new IllegalStateException("closed");
            }
            super.write(b, off, len);
        }

        @Override
        public void flush() {
            flushes++;
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    @Test
    void closingFlushesButLeavesTheCallersStreamOpen() throws IOException {
        Recording target = new Recording();
        try (OutputStream out = new NonClosingOutputStream(target)) {
            out.write("xin chào".getBytes(StandardCharsets.UTF_8), 0, 3);
            out.write('!');
        }
        assertThat(target.closed).isFalse();
        assertThat(target.flushes).isEqualTo(1);
        assertThat(target.toString(StandardCharsets.UTF_8)).isEqualTo("xin!");
        target.write(new byte[] {'.'}, 0, 1);
        assertThat(target.toString(StandardCharsets.UTF_8)).isEqualTo("xin!.");
    }

    @Test
    void aZipStreamClosedOverItLeavesTheTargetWritable() throws IOException {
        Recording target = new Recording();
        try (ZipOutputStream zip = new ZipOutputStream(new NonClosingOutputStream(target))) {
            zip.putNextEntry(new ZipEntry("a.txt"));
            zip.write("a".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertThat(target.closed).isFalse();
        assertThat(target.size()).isGreaterThan(0);
    }

    @Test
    void refusesNull() {
        assertThatThrownBy(() -> new NonClosingOutputStream(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("out is null");
    }
}
