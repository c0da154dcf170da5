package org.civicplan.storage.json.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.civicplan.core.model.IndicatorCode;
import org.civicplan.core.model.Measurement;
import org.civicplan.storage.json.JsonImportException;

/**
 * The measurement files ({@code measurements/<indicator>.jsonl}, one per indicator, sorted by
 * period and unit): where a transaction reads them from, streaming them, and writing sorted batches
 * into them by spilling sorted runs and merging, so memory does not grow with the number of values.
 */
final class MeasurementFiles {
    /** Values buffered before they are spilled as sorted runs. */
    static final int BATCH = 50_000;

    private final Store store;
    private final DocumentFiles documents;
    private final Partitions partitions;

    MeasurementFiles(Store store) {
        this.store = store;
        this.documents = store.documents();
        this.partitions = store.partitions();
    }

    Path file(IndicatorCode code) {
        return documents.in("measurements", code.value(), ".jsonl");
    }

    /** Every measurement file, the transaction's staged ones included. */
    List<Path> all() {
        return documents.list("measurements", ".jsonl");
    }

    /** The file to read a partition from: the transaction's staged version, else the file itself. */
    Path source(Path target) {
        FileTransaction tx = store.tx();
        if (tx != null && tx.partitions.containsKey(target)) {
            return tx.partitions.get(target);
        }
        return Files.exists(target) ? target : null;
    }

    /** The indicator the file's header names, or null when there is no file or it is unreadable (recorded). */
    IndicatorCode indicator(Path target) {
        Path source = source(target);
        if (source == null) {
            return null;
        }
        try {
            IndicatorCode code = partitions.indicatorOf(source);
            documents.readable(target);
            return code;
        } catch (JsonImportException e) {
            documents.corrupted(target, e.text(), e);
            return null;
        } catch (IOException e) {
            documents.corrupted(target, DocumentFiles.ioMessage(e), e);
            return null;
        }
    }

    /** Streams one partition; the consumer returns false to stop. */
    void scan(Path target, Path source, Predicate<Measurement> consumer) {
        try (Partitions.Reader r = partitions.new Reader(source)) {
            Measurement m;
            while ((m = r.next()) != null) {
                if (!consumer.test(m)) {
                    return;
                }
            }
        } catch (JsonImportException e) {
            throw documents.corrupted(target, e.text(), e);
        } catch (IOException e) {
            throw documents.corrupted(target, DocumentFiles.ioMessage(e), e);
        }
    }

    /** Streams one file without the lock; a problem is recorded under it. */
    void scanUnlocked(Path target, Consumer<Measurement> consumer) throws NoSuchFileException {
        try (Partitions.Reader r = partitions.new Reader(target)) {
            Measurement m;
            while ((m = r.next()) != null) {
                consumer.accept(m);
            }
        } catch (NoSuchFileException e) {
            throw e;
        } catch (JsonImportException e) {
            throw store.read(() -> documents.corrupted(target, e.text(), e));
        } catch (IOException e) {
            throw store.read(() -> documents.corrupted(target, DocumentFiles.ioMessage(e), e));
        }
    }

    /** The number of values in the partition's source file. */
    long count(Path target, Path source) {
        try {
            return partitions.count(source);
        } catch (IOException e) {
            throw documents.corrupted(target, DocumentFiles.ioMessage(e), e);
        }
    }

    /** Writes each indicator's buffered values as one sorted run, and empties the buffer. */
    void spill(Map<IndicatorCode, TreeMap<String, Measurement>> buffer, Map<IndicatorCode, List<Path>> runs) {
        for (Map.Entry<IndicatorCode, TreeMap<String, Measurement>> e : buffer.entrySet()) {
            Path target = file(e.getKey());
            try {
                runs.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(partitions.merge(null, target, e.getKey(), e.getValue()));
            } catch (IOException ex) {
                throw cannotWrite(target, ex);
            }
        }
        buffer.clear();
    }

    /** Merges each indicator's file with its runs into a staged file. */
    void mergeRuns(Map<IndicatorCode, List<Path>> runs) {
        runs.forEach((indicator, list) ->
                stage(indicator, (source, target) -> partitions.mergeRuns(source, target, indicator, list)));
    }

    /** Merges each indicator's file with its buffered values into a staged file, and empties the buffer. */
    void mergeBuffer(Map<IndicatorCode, TreeMap<String, Measurement>> buffer) {
        buffer.forEach((indicator, values) ->
                stage(indicator, (source, target) -> partitions.merge(source, target, indicator, values)));
        buffer.clear();
    }

    private interface Merge {
        Path into(Path source, Path target) throws IOException;
    }

    private void stage(IndicatorCode indicator, Merge merge) {
        Path target = file(indicator);
        Path source = source(target);
        Path temp;
        try {
            temp = merge.into(source, target);
        } catch (JsonImportException ex) {
            throw documents.corrupted(target, ex.text(), ex);
        } catch (IOException ex) {
            throw cannotWrite(target, ex);
        }
        if (source != null && !source.equals(target)) {
            Store.deleteQuietly(source);
        }
        store.tx().partitions.put(target, temp);
    }

    private RuntimeException cannotWrite(Path target, IOException ex) {
        return Store.unable("Không ghi được " + store.name(target), "Cannot write " + store.name(target), ex);
    }
}
