package org.civicplan.storage.json.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civicplan.core.model.AuditEntry;
import org.civicplan.storage.json.internal.StoreDocs.Doc;

/**
 * What one transaction changes, staged until it commits: documents (kept as values, written at the
 * commit), measurement files (already merged into temporary files) and audit entries (appended
 * once the files are in place). The store lock is held for the whole transaction, so a file checked
 * once cannot change under it: {@link #checked} and {@link #listings} remember what was seen.
 */
final class FileTransaction {
    final Map<Path, Doc> docs = new LinkedHashMap<>();
    final Map<Path, DocKind<?>> kinds = new HashMap<>();
    /** Target file to its staged temporary file. */
    final Map<Path, Path> partitions = new LinkedHashMap<>();

    final List<AuditEntry> audit = new ArrayList<>();
    final Set<Path> checked = new HashSet<>();
    final Map<String, List<Path>> listings = new HashMap<>();
    private boolean journaled;

    /**
     * Writes the documents to temporary files and moves them and the measurement files into place
     * through the journal, then appends the audit entries. A failure before the journal is written
     * removes the temporary files; after it, the journal is replayed at once (or, failing that, when
     * the store is next opened).
     */
    void commit(Store store) {
        List<Path[]> moves = new ArrayList<>();
        try {
            for (Map.Entry<Path, Doc> e : docs.entrySet()) {
                Path target = e.getKey();
                Path temp = AtomicFiles.writeTemp(
                        target, out -> write(store.codec(), kinds.get(target), e.getValue(), out));
                moves.add(new Path[] {temp, target});
            }
            partitions.forEach((target, temp) -> moves.add(new Path[] {temp, target}));
            store.journal().commit(moves, () -> journaled = true);
        } catch (IOException e) {
            store.documents().forgetAll();
            if (journaled) {
                try {
                    store.journal().recover();
                } catch (RuntimeException again) {
                    e.addSuppressed(again);
                }
            } else {
                for (Path[] m : moves) {
                    try {
                        Files.deleteIfExists(m[0]);
                    } catch (IOException ignored) {
                        // garbage, removed when the store is next opened
                    }
                }
            }
            throw Store.unable("Không ghi được dữ liệu vào " + store.dir(), "Cannot write to " + store.dir(), e);
        }
        docs.forEach(store.documents()::remember);
        store.audit().append(audit);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void write(Codec codec, DocKind kind, Doc doc, OutputStream out) {
        codec.write(out, w -> kind.write(w, doc));
    }

    /** Removes the staged measurement files of a transaction that did not commit. */
    void discard() {
        if (journaled) {
            return;
        }
        partitions.values().forEach(Store::deleteQuietly);
    }
}
