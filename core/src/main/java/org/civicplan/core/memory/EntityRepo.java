package org.civicplan.core.memory;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.civicplan.core.DuplicateEntityException;
import org.civicplan.core.NoSuchEntityException;
import org.civicplan.core.VersionConflictException;
import org.civicplan.core.model.Versioned;
import org.civicplan.core.spi.EntityRepository;

/** A versioned entity repository over one map of the in-memory state, for every aggregate but units. */
abstract class EntityRepo<K, T extends Versioned<T>> implements EntityRepository<K, T> {
    final StoreLock lock;
    final MemoryState state;
    private final String type;

    EntityRepo(StoreLock lock, MemoryState state, String type) {
        this.lock = lock;
        this.state = state;
        this.type = type;
    }

    abstract Map<K, T> map();

    abstract K key(T value);

    /** Called under the lock after {@code current} replaced {@code previous} (null when created). */
    void stored(T previous, T current) {}

    @Override
    public T create(T value) {
        synchronized (lock) {
            K key = key(value);
            if (map().containsKey(key)) {
                throw new DuplicateEntityException(type, value.entityId());
            }
            T stored = value.withVersion(1);
            map().put(key, stored);
            stored(null, stored);
            return stored;
        }
    }

    @Override
    public T update(T value) {
        synchronized (lock) {
            T current = map().get(key(value));
            if (current == null) {
                throw new NoSuchEntityException(type, value.entityId());
            }
            if (current.version() != value.version()) {
                throw new VersionConflictException(type, value.entityId(), value.version());
            }
            T stored = value.withVersion(value.version() + 1);
            map().put(key(value), stored);
            stored(current, stored);
            return stored;
        }
    }

    @Override
    public Optional<T> find(K key) {
        synchronized (lock) {
            return Optional.ofNullable(map().get(key));
        }
    }

    @Override
    public T get(K key) {
        return find(key).orElseThrow(() -> new NoSuchEntityException(type, String.valueOf(key)));
    }

    @Override
    public List<T> all() {
        synchronized (lock) {
            return List.copyOf(map().values());
        }
    }

    List<T> where(Predicate<T> filter, Comparator<T> order) {
        synchronized (lock) {
            return map().values().stream().filter(filter).sorted(order).toList();
        }
    }
}
