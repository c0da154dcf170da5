package org.civicplan.core.spi;

import java.util.List;
import java.util.Optional;
import org.civicplan.core.model.Versioned;

/** Create, read and optimistic update of one kind of aggregate, keyed by {@code K}. */
public interface EntityRepository<K, T extends Versioned<T>> {
    /** Stores a new aggregate; returns it at version 1. A duplicate key is refused. */
    T create(T value);

    /** Replaces the stored aggregate read at {@code value.version()}; returns it at the next version. */
    T update(T value);

    Optional<T> find(K key);

    /** The aggregate, or {@link org.civicplan.core.NoSuchEntityException}. */
    T get(K key);

    List<T> all();
}
