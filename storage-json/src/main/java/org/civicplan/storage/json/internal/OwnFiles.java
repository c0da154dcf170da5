package org.civicplan.storage.json.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.civicplan.core.DuplicateEntityException;
import org.civicplan.core.NoSuchEntityException;
import org.civicplan.core.VersionConflictException;
import org.civicplan.core.model.Versioned;
import org.civicplan.storage.json.internal.StoreDocs.Doc;

/**
 * Entities kept one to a file ({@code <sub>/<id>.json}, a document holding just the entity), as
 * reports and adjustments are: creating, updating with the version check, finding and listing.
 *
 * @param <K> the id; its {@code toString()} is its value
 * @param <V> the entity
 * @param <D> its document
 */
final class OwnFiles<K, V extends Versioned<V>, D extends Doc> {
    /** How one kind of entity is kept. */
    record Layout<K, V, D extends Doc>(
            String entity, String sub, DocKind<D> kind, Function<V, K> id, Function<D, V> value, DocOf<V, D> doc) {}

    interface DocOf<V, D> {
        D of(long documentVersion, V value);
    }

    private final Store store;
    private final DocumentFiles documents;
    private final Layout<K, V, D> layout;

    OwnFiles(Store store, Layout<K, V, D> layout) {
        this.store = store;
        this.documents = store.documents();
        this.layout = layout;
    }

    private Path file(K id) {
        return documents.in(layout.sub(), id.toString(), ".json");
    }

    V create(V value) {
        return store.write(() -> {
            Path file = file(layout.id().apply(value));
            if (documents.load(file, layout.kind()) != null) {
                throw new DuplicateEntityException(layout.entity(), value.entityId());
            }
            V stored = value.withVersion(1);
            documents.stage(file, layout.kind(), layout.doc().of(0, stored));
            return stored;
        });
    }

    V update(V value) {
        return store.write(() -> {
            Path file = file(layout.id().apply(value));
            D doc = documents.load(file, layout.kind());
            if (doc == null) {
                throw new NoSuchEntityException(layout.entity(), value.entityId());
            }
            if (layout.value().apply(doc).version() != value.version()) {
                throw new VersionConflictException(layout.entity(), value.entityId(), value.version());
            }
            V stored = value.withVersion(value.version() + 1);
            documents.stage(file, layout.kind(), layout.doc().of(doc.documentVersion(), stored));
            return stored;
        });
    }

    Optional<V> find(K key) {
        return store.read(() ->
                Optional.ofNullable(documents.load(file(key), layout.kind())).map(layout.value()));
    }

    V get(K key) {
        return find(key).orElseThrow(() -> new NoSuchEntityException(layout.entity(), key.toString()));
    }

    List<V> all() {
        return store.read(() -> documents.all(layout.sub(), layout.kind()).stream()
                .map(layout.value())
                .toList());
    }
}
