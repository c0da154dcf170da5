package org.civicplan.benchmarks;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;
import org.civicplan.storage.jdbc.JdbcStores;

/**
 * A benchmark database: H2 in a directory, or a PostgreSQL schema. Databases named by the suite
 * (system properties {@value Bench#H2_DIR}, {@value Bench#PG_SCHEMA}) are shared by its forks and
 * removed by the suite; otherwise each fork makes its own and removes it on close.
 */
final class BenchDb implements AutoCloseable {
    static final String DEFAULT_PG_URL = "jdbc:postgresql://127.0.0.1:5432/test";

    final String kind;
    final HikariDataSource dataSource;
    private final Runnable cleanup;

    private BenchDb(String kind, HikariDataSource dataSource, Runnable cleanup) {
        this.kind = kind;
        this.dataSource = dataSource;
        this.cleanup = cleanup;
    }

    static BenchDb h2(String name, boolean shareable) {
        String shared = shareable ? System.getProperty(Bench.H2_DIR) : null;
        try {
            Path dir = shared != null
                    ? Files.createDirectories(Path.of(shared, name))
                    : Files.createTempDirectory("civicplan-bench-" + name);
            HikariDataSource ds = JdbcStores.h2File(dir);
            return new BenchDb("h2", ds, () -> {
                ds.close();
                if (shared == null) {
                    deleteTree(dir);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static BenchDb postgres(boolean shareable) {
        String sharedSchema = shareable ? System.getProperty(Bench.PG_SCHEMA) : null;
        String schema = sharedSchema != null
                ? sharedSchema
                : "civicplan_bench_" + ProcessHandle.current().pid();
        String url = pgUrl();
        execute(url, "CREATE SCHEMA IF NOT EXISTS " + schema);
        HikariDataSource ds = JdbcStores.pool(url + "?currentSchema=" + schema, "postgres", "");
        return new BenchDb("pg", ds, () -> {
            ds.close();
            if (sharedSchema == null) {
                dropSchema(url, schema);
            }
        });
    }

    static String pgUrl() {
        return System.getProperty(Bench.PG_URL, DEFAULT_PG_URL);
    }

    static void dropSchema(String url, String schema) {
        execute(url, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }

    static void execute(String url, String sql) {
        try (Connection c = DriverManager.getConnection(url, "postgres", "");
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + url + ": " + sql + ": " + e.getMessage(), e);
        }
    }

    void execute(String sql) {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        cleanup.run();
    }
}
