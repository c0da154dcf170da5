package org.civicplan.storage.jdbc.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.civicplan.core.DuplicateEntityException;
import org.civicplan.core.NoSuchEntityException;
import org.civicplan.core.VersionConflictException;
import org.civicplan.core.model.Versioned;
import org.civicplan.core.spi.EntityRepository;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Update;

/**
 * Create, read and optimistic update of one aggregate kept as a row in its table plus rows in child
 * tables. Writes cost a constant number of statements (children go in one batch per child table);
 * reading any set of aggregates costs one query for the table and one per child table.
 *
 * <p>SQL text is assembled here only from the constant table and column names the subclasses pass
 * in; values always travel as bound parameters.
 */
abstract class AggregateRepo<K, T extends Versioned<T>> implements EntityRepository<K, T> {
    static final String P = "portfolio_id";

    final Db db;
    final String type;
    final String table;
    final String keyColumn;
    private final List<String> childTables;
    private final String insertSql;
    private final String updateSql;
    private final String updateSameChildrenSql;
    private final String versionSql;
    private final String lockSql;

    /**
     * @param columns the table's columns other than {@code portfolio_id} and {@code version}, key
     *     first; each is bound under its own name by {@link #bindColumns}
     * @param childTables child tables keyed by ({@code portfolio_id}, key column), in deletion order
     */
    AggregateRepo(Db db, String type, String table, List<String> columns, List<String> childTables) {
        this.db = db;
        this.type = type;
        this.table = table;
        this.keyColumn = columns.get(0);
        this.childTables = List.copyOf(childTables);
        this.insertSql = "INSERT INTO " + table + " (portfolio_id, " + String.join(", ", columns) + ", version)"
                + " VALUES (:portfolio_id, "
                + columns.stream().map(c -> ":" + c).collect(Collectors.joining(", ")) + ", :version)";
        this.updateSql = "UPDATE " + table + " SET "
                + columns.stream().skip(1).map(c -> c + " = :" + c).collect(Collectors.joining(", "))
                + ", version = :version WHERE portfolio_id = :portfolio_id AND " + keyColumn + " = :" + keyColumn
                + " AND version = :expected_version";
        this.updateSameChildrenSql = updateSql + " AND children_hash = :children_hash";
        this.versionSql =
                "SELECT version FROM " + table + " WHERE portfolio_id = :portfolio_id AND " + keyColumn + " = :key";
        this.lockSql = versionSql + " FOR UPDATE";
    }

    /** The key as stored. */
    abstract String key(K key);

    abstract String keyOf(T value);

    /** Binds every column named in the constructor except version. */
    abstract void bindColumns(RowSink row, T value);

    /**
     * A digest of the value's child rows, bound as column {@code children_hash}, or null when the
     * table has no such column. When the digest is unchanged an update is one statement.
     */
    String childrenHash(T value) {
        return null;
    }

    /**
     * Inserts the child rows of the values, one sink per child table (a batch, or a {@code COPY}
     * where {@code sinks} gives one), flushed in the order of the foreign keys between them.
     */
    abstract void insertChildren(Function<String, RowSink> sinks, List<T> values);

    /**
     * The aggregates whose row matches {@code where} (a constant SQL condition on alias {@code t},
     * parameters in {@code params}), in {@code orderBy} order, children included.
     */
    abstract List<T> select(Handle handle, String where, String orderBy, Map<String, Object> params);

    /** The order of {@link #all()}. */
    abstract String defaultOrder();

    @Override
    public T create(T value) {
        T stored = value.withVersion(1);
        return db.run(Op.write("create", type, value.entityId()), h -> {
            insert(RowSink.batches(h), List.of(stored));
            return stored;
        });
    }

    /** Inserts new aggregates at version 1 in batches; a key twice in the list is refused first. */
    void createAll(Handle h, List<T> values) {
        createAll(RowSink.batches(h), values);
    }

    /**
     * Inserts new aggregates at version 1 through {@code sinks} (batches, or {@code COPY} where the
     * caller knows none of their rows can be there yet); a key twice in the list is refused first.
     * Either way a key already stored fails the write: a {@code COPY}, like the plain {@code INSERT},
     * refuses a duplicate key.
     */
    void createAll(Function<String, RowSink> sinks, List<T> values) {
        Set<String> seen = new HashSet<>();
        for (T value : values) {
            if (!seen.add(keyOf(value))) {
                throw new DuplicateEntityException(type, value.entityId());
            }
        }
        insert(sinks, values.stream().map(v -> v.withVersion(1)).toList());
    }

    private void insert(Function<String, RowSink> sinks, List<T> values) {
        if (values.isEmpty()) {
            return;
        }
        RowSink rows = sinks.apply(insertSql);
        for (T value : values) {
            bindColumns(rows, value);
            rows.bind(P, db.portfolio()).bind("version", value.version()).add();
        }
        rows.flush();
        insertChildren(sinks, values);
    }

