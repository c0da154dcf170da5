package org.civicplan.storage.json.internal;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import org.civicplan.core.Message;
import org.civicplan.core.UnableToStoreException;
import org.civicplan.core.model.PortfolioId;
import org.civicplan.storage.json.JsonFileStore;
import org.civicplan.storage.json.JsonReadLimits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One store's directory, as {@code Db} is one portfolio's database for the JDBC store: the lock,
 * the transaction the current thread runs, and the parts that read and write the files. Every read
 * runs under the lock; every write runs in a {@link FileTransaction}, the caller's or one of its
 * own, committed when the outermost write returns.
 */
public final class Store {
    private static final Logger log = LoggerFactory.getLogger(JsonFileStore.class);

    private final Path dir;
    private final PortfolioId portfolio;
    private final Codec codec;
    private final Partitions partitions;
    private final DirLock lock;
    private final Journal journal;
    private final DocumentFiles documents;
    private final AuditLog audit;
    private FileTransaction tx;

    /** Creates the directory if needed; takes no lock and reads no file. */
    public Store(Path dir, PortfolioId portfolio, JsonReadLimits limits, CommitHook hook) {
        this.dir = requireNonNull(dir, "dir is null").toAbsolutePath().normalize();
        this.portfolio = requireNonNull(portfolio, "portfolio is null");
        this.codec = new Codec(requireNonNull(limits, "limits is null"));
        this.partitions = new Partitions(codec);
        try {
            Files.createDirectories(this.dir);
        } catch (IOException e) {
            throw unable("Không tạo được thư mục " + dir, "Cannot create the directory " + dir, e);
        }
        this.lock = DirLock.forDirectory(this.dir);
        this.journal = new Journal(this.dir, hook);
        this.documents = new DocumentFiles(this);
        this.audit = new AuditLog(this);
    }

    public Path dir() {
        return dir;
    }

    public PortfolioId portfolio() {
        return portfolio;
    }

    Codec codec() {
        return codec;
    }

    Partitions partitions() {
        return partitions;
    }

    public Journal journal() {
        return journal;
    }

    public DocumentFiles documents() {
        return documents;
    }

    public AuditLog audit() {
        return audit;
    }

    /** The transaction the current thread runs under the lock, or null. */
    FileTransaction tx() {
        return tx;
    }

    /** Whether the calling thread runs a transaction (and so holds the lock). */
    boolean inTransaction() {
        return lock.heldByCurrentThread() && tx != null;
    }

    /** Runs {@code work} under the lock. */
    public <T> T read(Supplier<T> work) {
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    /** Runs {@code work} in the current transaction, or in one of its own committed when it returns. */
    public <T> T write(Supplier<T> work) {
        lock.lock();
        try {
            if (tx != null) {
                return work.get();
            }
            FileTransaction t = new FileTransaction();
            tx = t;
            boolean committed = false;
            try {
                T result = work.get();
                t.commit(this);
                committed = true;
                return result;
            } finally {
                tx = null;
                if (!committed) {
                    t.discard();
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /** The file's path relative to the store, with {@code /}, for messages. */
    String name(Path file) {
        return dir.relativize(file).toString().replace('\\', '/');
    }

    static UnableToStoreException unable(String vi, String en, Exception cause) {
        return new UnableToStoreException(
                Message.of(vi + ": " + cause.getMessage(), en + ": " + cause.getMessage()), cause);
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("cannot delete temporary file {}: {}", file, e.toString());
        }
    }

    static <T> List<T> sorted(List<T> values, Comparator<T> order) {
        List<T> copy = new ArrayList<>(values);
        copy.sort(order);
        return List.copyOf(copy);
    }
}
