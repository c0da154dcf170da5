package org.civicplan.storage.json.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.civicplan.core.DuplicateEntityException;
import org.civicplan.core.NoSuchEntityException;
import org.civicplan.core.VersionConflictException;
import org.civicplan.core.model.Versioned;
import org.civicplan.storage.json.internal.StoreDocs.Doc;

/**
 * An aggregate kept at the head of its own file ({@code <sub>/<id>.json}): programs and plans
 * (whose files also hold their indicators, or items, which may be stored first, so a file can lack
 * its head) and reports and adjustments (alone in theirs). Creating, updating with the version
 * check, finding and listing.
 *
 * @param <K> the id; its {@code toString()} is its value
 * @param <V> the aggregate
 * @param <D> the document of its file
 */
abstract class AggregateRepo<K, V extends Versioned<V>, D extends Doc> {
    /** How one kind of aggregate is kept. */
    record Layout<K, V, D extends Doc>(
            String entity,
            String sub,
            DocKind<D> kind,
            Function<V, K> id,
            Function<D, V> head,
            Function<K, D> empty,
            BiFunction<D, V, D> with) {}

    final Store store;
    final DocumentFiles documents;
    private final Layout<K, V, D> layout;

    AggregateRepo(Store store, Layout<K, V, D> layout) {
        this.store = store;
        this.documents = store.documents();
        this.layout = layout;
    }

    private Path file(K id) {
        return documents.in(layout.sub(), id.toString(), ".json");
    }

    public V create(V value) {
        return store.write(() -> {
            K id = layout.id().apply(value);
            D doc = documents.load(file(id), layout.kind());
            if (doc != null && layout.head().apply(doc) != null) {
                throw new DuplicateEntityException(layout.entity(), value.entityId());
            }
            V stored = value.withVersion(1);
            D base = doc == null ? layout.empty().apply(id) : doc;
            documents.stage(file(id), layout.kind(), layout.with().apply(base, stored));
            return stored;
        });
    }

    public V update(V value) {
        return store.write(() -> {
            K id = layout.id().apply(value);
            D doc = documents.load(file(id), layout.kind());
            if (doc == null || layout.head().apply(doc) == null) {
                throw new NoSuchEntityException(layout.entity(), value.entityId());
            }
            if (layout.head().apply(doc).version() != value.version()) {
                throw new VersionConflictException(layout.entity(), value.entityId(), value.version());
            }
            V stored = value.withVersion(value.version() + 1);
            documents.stage(file(id), layout.kind(), layout.with().apply(doc, stored));
            return stored;
        });
    }

    public Optional<V> find(K key) {
        return store.read(() ->
                Optional.ofNullable(documents.load(file(key), layout.kind())).map(layout.head()));
    }

    public V get(K key) {
        return find(key).orElseThrow(() -> new NoSuchEntityException(layout.entity(), key.toString()));
    }

    public List<V> all() {
        return store.read(() ->
                docs().stream().map(layout.head()).filter(Objects::nonNull).toList());
    }

    /** Every readable file of this kind (a broken one is listed as a problem). */
    List<D> docs() {
        return documents.all(layout.sub(), layout.kind());
    }
}
