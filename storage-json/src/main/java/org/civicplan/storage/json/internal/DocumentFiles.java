package org.civicplan.storage.json.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.civicplan.core.Message;
import org.civicplan.core.UnableToStoreException;
import org.civicplan.storage.json.JsonFileStore;
import org.civicplan.storage.json.JsonImportException;
import org.civicplan.storage.json.StoreProblem;
import org.civicplan.storage.json.internal.StoreDocs.Doc;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store's document files: where each lives, a cache of the parsed documents keyed by the
 * file's identity, size and times (a file changed by another process is read again), loading
 * through the transaction's staged documents, and the list of files that could not be read.
 */
public final class DocumentFiles {
    private static final Logger log = LoggerFactory.getLogger(JsonFileStore.class);

    private record Cached(Object stamp, Doc doc) {}

    private final Store store;
    private final Path dir;
    private final Map<Path, Cached> cache = new HashMap<>();
    private final Map<Path, StoreProblem> problems = new LinkedHashMap<>();

    DocumentFiles(Store store) {
        this.store = store;
        this.dir = store.dir();
    }

    // ---- paths ----

    public Path meta() {
        return dir.resolve("portfolio.json");
    }

    Path units() {
        return dir.resolve("units.json");
    }

    Path in(String sub, String id, String suffix) {
        return dir.resolve(sub).resolve(FileNames.encode(id) + suffix);
    }

    /** The file's identity, modification time, size and creation time; null when it does not exist. */
    static Object stamp(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return List.of(
                    Objects.requireNonNullElse(a.fileKey(), ""),
                    a.lastModifiedTime(),
                    a.size(),
                    Objects.requireNonNullElse(a.creationTime(), FileTime.fromMillis(0)));
        } catch (IOException e) {
            return null;
        }
    }

    // ---- loading ----

    /** The document, or null when there is none; a broken file is an {@link UnableToStoreException}. */
    @SuppressWarnings("unchecked")
    public <D extends Doc> D load(Path file, DocKind<D> kind) {
        FileTransaction tx = store.tx();
        if (tx != null && tx.docs.containsKey(file)) {
            return (D) tx.docs.get(file);
        }
        if (tx != null && tx.checked.contains(file)) {
            Cached known = cache.get(file);
            if (known != null) {
                return (D) known.doc();
            }
            if (!problems.containsKey(file)) {
                return null;
            }
        }
        D doc = loadChecked(file, kind);
        if (tx != null) {
            tx.checked.add(file);
        }
        return doc;
    }

    @SuppressWarnings("unchecked")
    private <D extends Doc> D loadChecked(Path file, DocKind<D> kind) {
        Object stamp = stamp(file);
        if (stamp == null) {
            cache.remove(file);
            problems.remove(file);
            return null;
        }
        Cached cached = cache.get(file);
        if (cached != null && cached.stamp().equals(stamp)) {
            return (D) cached.doc();
        }
        D doc;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            doc = store.codec().read(in, store.name(file), kind::read);
        } catch (NoSuchFileException e) {
            cache.remove(file);
            return null;
        } catch (JsonImportException e) {
            throw corrupted(file, e.text(), e);
        } catch (IOException | UncheckedIOException e) {
            throw corrupted(file, Message.of(e.getMessage(), e.getMessage()), e);
        }
        problems.remove(file);
        cache.put(file, new Cached(stamp, doc));
        return doc;
    }

    /** Like {@link #load} for scans: a broken file is skipped (it is in {@link #problems()}). */
    public <D extends Doc> D loadOrSkip(Path file, DocKind<D> kind) {
        try {
            return load(file, kind);
        } catch (UnableToStoreException e) {
            return null;
        }
    }

    /** Every readable document in {@code sub}, the transaction's staged ones included. */
    public <D extends Doc> List<D> all(String sub, DocKind<D> kind) {
        List<D> docs = new ArrayList<>();
        for (Path f : list(sub, ".json")) {
            D d = loadOrSkip(f, kind);
            if (d != null) {
                docs.add(d);
            }
        }
        return docs;
    }

    /**
     * The files in {@code sub} ending in {@code suffix}, sorted, with those the transaction stages;
     * inside a transaction the directory is listed once.
     */
    public List<Path> list(String sub, String suffix) {
        FileTransaction tx = store.tx();
        Path d = dir.resolve(sub);
        Set<Path> files = new TreeSet<>();
        List<Path> known = tx == null ? null : tx.listings.get(sub + suffix);
        if (known != null) {
            files.addAll(known);
        } else if (Files.isDirectory(d)) {
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(d)) {
                for (Path f : stream) {
                    String n = f.getFileName().toString();
                    if (n.endsWith(suffix) && !n.startsWith(".")) {
                        files.add(f);
                    }
                }
            } catch (IOException e) {
                throw Store.unable("Không đọc được thư mục " + d, "Cannot list " + d, e);
            }
        }
        if (tx != null) {
            tx.listings.putIfAbsent(sub + suffix, List.copyOf(files));
            addIn(d, tx.docs.keySet(), files);
            addIn(d, tx.partitions.keySet(), files);
        }
        return new ArrayList<>(files);
    }

    private static void addIn(Path d, Set<Path> staged, Set<Path> files) {
        for (Path p : staged) {
            if (p.getParent().equals(d)) {
                files.add(p);
            }
        }
    }

    // ---- writing ----

    /** Stages the document in the current transaction, with the next document version. */
    public <D extends Doc> void stage(Path file, DocKind<D> kind, D doc) {
        FileTransaction tx = store.tx();
        long next = tx.docs.containsKey(file) ? doc.documentVersion() : doc.documentVersion() + 1;
        tx.docs.put(file, kind.withVersion(doc, next));
        tx.kinds.put(file, kind);
    }

    /** After a commit: the file now holds {@code doc}. */
    void remember(Path file, Doc doc) {
        Object stamp = stamp(file);
        if (stamp != null) {
            cache.put(file, new Cached(stamp, doc));
        }
    }

    /** After a failed commit nothing cached can be trusted. */
    void forgetAll() {
        cache.clear();
    }

    // ---- problems ----

    /** Files that could not be read, as of the last time they were looked at. */
    public List<StoreProblem> problems() {
        return List.copyOf(problems.values());
    }

    /** The file was read without a problem. */
    void readable(Path file) {
        problems.remove(file);
    }

    /** Records the file as unreadable (logged the first time) and returns the exception to throw. */
    UnableToStoreException corrupted(Path file, Message why, Exception cause) {
        Message message = Message.of(
                "Tệp " + store.name(file) + " trong kho " + dir + " bị hỏng, không đọc được: " + why.vi(),
                "The file " + store.name(file) + " in the store " + dir + " is corrupted and cannot be read: "
                        + why.en());
        if (!problems.containsKey(file)) {
            log.warn("{}", message.en());
        }
        problems.put(file, new StoreProblem(file, message));
        return new UnableToStoreException(message, cause);
    }

    /** Logs the unreadable files found on opening, if any. */
    public void logProblems() {
        if (!problems.isEmpty()) {
            log.warn("opened {} with {} unreadable file(s): {}", dir, problems.size(), problems.keySet());
        }
    }

    /** Exception messages of an I/O failure, in both languages (they are the system's own). */
    static Message ioMessage(Exception e) {
        return Message.of(e.toString(), e.toString());
    }
}
