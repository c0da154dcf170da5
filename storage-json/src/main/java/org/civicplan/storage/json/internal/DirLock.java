package org.civicplan.storage.json.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One lock per store directory: a JVM-wide reentrant lock (shared by every store opened on the
 * directory in this process, since Java file locks are per process) plus an OS file lock on {@code
 * .lock} held while the JVM lock is, which keeps other processes out.
 *
 * <p>The lock is keyed by the directory's real path ({@link Path#toRealPath}), so two stores that
 * reach one directory by different paths (a symbolic link, {@code ..}, a bind of the same name)
 * share it; keyed by the path as given they would each take the OS lock from the same process,
 * which Java refuses with an {@code OverlappingFileLockException}, and lose each other's updates.
 * Whatever fails while the OS lock is taken or released, the JVM lock is never left held without
 * the OS lock, nor the OS lock without the JVM lock.
 */
public final class DirLock {
    private static final ConcurrentHashMap<Path, DirLock> LOCKS = new ConcurrentHashMap<>();

    private final Path file;
    private final ReentrantLock lock = new ReentrantLock();
    private FileChannel channel;
    private FileLock fileLock;

    private DirLock(Path file) {
        this.file = file;
    }

    /** The lock of an existing directory, the same object for every path that leads to it. */
    public static DirLock forDirectory(Path dir) {
        Path key;
        try {
            key = dir.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot resolve the store directory " + dir, e);
        }
        return LOCKS.computeIfAbsent(key, k -> new DirLock(k.resolve(".lock")));
    }

    public void lock() {
        lock.lock();
        if (lock.getHoldCount() > 1) {
            return;
        }
        boolean locked = false;
        try {
            if (channel == null || !channel.isOpen()) {
                channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            }
            fileLock = channel.lock();
            locked = true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock " + file, e);
        } finally {
            // an unchecked failure (an OverlappingFileLockException, an interrupt closing the
            // channel) must not leave this thread holding the JVM lock without the OS lock
            if (!locked) {
                fileLock = null;
                lock.unlock();
            }
        }
    }

    public void unlock() {
        if (!lock.isHeldByCurrentThread()) {
            throw new IllegalMonitorStateException("the store lock of " + file + " is not held by this thread");
        }
        try {
            if (lock.getHoldCount() == 1 && fileLock != null) {
                try {
                    fileLock.release();
                } catch (IOException | RuntimeException e) {
                    // the OS lock dies with the channel: close it so no other writer waits on it
                    closeQuietly();
                }
            }
        } finally {
            if (lock.getHoldCount() == 1) {
                fileLock = null;
            }
            lock.unlock();
        }
    }

    public boolean heldByCurrentThread() {
        return lock.isHeldByCurrentThread();
    }

    private void closeQuietly() {
        try {
            channel.close();
        } catch (IOException | RuntimeException ignored) {
            // closing releases the lock or the channel is already gone
        } finally {
            channel = null;
        }
    }
}
