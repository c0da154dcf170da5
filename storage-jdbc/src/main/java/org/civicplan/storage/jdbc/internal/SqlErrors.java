package org.civicplan.storage.jdbc.internal;

import java.sql.SQLException;
import org.civicplan.core.CivicPlanException;
import org.civicplan.core.DuplicateEntityException;
import org.civicplan.core.Message;
import org.civicplan.core.UnableToStoreException;
import org.civicplan.core.VersionConflictException;
import org.civicplan.storage.jdbc.DamagedDatabaseException;

/**
 * Translates what JDBC and Jdbi throw into the library's exceptions, naming the operation and the
 * entity: a unique violation is a {@link DuplicateEntityException}; a serialization failure,
 * deadlock or lock time-out while writing a versioned entity is a {@link VersionConflictException}
 * (the caller reloads and retries, as for any conflict); anything else is an {@link
 * UnableToStoreException} that keeps the cause. A database file whose index disagrees with its
 * table (H2 after a kill) is a {@link DamagedDatabaseException} telling the user what to do, checked
 * first: H2 reports that state as a lock time-out, which would otherwise pass for a conflict.
 */
public final class SqlErrors {
    private SqlErrors() {}

    /** Translates {@code failure} raised while performing {@code op}. */
    public static CivicPlanException translate(Throwable failure, Op op) {
        if (failure instanceof CivicPlanException known) {
            return known;
        }
        SQLException damage = damage(failure);
        if (damage != null) {
            return damaged(failure, damage, op);
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
     * H2's codes for a database file whose structures disagree: a row an index names is missing
     * from the table (90143), a row to delete is missing from an index (90112), a file H2 found
     * corrupted (90030). H2 reports the first two, met while reading or writing, as "Timeout trying
     * to lock table {0}" (its {@code Command.filterConcurrentUpdate} turns the transient exception
     * into a lock time-out without naming the table) with the real one as the cause; they come
     * back on every open, so only restoring or rebuilding the file helps.
     */
    static final java.util.Set<Integer> H2_DAMAGE = java.util.Set.of(90143, 90112, 90030);

    /** The H2 exception in {@code failure}'s causes that reports a damaged file, or null. */
    static SQLException damage(Throwable failure) {
        java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException e = sql; e != null; e = e.getNextException()) {
                    // H2's SQL state is its error code; no other database uses these states
                    if (H2_DAMAGE.contains(e.getErrorCode())
                            && String.valueOf(e.getErrorCode()).equals(e.getSQLState())) {
                        return e;
                    }
                    if (e.getNextException() != null && !seen.add(e.getNextException())) {
                        break; // a chain that loops
                    }
                }
            }
        }
        return null;
    }

    private static DamagedDatabaseException damaged(Throwable failure, SQLException damage, Op op) {
        Message what = describe(op);
        String detail = withoutStatement(damage.getMessage());
        return new DamagedDatabaseException(
                Message.of(
                        "Không thể " + op.viVerb() + " " + what.vi() + ": cơ sở dữ liệu bị hỏng, có thể do một lần"
                                + " ghi trước đó bị ngắt giữa chừng (tiến trình bị dừng đột ngột hoặc mất điện) ("
                                + detail + "). Đọc lại hay mở lại không khắc phục được: hãy khôi phục tệp .mv.db"
                                + " của cơ sở dữ liệu từ bản sao lưu, hoặc nhập tệp dữ liệu gốc vào một cơ sở dữ"
                                + " liệu mới (civicplan import TỆP --store jdbc:h2:file:ĐƯỜNG-DẪN-MỚI).",
                        "Unable to " + op.name() + " " + what.en() + ": the database is damaged, probably by an"
                                + " earlier write that was interrupted (the process was killed or the power failed)"
                                + " (" + detail + "). Reading or opening it again does not repair it: restore the"
                                + " database's .mv.db file from a backup, or import the original data file into a"
                                + " new database (civicplan import FILE --store jdbc:h2:file:NEW-PATH)."),
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
