package org.civicplan.storage.jdbc.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The schema a process killed during a migration left on H2, which commits each DDL statement by
 * itself and, killed while committing, can reopen with a commit half applied: some of civicplan's
 * tables, and a history that may even record the first migration as done while one of its tables
 * is missing (a CLI kill showed "Table ITEMS not found" in V3). When every civicplan table there is
 * empty, nothing can be lost: the tables and civicplan's own history table are dropped and the
 * migrations run again from the start. Nothing is dropped when any table holds a row.
 */
public final class InterruptedSchema {
    private static final Logger log = LoggerFactory.getLogger(InterruptedSchema.class);
    private static final String FIRST = "org/civicplan/storage/jdbc/migration/V1__civicplan_schema.sql";
    private static final Pattern CREATE = Pattern.compile("CREATE TABLE (\\w+)");

    private InterruptedSchema() {}

    /** Drops what an interrupted first migration left; true when it dropped anything. */
    public static boolean dropIfEmpty(DataSource dataSource, String historyTable) {
        List<String> tables = tablesOfFirstMigration();
        try (Connection c = dataSource.getConnection();
                Statement st = c.createStatement()) {
            List<String> present = new ArrayList<>();
            for (String table : tables) {
                try (ResultSet rs = c.getMetaData().getTables(null, null, table.toUpperCase(Locale.ROOT), null)) {
                    if (rs.next()) {
                        present.add(table);
                    }
                }
            }
            for (String table : present) {
                try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    if (rs.next() && rs.getLong(1) > 0) {
                        return false;
                    }
                }
            }
            if (present.isEmpty()) {
                return false;
            }
            // children were created after their parents: drop in the reverse order
            for (int i = present.size() - 1; i >= 0; i--) {
                String table = present.get(i);
                st.execute("DROP TABLE " + table);
            }
            st.execute("DROP TABLE IF EXISTS \"" + historyTable + "\"");
            st.execute("DROP TABLE IF EXISTS " + historyTable);
            log.info("dropped {} empty tables an interrupted schema migration left: {}", present.size(), present);
            return true;
        } catch (SQLException e) {
            log.debug("could not inspect the interrupted schema", e);
            return false;
        }
    }

    static List<String> tablesOfFirstMigration() {
        try (InputStream in = InterruptedSchema.class.getClassLoader().getResourceAsStream(FIRST)) {
            if (in == null) {
                throw new IllegalStateException(FIRST + " is missing from the class path");
            }
            Matcher m = CREATE.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            List<String> tables = new ArrayList<>();
            while (m.find()) {
                tables.add(m.group(1));
            }
            return tables;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
