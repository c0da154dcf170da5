package org.civicplan.storage.jdbc.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;

/**
 * The rows of one constant {@code INSERT INTO t (c1, c2, …) VALUES (:p1, :p2, …)}, bound by
 * parameter name as for the statement, kept, and written with one {@code COPY} into {@code t}'s
 * columns when flushed ({@link PgCopy}, on the handle's connection, so in its transaction). For rows
 * that cannot conflict with a row already there: a {@code COPY} refuses a duplicate key as the
 * {@code INSERT} does, but cannot upsert. Every parameter must be bound in every row, as the
 * statement requires; a value is copied as it was bound.
 */
final class CopyRows implements RowSink {
    private static final Pattern INSERT =
            Pattern.compile("INSERT INTO (\\w+) \\(([\\w, ]+)\\) VALUES \\(((?::\\w+(?:, )?)+)\\)");

    private final Handle h;
    private final String table;
    private final String columns;
    private final Map<String, Integer> index = new HashMap<>();
    private final List<Object[]> rows = new ArrayList<>();
    private Object[] row;
    private boolean[] bound;
    private int boundCount;

    CopyRows(Handle h, String insertSql) {
        this.h = h;
        Matcher m = INSERT.matcher(insertSql);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a statement CopyRows can copy: " + insertSql);
        }
        this.table = m.group(1);
        this.columns = m.group(2);
        String[] names = m.group(3).split(", ");
        if (names.length != columns.split(", ").length) {
            throw new IllegalArgumentException("columns and values differ in number: " + insertSql);
        }
        for (int i = 0; i < names.length; i++) {
            index.put(names[i].substring(1), i);
        }
        newRow();
    }

    private void newRow() {
        row = new Object[index.size()];
        bound = new boolean[index.size()];
        boundCount = 0;
    }

    private RowSink put(String name, Object value) {
        Integer i = index.get(name);
        if (i == null) {
            throw new IllegalArgumentException("no parameter :" + name + " for " + table);
        }
        row[i] = value;
        if (!bound[i]) {
            bound[i] = true;
            boundCount++;
        }
        return this;
    }

    @Override
    public RowSink bind(String name, String value) {
        return put(name, value);
    }

    @Override
    public RowSink bind(String name, Integer value) {
        return put(name, value);
    }

    @Override
    public RowSink bind(String name, int value) {
        return put(name, value);
    }

    @Override
    public RowSink bind(String name, Long value) {
        return put(name, value);
    }

    @Override
    public RowSink bind(String name, long value) {
        return put(name, value);
    }

    @Override
    public RowSink bind(String name, Boolean value) {
        return put(name, value);
    }

    @Override
    public RowSink bind(String name, boolean value) {
        return put(name, value);
    }

    @Override
    public RowSink bind(String name, BigDecimal value) {
        return put(name, value);
    }

    @Override
    public RowSink bind(String name, Date value) {
        return put(name, value == null ? null : value.toLocalDate());
    }

    @Override
    public RowSink add() {
        if (boundCount != row.length) {
            List<String> missing = new ArrayList<>();
            index.forEach((name, i) -> {
                if (!bound[i]) {
                    missing.add(name);
                }
            });
            throw new IllegalStateException("a row for " + table + " without " + missing);
        }
        rows.add(row);
        newRow();
        return this;
    }

    @Override
    public void flush() {
        if (rows.isEmpty()) {
            return;
        }
        PgCopy.copy(h, table, columns, rows, values -> values);
        rows.clear();
    }

    /** The rows added and not yet flushed (for tests). */
    int size() {
        return rows.size();
    }
}
