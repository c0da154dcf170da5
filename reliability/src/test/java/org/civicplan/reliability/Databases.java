package org.civicplan.reliability;

import static org.junit.jupiter.api.Assertions.fail;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.civicplan.storage.jdbc.JdbcStores;
import org.junit.jupiter.api.Assumptions;

/**
 * PostgreSQL and MariaDB for the reliability tests: a fresh schema or database {@code rel_<random>}
 * on the local server, dropped on close. Unreachable servers skip the test, unless {@code CI=true}.
 */
final class Databases {
    static final String PG_URL = env("CIVICPLAN_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    static final String PG_USER = env("CIVICPLAN_TEST_PG_USER", "postgres");
    static final String PG_PASSWORD = env("CIVICPLAN_TEST_PG_PASSWORD", "");
    static final String MARIADB_SERVER = "jdbc:mariadb://127.0.0.1:3306";
    static final String MARIADB_USER = env("CIVICPLAN_TEST_MARIADB_USER", "root");
    static final String MARIADB_PASSWORD = env("CIVICPLAN_TEST_MARIADB_PASSWORD", "");

    private Databases() {}

    /** A pooled data source and how to drop what was created for it. */
    record Scratch(HikariDataSource pool, String url, Runnable drop) implements AutoCloseable {
        @Override
        public void close() {
            pool.close();
            drop.run();
        }
    }

    static Scratch postgres() {
        String schema = randomName();
        Connection admin = connect("PostgreSQL", PG_URL, PG_USER, PG_PASSWORD);
        execute(admin, "CREATE SCHEMA " + schema);
        String url = PG_URL + (PG_URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return new Scratch(JdbcStores.pool(url, PG_USER, PG_PASSWORD), url, () -> {
            execute(admin, "DROP SCHEMA " + schema + " CASCADE");
            close(admin);
        });
    }

    static Scratch mariadb() {
        String database = randomName();
        Connection admin = connect("MariaDB", MARIADB_SERVER + "/test", MARIADB_USER, MARIADB_PASSWORD);
        execute(admin, "CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        String url = MARIADB_SERVER + "/" + database;
        return new Scratch(JdbcStores.pool(url, MARIADB_USER, MARIADB_PASSWORD), url, () -> {
            execute(admin, "DROP DATABASE " + database);
            close(admin);
        });
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** The one identifier put into SQL text here: generated, lower-case hex. */
    private static String randomName() {
        return "rel_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
    }

    private static Connection connect(String product, String url, String user, String password) {
        try {
            return DriverManager.getConnection(url, user, password);
        } catch (SQLException e) {
            String why = product + " is not reachable at " + url + " (" + e.getMessage() + ")";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("CI=true, so " + product + " tests must run: " + why, e);
            }
            Assumptions.abort("Skipped: " + why + ". With CI=true this fails instead.");
            throw new AssertionError("unreachable");
        }
    }

    private static void execute(Connection connection, String sql) {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private static void close(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
