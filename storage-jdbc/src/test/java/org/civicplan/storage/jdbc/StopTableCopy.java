package org.civicplan.storage.jdbc;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.h2.api.Trigger;

/**
 * A process killed in the middle of H2's table copy, for real. H2 carries out {@code ALTER TABLE t
 * ADD COLUMN} by creating {@code T_COPY_<session>_<n>}, copying the rows, creating the copies of
 * the indexes and constraints (the foreign keys of the tables referring to {@code T} among them,
 * now referring to the copy), then the copies of the triggers, then dropping {@code T} and renaming
 * the copy; each step commits by itself. A child JVM ({@link #main}) puts this trigger on the table
 * and runs the next migration; when H2 creates the trigger's copy on {@code T_COPY_…}, the trigger
 * halts the JVM at once (no shutdown hook, no close of the database), as SIGKILL would.
 */
public final class StopTableCopy implements Trigger {
    /** Set in the child only: the test's own JVM never halts. */
    private static final String HALT = "civicplan.test.haltInTableCopy";

    /** The exit status of a child halted inside the copy. */
    static final int HALTED = 77;

    @Override
    public void init(
            Connection conn, String schemaName, String triggerName, String tableName, boolean before, int type) {
        if (tableName.contains("_COPY_") && Boolean.getBoolean(HALT)) {
            Runtime.getRuntime().halt(HALTED);
        }
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) {
        // nothing: the trigger only marks the table
    }

    /**
     * In a child JVM: the H2 store in {@code args[0]} migrated to version {@code args[2]} with the
     * trigger on table {@code args[1]}.
     */
    public static void main(String[] args) throws Exception {
        System.setProperty(HALT, "true");
        try (var pool = JdbcStores.h2File(Path.of(args[0]))) {
            try (Connection c = pool.getConnection();
                    Statement st = c.createStatement()) {
                st.execute("CREATE TRIGGER stop_copy BEFORE INSERT ON " + args[1] + " FOR EACH ROW CALL \""
                        + StopTableCopy.class.getName() + "\"");
            }
            flyway(pool).target(args[2]).load().migrate();
        }
        System.exit(3);
    }

    /**
     * Runs {@link #main} in a child JVM and returns its exit status ({@link #HALTED} when it was
     * halted inside the copy).
     */
    static int runChild(Path store, String table, String version) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(StopTableCopy.class.getName());
        command.add(store.toString());
        command.add(table);
        command.add(version);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().transferTo(System.out);
        if (!p.waitFor(2, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("the child migrating " + store + " did not end");
        }
        return p.exitValue();
    }

    /** Flyway as {@link JdbcSchema} configures it, to migrate to a given version. */
    static FluentConfiguration flyway(DataSource ds) {
        return JdbcSchema.configuration(ds);
    }
}
