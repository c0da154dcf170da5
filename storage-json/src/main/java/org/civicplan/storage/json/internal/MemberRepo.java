package org.civicplan.storage.json.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.civicplan.core.DuplicateEntityException;
import org.civicplan.core.NoSuchEntityException;
import org.civicplan.core.VersionConflictException;
import org.civicplan.core.model.Versioned;
import org.civicplan.storage.json.internal.StoreDocs.Doc;

/**
 * An aggregate kept in its container's file: indicators in their program's, items in their plan's.
 * Found by looking through the container files; one that changes container moves to the new
 * container's file in the same transaction.
 *
 * @param <K> the aggregate's id
 * @param <V> the aggregate
 * @param <C> the container's id; its {@code toString()} is its value
 * @param <D> the container's document
 */
abstract class MemberRepo<K, V extends Versioned<V>, C, D extends Doc> {
    /** How one kind of member is kept. */
    record Layout<K, V, C, D extends Doc>(
            String entity,
            String sub,
            DocKind<D> kind,
            Function<V, K> key,
            Function<V, C> container,
            Function<D, Map<K, V>> members,
            Function<C, D> empty,
            BiFunction<D, V, D> with,
            BiFunction<D, K, D> without) {}

    /** Where a member was found. */
    record Located<D, V>(Path file, D doc, V value) {}

    final Store store;
    final DocumentFiles documents;
    private final Layout<K, V, C, D> layout;

    MemberRepo(Store store, Layout<K, V, C, D> layout) {
        this.store = store;
        this.documents = store.documents();
        this.layout = layout;
    }

    final Path containerFile(C container) {
        return documents.in(layout.sub(), container.toString(), ".json");
    }

    final D load(Path file) {
        return documents.load(file, layout.kind());
    }

    /** The member's file, its document and the member; null when no readable file holds it. */
    final Located<D, V> locate(K key) {
        for (Path f : documents.list(layout.sub(), ".json")) {
            D d = documents.loadOrSkip(f, layout.kind());
            if (d != null && layout.members().apply(d).containsKey(key)) {
                return new Located<>(f, d, layout.members().apply(d).get(key));
            }
        }
        return null;
    }

    /** Where the stored member is, refusing a missing one or a stale version. */
    final Located<D, V> current(V value) {
        Located<D, V> at = locate(layout.key().apply(value));
        if (at == null) {
            throw new NoSuchEntityException(layout.entity(), value.entityId());
        }
        if (at.value().version() != value.version()) {
            throw new VersionConflictException(layout.entity(), value.entityId(), value.version());
        }
        return at;
    }

    public V create(V value) {
        return store.write(() -> {
            if (locate(layout.key().apply(value)) != null) {
                throw new DuplicateEntityException(layout.entity(), value.entityId());
            }
            V stored = value.withVersion(1);
            C container = layout.container().apply(value);
            Path file = containerFile(container);
            D doc = load(file);
            documents.stage(
                    file,
                    layout.kind(),
                    layout.with().apply(doc == null ? layout.empty().apply(container) : doc, stored));
            return stored;
        });
    }

    /**
     * Creates every value, staging each container's file once: an import's cost grows with the
     * number of values. ({@link #create} one by one copies the container's members for each value:
     * 20,000 items of one plan took 6.7 s to import, 40,000 took 20 s.) A value whose key is stored
     * already, or given twice, is a {@link DuplicateEntityException} and nothing is staged.
     */
    public void createAll(List<V> values) {
        store.write(() -> {
            Set<K> keys = new HashSet<>();
            for (Path f : documents.list(layout.sub(), ".json")) {
                D d = documents.loadOrSkip(f, layout.kind());
                if (d != null) {
                    keys.addAll(layout.members().apply(d).keySet());
                }
            }
            Map<C, List<V>> byContainer = new LinkedHashMap<>();
            for (V value : values) {
                if (!keys.add(layout.key().apply(value))) {
                    throw new DuplicateEntityException(layout.entity(), value.entityId());
                }
                byContainer
                        .computeIfAbsent(layout.container().apply(value), c -> new ArrayList<>())
                        .add(value.withVersion(1));
            }
            for (Map.Entry<C, List<V>> e : byContainer.entrySet()) {
                Path file = containerFile(e.getKey());
                D doc = load(file);
                documents.stage(
                        file,
                        layout.kind(),
                        withAll(doc == null ? layout.empty().apply(e.getKey()) : doc, e.getValue()));
            }
            return null;
        });
    }

    /** The document with {@code stored} added; a kind with many members per file adds them in one copy. */
    D withAll(D doc, List<V> stored) {
        D result = doc;
        for (V value : stored) {
            result = layout.with().apply(result, value);
        }
        return result;
    }

    /**
     * Stages {@code stored} (found {@code at}) in its container's file, then {@code also} on that
     * file's document; from another container's file it is removed.
     */
    final void put(Located<D, V> at, V stored, UnaryOperator<D> also) {
        C container = layout.container().apply(stored);
        Path file = containerFile(container);
        if (file.equals(at.file())) {
            documents.stage(file, layout.kind(), also.apply(layout.with().apply(at.doc(), stored)));
        } else {
            documents.stage(
                    at.file(),
                    layout.kind(),
                    layout.without().apply(at.doc(), layout.key().apply(stored)));
            D doc = load(file);
            documents.stage(
                    file,
                    layout.kind(),
                    also.apply(layout.with().apply(doc == null ? layout.empty().apply(container) : doc, stored)));
        }
    }

    public Optional<V> find(K key) {
        return store.read(() -> Optional.ofNullable(locate(key)).map(Located::value));
    }

    public V get(K key) {
        return find(key).orElseThrow(() -> new NoSuchEntityException(layout.entity(), key.toString()));
    }

    public List<V> all() {
        return store.read(() -> {
            List<V> out = new ArrayList<>();
            documents
                    .all(layout.sub(), layout.kind())
                    .forEach(d -> out.addAll(layout.members().apply(d).values()));
            return List.copyOf(out);
        });
    }
}
