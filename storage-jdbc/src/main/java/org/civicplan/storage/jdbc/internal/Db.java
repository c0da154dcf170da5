package org.civicplan.storage.jdbc.internal;

import static java.util.Objects.requireNonNull;

import java.util.function.Function;
import java.util.function.Supplier;
import org.civicplan.core.CivicPlanException;
import org.civicplan.core.model.PortfolioId;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One portfolio's access to the database: every operation runs on the transaction the current
 * thread has open through {@link #transaction}, or else in a transaction of its own, so every write
 * is atomic and a multi-query read sees one state.
 */
public final class Db {
    /** SQL is logged at DEBUG under this name. */
    public static final String SQL_LOGGER = "org.civicplan.storage.jdbc.sql";

    private static final Logger sqlLog = LoggerFactory.getLogger(SQL_LOGGER);

    private final Jdbi jdbi;
    private final Dialect dialect;
    private final String portfolio;
    private final ThreadLocal<Handle> current = new ThreadLocal<>();

    /**
     * On H2 this store's transactions run one at a time. Under load H2 2.5 (MVStore) let two
     * transactions both pass an optimistic version check on the same row, even with the row locked
     * by SELECT … FOR UPDATE first (8 writers × 1,000 updates lost 1–29 now and then; see
     * RELIABILITY.md). H2 is the embedded, one-process database, so serialising its transactions in
     * the process costs little and makes the version check exact. PostgreSQL and MariaDB run
     * concurrently.
     */
    private final java.util.concurrent.locks.ReentrantLock h2Serial = new java.util.concurrent.locks.ReentrantLock();

    public Db(Jdbi jdbi, Dialect dialect, PortfolioId portfolio) {
        this.jdbi = requireNonNull(jdbi, "jdbi is null");
        this.dialect = requireNonNull(dialect, "dialect is null");
        this.portfolio = requireNonNull(portfolio, "portfolio is null").value();
    }

    /** A Jdbi for the data source, logging SQL at DEBUG. */
    public static Jdbi jdbi(javax.sql.DataSource dataSource) {
        Jdbi jdbi = Jdbi.create(dataSource);
        jdbi.setSqlLogger(new SqlLogger() {
            @Override
            public void logAfterExecution(StatementContext context) {
                if (sqlLog.isDebugEnabled()) {
                    sqlLog.debug(
                            "{} ms: {}",
                            context.getElapsedTime(java.time.temporal.ChronoUnit.MILLIS),
                            context.getRenderedSql());
                }
            }
        });
        return jdbi;
    }

    public Dialect dialect() {
        return dialect;
    }

    public String portfolio() {
        return portfolio;
    }

    /** Runs {@code work} on the current transaction, or in a new one; translates failures for {@code op}. */
    public <T> T run(Op op, Function<Handle, T> work) {
        Handle handle = current.get();
        try {
            if (handle != null) {
                return work.apply(handle);
            }
            return serialized(() -> jdbi.inTransaction(h -> {
                current.set(h);
                try {
                    return work.apply(h);
                } finally {
                    current.remove();
                }
            }));
        } catch (CivicPlanException e) {
            throw e;
        } catch (RuntimeException e) {
            if (e instanceof org.jdbi.v3.core.JdbiException || SqlErrors.sqlCause(e) != null) {
                throw SqlErrors.translate(e, op);
            }
            throw e;
        }
    }

    /** Runs {@code work} as one transaction that every operation on this thread joins; nested calls join it too. */
    public <T> T transaction(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        try {
            return serialized(() -> jdbi.inTransaction(h -> {
                current.set(h);
                try {
                    return work.get();
                } finally {
                    current.remove();
                }
            }));
        } catch (CivicPlanException e) {
            throw e;
        } catch (org.jdbi.v3.core.JdbiException e) {
            throw SqlErrors.translate(e, Op.write("commit", "portfolio", portfolio));
        }
    }

    private <T> T serialized(Supplier<T> transaction) {
        if (dialect != Dialect.H2) {
            return transaction.get();
        }
        h2Serial.lock();
        try {
            return transaction.get();
        } finally {
            h2Serial.unlock();
        }
    }

    /** True while the current thread is inside {@link #transaction}. */
    public boolean inTransaction() {
        return current.get() != null;
    }
}
