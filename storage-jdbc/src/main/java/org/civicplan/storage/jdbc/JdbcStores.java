package org.civicplan.storage.jdbc;

import static java.util.Objects.requireNonNull;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;

/**
 * Convenience data sources: an embedded H2 file database (the default for one machine) or a
 * HikariCP pool for a JDBC URL (PostgreSQL, MariaDB/MySQL, or a PostgreSQL-compatible distributed
 * engine). The caller closes what it gets.
 */
public final class JdbcStores {
    private JdbcStores() {}

    /**
     * An H2 database in files {@code civicplan.*.db} under {@code directory}, pooled. Each
     * connection keeps the plans of its last {@value #H2_QUERY_CACHE} statements (H2's default, 8,
     * is fewer than one review issues, so every statement of a review was parsed and planned
     * again).
     */
    public static HikariDataSource h2File(Path directory) {
        requireNonNull(directory, "directory is null");
        Path file = directory.toAbsolutePath().resolve("civicplan");
        return pool("jdbc:h2:file:" + file + ";QUERY_CACHE_SIZE=" + H2_QUERY_CACHE, "sa", "");
    }

    /** Statements whose plans an H2 connection keeps. */
    static final int H2_QUERY_CACHE = 64;

    /**
     * A pool of connections to {@code jdbcUrl}. An H2 file database is opened with {@code
     * WRITE_DELAY=0} unless the URL sets it: H2 otherwise writes a commit to its file up to 500 ms
     * later, so a process killed just after a commit was acknowledged lost it (found by {@code
     * CrashSafetyTest}: an import printed as done was absent after the kill).
     */
    public static HikariDataSource pool(String jdbcUrl, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(durable(requireNonNull(jdbcUrl, "jdbcUrl is null")));
        config.setUsername(user);
        config.setPassword(password);
        config.setPoolName("civicplan");
        config.setMaximumPoolSize(16);
        return new HikariDataSource(config);
    }

    /** An H2 file URL with commits written at once; any other URL as it is. */
    static String durable(String jdbcUrl) {
        String lower = jdbcUrl.toLowerCase(java.util.Locale.ROOT);
        boolean h2File =
                lower.startsWith("jdbc:h2:") && !lower.startsWith("jdbc:h2:mem:") && !lower.startsWith("jdbc:h2:tcp:");
        return h2File && !lower.contains("write_delay") ? jdbcUrl + ";WRITE_DELAY=0" : jdbcUrl;
    }
}