    @Override
    public T update(T value) {
        return db.run(Op.versioned("update", type, value.entityId(), value.version()), h -> {
            // Lock the row first and compare versions while holding the lock: the outcome no longer
            // depends on whether the database re-evaluates an UPDATE's WHERE after waiting for a
            // row lock (H2 lost updates under load with the compare-and-set UPDATE alone).
            Optional<Long> current = h.createQuery(lockSql)
                    .bind(P, db.portfolio())
                    .bind("key", keyOf(value))
                    .mapTo(Long.class)
                    .findFirst();
            if (current.isEmpty()) {
                throw new NoSuchEntityException(type, value.entityId());
            }
            if (current.get() != value.version()) {
                throw new VersionConflictException(type, value.entityId(), value.version());
            }
            T stored = value.withVersion(value.version() + 1);
            if (childrenHash(stored) != null && bindUpdate(h.createUpdate(updateSameChildrenSql), stored, value) == 1) {
                return stored;
            }
            if (bindUpdate(h.createUpdate(updateSql), stored, value) == 0) {
                throw missingOrStale(h, keyOf(value), value.entityId(), value.version());
            }
            replaceChildren(h, stored);
            return stored;
        });
    }

    private int bindUpdate(Update update, T stored, T read) {
        bindColumns(RowSink.of(update), stored);
        return update.bind(P, db.portfolio())
                .bind("version", stored.version())
                .bind("expected_version", read.version())
                .execute();
    }

    void replaceChildren(Handle h, T stored) {
        for (String child : childTables) {
            h.createUpdate("DELETE FROM " + child + " WHERE portfolio_id = :portfolio_id AND " + keyColumn + " = :key")
                    .bind(P, db.portfolio())
                    .bind("key", keyOf(stored))
                    .execute();
        }
        insertChildren(RowSink.batches(h), List.of(stored));
    }

    /** After an update matched no row: the entity is missing, or someone else changed it. */
    RuntimeException missingOrStale(Handle h, String key, String entityId, long expected) {
        Optional<Long> current = h.createQuery(versionSql)
                .bind(P, db.portfolio())
                .bind("key", key)
                .mapTo(Long.class)
                .findFirst();
        if (current.isEmpty()) {
            return new NoSuchEntityException(type, entityId);
        }
        return new VersionConflictException(type, entityId, expected);
    }

    @Override
    public Optional<T> find(K key) {
        return db.run(
                Op.read(type, key(key)),
                h -> select(h, "t." + keyColumn + " = :key", "t." + keyColumn, Map.of("key", key(key))).stream()
                        .findFirst());
    }

    @Override
    public T get(K key) {
        return find(key).orElseThrow(() -> new NoSuchEntityException(type, key(key)));
    }

    @Override
    public List<T> all() {
        return db.run(Op.read(type, null), h -> select(h, "1 = 1", defaultOrder(), Map.of()));
    }

    /** Rows of the table matching {@code where}, mapped one by one. */
    <R> List<R> rows(Handle h, String where, String orderBy, Map<String, Object> params, RowReader<R> reader) {
        return h.createQuery("SELECT t.* FROM " + table + " t WHERE t.portfolio_id = :portfolio_id AND (" + where
                        + ") ORDER BY " + orderBy)
                .bind(P, db.portfolio())
                .bindMap(params)
                .map((rs, ctx) -> reader.read(rs))
                .list();
    }

    /**
     * Rows of a child table for the aggregates matching {@code where}, grouped by key in the
     * order given; one query whatever the number of aggregates.
     */
    <R> Map<String, List<R>> children(
            Handle h, String child, String where, String childOrder, Map<String, Object> params, RowReader<R> reader) {
        Map<String, List<R>> grouped = new LinkedHashMap<>();
        // a join, not "key IN (SELECT …)": H2 evaluates the sub-select row by row across the whole
        // portfolio, which made reading one plan's items grow with the portfolio (BENCHMARKS.md, item 4)
        h.createQuery("SELECT c.* FROM " + table + " t JOIN " + child + " c ON c.portfolio_id = t.portfolio_id AND c."
                        + keyColumn + " = t." + keyColumn + " WHERE t.portfolio_id = :portfolio_id AND (" + where
                        + ") ORDER BY c." + keyColumn + ", " + childOrder)
                .bind(P, db.portfolio())
                .bindMap(params)
                .map((rs, ctx) -> Map.entry(rs.getString(keyColumn), reader.read(rs)))
                .forEach(e -> grouped.computeIfAbsent(e.getKey(), k -> new java.util.ArrayList<>())
                        .add(e.getValue()));
        return grouped;
    }

    @FunctionalInterface
    interface RowReader<R> {
        R read(ResultSet rs) throws SQLException;
    }
}
