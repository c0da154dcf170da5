package org.civicplan.storage.jdbc;

import javax.sql.DataSource;
import org.civicplan.core.Message;
import org.civicplan.core.UnableToStoreException;
import org.civicplan.storage.jdbc.internal.Dialect;
import org.civicplan.storage.jdbc.internal.InterruptedSchema;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * The civicplan schema, as Flyway migrations: one history for H2, PostgreSQL and MariaDB/MySQL,
 * kept in its own history table ({@value #HISTORY_TABLE}) so it coexists with the application's
 * own migrations in the same schema.
 */
public final class JdbcSchema {
    /** Where the migrations are on the class path. */
    public static final String LOCATION = "classpath:org/civicplan/storage/jdbc/migration";

    /** The Flyway history table of civicplan's migrations. */
    public static final String HISTORY_TABLE = "civicplan_schema_history";

    private JdbcSchema() {}

    /**
     * Brings the data source's default schema up to date; a no-op when it already is. On H2, what a
     * process killed while migrating left is repaired first when civicplan's tables are empty, and
     * refused with {@link UnableToStoreException} when they hold data (RELIABILITY.md).
     */
    public static void migrate(DataSource dataSource) {
        Dialect dialect = Dialect.of(dataSource);
        Flyway flyway = configuration(dataSource).load();
        try {
            if (dialect == Dialect.H2) {
                // H2 commits each step of an ALTER TABLE (its table copy) by itself: a kill in the
                // middle leaves a schema Flyway does not see as broken
                InterruptedSchema.repair(dataSource, HISTORY_TABLE, firstMigrationRecorded(flyway));
            }
            try {
                flyway.migrate();
            } catch (FlywayException e) {
                // H2 commits each DDL statement by itself: a process killed while migrating left part
                // of the schema (and perhaps a history that disagrees with it); empty, it starts over
                if (dialect != Dialect.H2 || !InterruptedSchema.dropIfEmpty(dataSource, HISTORY_TABLE)) {
                    throw e;
                }
                flyway.migrate();
            }
        } catch (FlywayException e) {
            throw new UnableToStoreException(
                    Message.of(
                            "Không cập nhật được lược đồ cơ sở dữ liệu civicplan: " + e.getMessage(),
                            "Unable to migrate the civicplan database schema: " + e.getMessage()),
                    e);
        }
    }

    /**
     * Flyway as civicplan configures it for the data source (its migrations, its own history table,
     * the dialect's placeholders); the tests use it to migrate to a given version.
     */
    static FluentConfiguration configuration(DataSource dataSource) {
        return Flyway.configure(JdbcSchema.class.getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATION)
                .table(HISTORY_TABLE)
                .placeholders(Dialect.of(dataSource).placeholders())
                .baselineOnMigrate(true)
                .baselineVersion("0");
    }

    private static boolean firstMigrationRecorded(Flyway flyway) {
        for (MigrationInfo applied : flyway.info().applied()) {
            if (applied.getVersion() != null
                    && applied.getVersion().getVersion().equals("1")
                    && applied.getState() == MigrationState.SUCCESS) {
                return true;
            }
        }
        return false;
    }
}
