package org.civicplan.storage.jdbc.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import org.jdbi.v3.core.Handle;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes rows into a PostgreSQL table with {@code COPY … FROM STDIN (FORMAT csv)} through the
 * driver's {@code CopyManager}, on the handle's connection and so inside its transaction: a row the
 * table refuses (a constraint, a value out of range) fails the whole {@code COPY}, and the
 * transaction with it. Only for rows that cannot conflict with a row already there (a {@code COPY}
 * cannot upsert); the callers decide that.
 *
 * <p>The stream is CSV with every text value quoted (a quote doubled inside), so commas, quotes,
 * newlines, tabs, backslashes and {@code \N} are data; {@code NULL} is an empty, unquoted field,
 * which a quoted empty text never is. Numbers are written plainly ({@link BigDecimal#toPlainString}),
 * dates ISO ({@code 2021-06-30}), booleans {@code t}/{@code f}: the values a bound parameter gives.
 * Only this class refers to the PostgreSQL driver, and only a PostgreSQL store loads it.
 */
final class PgCopy {
    /** Characters buffered before they are encoded and sent. */
    private static final int BUFFER = 1 << 16;

    private static final Logger sqlLog = LoggerFactory.getLogger(Db.SQL_LOGGER);

    private PgCopy() {}

    /** One row's values in the order of the columns given to {@link #copy}. */
    interface Row<T> {
        Object[] values(T value);
    }

    /**
     * Copies {@code values} into {@code table} ({@code columns}: a constant list of its columns),
     * one row each; returns the number of rows. A failure is thrown as it came (an {@link
     * SQLException} wrapped, for {@link SqlErrors}) after the {@code COPY} was ended.
     */
    static <T> long copy(Handle h, String table, String columns, Iterable<T> values, Row<T> row) {
        String sql = "COPY " + table + " (" + columns + ") FROM STDIN (FORMAT csv)";
        long start = System.nanoTime();
        try {
            PGConnection connection = h.getConnection().unwrap(PGConnection.class);
            PGCopyOutputStream out = new PGCopyOutputStream(connection, sql, BUFFER);
            long rows = 0;
            try {
                Writer csv = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), BUFFER);
                for (T value : values) {
                    writeRow(csv, row.values(value));
                    rows++;
                }
                csv.flush();
                out.endCopy();
                if (sqlLog.isDebugEnabled()) {
                    sqlLog.debug("{} ms: {} ({} rows)", (System.nanoTime() - start) / 1_000_000, sql, rows);
                }
            } catch (SQLException | IOException | RuntimeException e) {
                cancel(out, e);
                throw e;
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("COPY " + table + " failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("COPY " + table + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * Ends a {@code COPY} that failed before its end: the server discards what it received and the
     * transaction is aborted, for the caller to roll back.
     */
    private static void cancel(PGCopyOutputStream out, Exception failure) {
        if (!out.isActive()) {
            return;
        }
        try {
            out.cancelCopy();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    /**
     * Where the server met the error {@code e} reports, e.g. {@code COPY t, line 5, column c: "x"}
     * for a row a {@code COPY} refused, or null.
     */
    static String where(SQLException e) {
        if (e instanceof org.postgresql.util.PSQLException p && p.getServerErrorMessage() != null) {
            return p.getServerErrorMessage().getWhere();
        }
        return null;
    }

    static void writeRow(Appendable csv, Object[] values) throws IOException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                csv.append(',');
            }
            writeValue(csv, values[i]);
        }
        csv.append('\n');
    }

    private static void writeValue(Appendable csv, Object value) throws IOException {
        if (value == null) {
            return;
        }
        if (value instanceof String text) {
            csv.append('"');
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '"') {
                    csv.append('"');
                }
                csv.append(c);
            }
            csv.append('"');
        } else if (value instanceof BigDecimal number) {
            csv.append(number.toPlainString());
        } else if (value instanceof Integer || value instanceof Long) {
            csv.append(value.toString());
        } else if (value instanceof LocalDate date) {
            csv.append(date.toString());
        } else if (value instanceof Boolean flag) {
            csv.append(flag ? 't' : 'f');
        } else {
            throw new IllegalArgumentException(
                    "no COPY form for " + value.getClass().getName());
        }
    }
}
