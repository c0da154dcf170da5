package org.civicplan.storage.jdbc.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * Where a repository puts a row's values, by parameter name: the parameters of a JDBC statement (a
 * batch, or an update), or a row of a PostgreSQL {@code COPY} ({@link CopyRows}). One piece of code
 * binds a row for either, so both write the same values. The overloads are the ones of Jdbi's
 * {@link SqlStatement} the repositories use, so a statement is bound exactly as when they called it
 * directly.
 */
interface RowSink {
    RowSink bind(String name, String value);

    RowSink bind(String name, Integer value);

    RowSink bind(String name, int value);

    RowSink bind(String name, Long value);

    RowSink bind(String name, long value);

    RowSink bind(String name, Boolean value);

    RowSink bind(String name, boolean value);

    RowSink bind(String name, BigDecimal value);

    RowSink bind(String name, Date value);

    /** Ends the row: the next values bound are the next row's. */
    RowSink add();

    /** Writes the rows added since the last flush, if any. */
    void flush();

    /** Every constant {@code INSERT} as a JDBC batch on {@code h}. */
    static Function<String, RowSink> batches(Handle h) {
        return sql -> of(h.prepareBatch(sql));
    }

    /**
     * Every constant {@code INSERT} as one {@code COPY} on {@code h} (PostgreSQL only): for rows that
     * cannot already be there, which the caller proves.
     */
    static Function<String, RowSink> copies(Handle h) {
        return sql -> new CopyRows(h, sql);
    }

    /** The statement's parameters; {@link #add} and {@link #flush} only for a batch. */
    static RowSink of(SqlStatement<?> statement) {
        return new Statement(statement);
    }

    /** The parameters of a Jdbi statement. */
    final class Statement implements RowSink {
        private final SqlStatement<?> s;

        private Statement(SqlStatement<?> s) {
            this.s = s;
        }

        @Override
        public RowSink bind(String name, String value) {
            s.bind(name, value);
            return this;
        }

        @Override
        public RowSink bind(String name, Integer value) {
            s.bind(name, value);
            return this;
        }

        @Override
        public RowSink bind(String name, int value) {
            s.bind(name, value);
            return this;
        }

        @Override
        public RowSink bind(String name, Long value) {
            s.bind(name, value);
            return this;
        }

        @Override
        public RowSink bind(String name, long value) {
            s.bind(name, value);
            return this;
        }

        @Override
        public RowSink bind(String name, Boolean value) {
            s.bind(name, value);
            return this;
        }

        @Override
        public RowSink bind(String name, boolean value) {
            s.bind(name, value);
            return this;
        }

        @Override
        public RowSink bind(String name, BigDecimal value) {
            s.bind(name, value);
            return this;
        }

        @Override
        public RowSink bind(String name, Date value) {
            s.bind(name, value);
            return this;
        }

        @Override
        public RowSink add() {
            batch().add();
            return this;
        }

        @Override
        public void flush() {
            PreparedBatch batch = batch();
            if (batch.size() > 0) {
                batch.execute();
            }
        }

        private PreparedBatch batch() {
            if (s instanceof PreparedBatch batch) {
                return batch;
            }
            throw new IllegalStateException("not a batch: " + s.getClass().getSimpleName());
        }
    }
}
