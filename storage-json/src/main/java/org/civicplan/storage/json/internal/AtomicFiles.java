package org.civicplan.storage.json.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.UUID;

/**
 * Crash-safe file replacement: write a temporary file in the same directory, fsync it, rename it
 * over the target atomically, fsync the directory. A crash at any point leaves the old file or the
 * new one, never a torn one.
 *
 * <p>The temporary file is created with the process's umask, and when it replaces an existing file
 * it takes that file's POSIX permissions: a store file an administrator made private (0600) stays
 * private after the next write, instead of widening to the umask's default.
 */
public final class AtomicFiles {
    /** Marks temporary files; anything carrying it that no commit journal names is garbage. */
    public static final String TEMP_MARK = ".tmp-";

    public interface Body {
        void write(OutputStream out) throws IOException;
    }

    private AtomicFiles() {}

    /** Writes and fsyncs a temporary sibling of {@code target}; returns its path. */
    public static Path writeTemp(Path target, Body body) throws IOException {
        Files.createDirectories(target.getParent());
        Path temp = target.resolveSibling("." + target.getFileName() + TEMP_MARK + UUID.randomUUID());
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            keepPermissions(target, temp);
            OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 64 * 1024);
            body.write(out);
            out.flush();
            channel.force(true);
        } catch (IOException | RuntimeException | Error e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        return temp;
    }

    /** Gives {@code temp} the permissions of the file it will replace, where the file system has them. */
    private static void keepPermissions(Path target, Path temp) throws IOException {
        if (!Files.exists(target)
                || !Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Set<PosixFilePermission> old = Files.getPosixFilePermissions(target);
        Files.setPosixFilePermissions(temp, old);
    }

    /** Renames {@code temp} over {@code target} atomically. */
    public static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("the file system cannot rename atomically: " + target.getParent(), e);
        }
    }

    /** Makes a rename in {@code dir} durable. Some platforms cannot open directories; there it is a no-op. */
    public static void fsyncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Windows cannot open a directory; its renames are durable once MoveFileEx returns
        }
    }

    /** The whole sequence for one file. */
    public static void write(Path target, Body body) throws IOException {
        Path temp = writeTemp(target, body);
        try {
            moveIntoPlace(temp, target);
        } catch (IOException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        fsyncDirectory(target.getParent());
    }
}
