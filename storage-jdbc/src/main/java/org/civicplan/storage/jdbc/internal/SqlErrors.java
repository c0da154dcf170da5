package org.civicplan.storage.jdbc.internal;

import java.sql.SQLException;
import org.civicplan.core.CivicPlanException;
import org.civicplan.core.DuplicateEntityException;
import org.civicplan.core.Message;
import org.civicplan.core.UnableToStoreException;
import org.civicplan.core.VersionConflictException;

/**
 * Translates what JDBC and Jdbi throw into the library's exceptions, naming the operation and the
 * entity: a unique violation is a {@link DuplicateEntityException}; a serialization failure,
 * deadlock or lock time-out while writing a versioned entity is a {@link VersionConflictException}
 * (the caller reloads and retries, as for any conflict); anything else is an {@link
 * UnableToStoreException} that keeps the cause.
 */
public final class SqlErrors {
    private SqlErrors() {}

    /** Translates {@code failure} raised while performing {@code op}. */
    public static CivicPlanException translate(Throwable failure, Op op) {
        if (failure instanceof CivicPlanException known) {
            return known;
        }
        SQLException sql = sqlCause(failure);
        boolean unique = false;
        boolean transientConflict = false;
        boolean foreignKey = false;
        for (SQLException e = sql; e != null; e = e.getNextException()) {
            String state = e.getSQLState() == null ? "" : e.getSQLState();
            int code = e.getErrorCode();
            unique |= isUniqueViolation(state, code);
            transientConflict |= isTransientConflict(state, code);
            foreignKey |= isForeignKeyViolation(state, code);
            if (e.getNextException() == e) {
                break;
            }
        }
        if (unique) {
            DuplicateEntityException duplicate = op.entityId() == null
                    ? new DuplicateEntityException(op.entityType())
                    : new DuplicateEntityException(op.entityType(), op.entityId());
            duplicate.addSuppressed(failure);
            return duplicate;
        }
        if (transientConflict && op.version() >= 0) {
            VersionConflictException conflict =
                    new VersionConflictException(op.entityType(), op.entityId(), op.version());
            conflict.addSuppressed(failure);
            return conflict;
        }
        Message what = describe(op);
        String detail = withoutStatement(sql == null ? String.valueOf(failure.getMessage()) : sql.getMessage());
        if (foreignKey) {
            // the stores check references before writing (References), so this is a race or a
            // delete of something referred to; the statement and the constraint stay in the cause
            return new UnableToStoreException(
                    Message.of(
                            "Không thể " + op.viVerb() + " " + what.vi()
                                    + ": dữ liệu tham chiếu tới mục chưa có (hoặc đang được tham chiếu)",
                            "Unable to " + op.name() + " " + what.en()
                                    + ": it refers to something that does not exist (or is referred to)"),
                    failure);
        }
        return new UnableToStoreException(
                Message.of(
                        "Không thể " + op.viVerb() + " " + what.vi() + " trong cơ sở dữ liệu: " + detail,
                        "Unable to " + op.name() + " " + what.en() + " in the database: " + detail),
                failure);
    }

    /**
     * The driver's reason without the statement: H2 appends {@code "; SQL statement: …"}, some
     * drivers add lines of detail; only the first line of the reason reaches a user (the whole
     * failure stays the cause, shown with {@code --verbose}).
     */
    static String withoutStatement(String message) {
        String m = message == null ? "" : message;
        int statement = m.indexOf("; SQL statement:");
        if (statement >= 0) {
            m = m.substring(0, statement);
        }
        int line = m.indexOf('\n');
        return (line >= 0 ? m.substring(0, line) : m).strip();
    }

    private static Message describe(Op op) {
        String vi = org.civicplan.core.EntityNames.vi(op.entityType());
        if (op.entityId() == null) {
            return Message.of(vi, op.entityType());
        }
        return Message.of(vi + " \"" + op.entityId() + "\"", op.entityType() + " \"" + op.entityId() + "\"");
    }

    static SQLException sqlCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    static boolean isUniqueViolation(String state, int code) {
        return "23505".equals(state) || code == 1062 || code == 1586;
    }

    static boolean isForeignKeyViolation(String state, int code) {
        return "23503".equals(state) || "23506".equals(state) || code == 1451 || code == 1452;
    }

    /** Failures that a retry after reloading resolves: serialization, deadlock, lock wait, H2 concurrent update. */
    static boolean isTransientConflict(String state, int code) {
        return "40001".equals(state)
                || "40P01".equals(state)
                || "HYT00".equals(state)
                || code == 90131
                || code == 1213
                || code == 1205;
    }
}
