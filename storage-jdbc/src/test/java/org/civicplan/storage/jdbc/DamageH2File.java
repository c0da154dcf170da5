package org.civicplan.storage.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import org.h2.engine.SessionLocal;
import org.h2.index.Cursor;
import org.h2.index.Index;
import org.h2.jdbc.JdbcConnection;
import org.h2.table.Table;

/**
 * Makes the damage H2 2.5 reopened some files with after a kill (RELIABILITY.md): a table's first
 * row removed from its primary index only, through H2's own classes, so that the table's secondary
 * indexes still name it and H2 reports "Row … not found in primary index". For tests, here and in
 * the reliability module.
 */
public final class DamageH2File {
    private DamageH2File() {}

    /**
     * Removes the first row of {@code table} from its primary index only, in the H2 file database at
     * {@code url}, connecting as {@code user} (its creator) with an empty password.
     */
    public static void removeFirstRowFromPrimaryIndexOnly(String url, String user, String table) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, "")) {
            c.setAutoCommit(false);
            SessionLocal session = (SessionLocal) c.unwrap(JdbcConnection.class).getSession();
            Table t =
                    session.getDatabase().getSchema("PUBLIC").findTableOrView(session, table.toUpperCase(Locale.ROOT));
            Index primary = t.getScanIndex(session);
            Cursor cursor = primary.find(session, null, null, false);
            if (!cursor.next()) {
                throw new IllegalStateException("table " + table + " has no rows to remove");
            }
            primary.remove(session, cursor.get());
            c.commit();
        }
    }
}
