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

    public static DirLock forDirectory(Path dir) {
        Path key = dir.toAbsolutePath().normalize();
        return LOCKS.computeIfAbsent(key, k -> new DirLock(k.resolve(".lock")));
    }

    public void lock() {
        lock.lock();
        if (lock.getHoldCount() == 1) {
            try {
                if (channel == null || !channel.isOpen()) {
                    channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                }
                fileLock = channel.lock();
            } catch (IOException e) {
                lock.unlock();
                throw new UncheckedIOException("cannot lock " + file, e);
            }
        }
    }

    public void unlock() {
        if (lock.getHoldCount() == 1 && fileLock != null) {
            try {
                fileLock.release();
            } catch (IOException e) {
                // the lock dies with the channel anyway
            } finally {
                fileLock = null;
            }
        }
        lock.unlock();
    }

    public boolean heldByCurrentThread() {
        return lock.isHeldByCurrentThread();
    }
}
