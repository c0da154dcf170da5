package org.civicplan.storage.jdbc;

import static org.junit.jupiter.api.Assertions.fail;

import com.zaxxer.hikari.HikariDataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;

/**
 * A database for one test class: H2 in a temporary directory, or a fresh schema (PostgreSQL) or
 * database (MariaDB) named {@code cp_<random>} on the server, dropped afterwards, so runs never
 * collide. When a server is unreachable the tests are skipped, unless {@code CI=true}, when they
 * fail. Statements prepared through {@link #dataSource()} are counted, and while a {@link
 * #record() recording} is open, their SQL and the rows read from them are recorded. Published in
 * this module's test-jar: the reliability tests use the same databases.
 */
public final class TestDatabase implements AutoCloseable {
    static final String PG_URL = "CIVICPLAN_TEST_PG_URL";
    static final String PG_USER = "CIVICPLAN_TEST_PG_USER";
    static final String PG_PASSWORD = "CIVICPLAN_TEST_PG_PASSWORD";
    static final String MARIADB_URL = "CIVICPLAN_TEST_MARIADB_URL";
    static final String MARIADB_USER = "CIVICPLAN_TEST_MARIADB_USER";
    static final String MARIADB_PASSWORD = "CIVICPLAN_TEST_MARIADB_PASSWORD";

    private static final Pattern SAFE_NAME = Pattern.compile("^[a-z0-9_]+$");
    private static final Pattern MARIADB = Pattern.compile("^(jdbc:(?:mariadb|mysql)://[^/?]+)(?:/([^?]*))?(\\?.*)?$");

    private final HikariDataSource pool;
    private final DataSource counting;
    private final AtomicLong statements = new AtomicLong();
    private final Runnable drop;

    private TestDatabase(HikariDataSource pool, Runnable drop) {
        this.pool = pool;
        this.drop = drop;
        this.counting = counting(pool, statements);
    }

    public static TestDatabase h2(Path directory) {
        return new TestDatabase(JdbcStores.h2File(directory), () -> {});
    }

    public static TestDatabase postgres() {
        String url = env(PG_URL, "jdbc:postgresql://127.0.0.1:5432/test");
        String user = env(PG_USER, "postgres");
        String password = env(PG_PASSWORD, "");
        String schema = randomName();
        Connection admin = connect("PostgreSQL", PG_URL, url, user, password);
        execute(admin, "CREATE SCHEMA " + schema);
        String poolUrl = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return new TestDatabase(JdbcStores.pool(poolUrl, user, password), () -> {
            execute(admin, "DROP SCHEMA " + schema + " CASCADE");
            close(admin);
        });
    }

    public static TestDatabase mariadb() {
        String url = env(MARIADB_URL, "jdbc:mariadb://127.0.0.1:3306/test");
        String user = env(MARIADB_USER, "root");
        String password = env(MARIADB_PASSWORD, "");
        Matcher m = MARIADB.matcher(url);
        if (!m.matches()) {
            throw new IllegalArgumentException(MARIADB_URL + " must look like jdbc:mariadb://host:port/db, not " + url);
        }
        String database = randomName();
        Connection admin = connect("MariaDB", MARIADB_URL, url, user, password);
        execute(admin, "CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        String poolUrl = m.group(1) + "/" + database + (m.group(3) == null ? "" : m.group(3));
        return new TestDatabase(JdbcStores.pool(poolUrl, user, password), () -> {
            execute(admin, "DROP DATABASE " + database);
            close(admin);
        });
    }

    public DataSource dataSource() {
        return counting;
    }

    public HikariDataSource pool() {
        return pool;
    }

    /** The pool's JDBC URL (with the scratch schema or database), for a child process to connect with. */
    public String url() {
        return pool.getJdbcUrl();
    }

    public String user() {
        return pool.getUsername();
    }

    public String password() {
        return pool.getPassword();
    }

    public long statements() {
        return statements.get();
    }

    @Override
    public void close() {
        pool.close();
        drop.run();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** A schema or database name; checked, since it is the one identifier put into SQL text. */
    private static String randomName() {
        String name = "cp_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        if (!SAFE_NAME.matcher(name).matches()) {
            throw new IllegalStateException("unsafe schema name " + name);
        }
        return name;
    }

    private static Connection connect(String product, String variable, String url, String user, String password) {
        try {
            return DriverManager.getConnection(url, user, password);
        } catch (SQLException e) {
            String why = product + " is not reachable at " + url + " as " + user + " (" + e.getMessage() + "); set "
                    + variable + " to point elsewhere";
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

    /** A data source whose connections count every statement they prepare or create. */
    private static DataSource counting(DataSource target, AtomicLong counter) {
        return (DataSource) Proxy.newProxyInstance(
                TestDatabase.class.getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    Object result = invoke(target, method, args);
                    if (result instanceof Connection connection) {
                        return countingConnection(connection, counter);
                    }
                    return result;
                });
    }

    private static Connection countingConnection(Connection target, AtomicLong counter) {
        return (Connection) Proxy.newProxyInstance(
                TestDatabase.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    String name = method.getName();
                    if (name.equals("prepareStatement")
                            || name.equals("createStatement")
                            || name.equals("prepareCall")) {
                        counter.incrementAndGet();
                    }
                    Object result = invoke(target, method, args);
                    Recording recording = TestDatabase.recording;
                    if (recording != null && result instanceof PreparedStatement statement) {
                        String sql = (String) args[0];
                        recording.prepared(sql);
                        return recordingStatement(statement, sql, recording);
                    }
                    if (recording != null && result instanceof Statement statement) {
                        return recordingStatement(statement, null, recording);
                    }
                    return result;
                });
    }

    /** A statement whose result sets count the rows they yield, attributed to the statement's SQL. */
    private static Statement recordingStatement(Statement target, String prepared, Recording recording) {
        Class<?> type = target instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
        String[] sql = {prepared};
        return (Statement) Proxy.newProxyInstance(
                TestDatabase.class.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
                    if (prepared == null
                            && method.getName().startsWith("execute")
                            && args != null
                            && args[0] instanceof String text) {
                        sql[0] = text;
                        recording.prepared(text);
                    }
                    Object result = invoke(target, method, args);
                    if (result instanceof ResultSet rs) {
                        return recordingResultSet(rs, String.valueOf(sql[0]), recording);
                    }
                    return result;
                });
    }

    private static ResultSet recordingResultSet(ResultSet target, String sql, Recording recording) {
        return (ResultSet) Proxy.newProxyInstance(
                TestDatabase.class.getClassLoader(), new Class<?>[] {ResultSet.class}, (proxy, method, args) -> {
                    Object result = invoke(target, method, args);
                    if (method.getName().equals("next") && Boolean.TRUE.equals(result)) {
                        recording.row(sql);
                    }
                    return result;
                });
    }

    /**
     * Records, while open, the SQL of every statement prepared through {@link #dataSource()} of any
     * test database and the rows read from each (calls of {@code ResultSet.next()} that found one).
     * One at a time; close it to stop.
     */
    public static Recording record() {
        Recording started = new Recording();
        if (recording != null) {
            throw new IllegalStateException("already recording");
        }
        recording = started;
        return started;
    }

    private static volatile Recording recording;

    /** What was executed while recording. */
    public static final class Recording implements AutoCloseable {
        private final List<String> statements = new CopyOnWriteArrayList<>();
        private final Map<String, AtomicLong> rows = new ConcurrentHashMap<>();

        private void prepared(String sql) {
            statements.add(sql);
        }

        private void row(String sql) {
            rows.computeIfAbsent(sql, k -> new AtomicLong()).incrementAndGet();
        }

        /** The SQL of every statement, in order. */
        public List<String> statements() {
            return List.copyOf(statements);
        }

        /** Rows read from the statements whose SQL satisfies {@code which}. */
        public long rowsRead(Predicate<String> which) {
            return rows.entrySet().stream()
                    .filter(e -> which.test(e.getKey()))
                    .mapToLong(e -> e.getValue().get())
                    .sum();
        }

        @Override
        public void close() {
            recording = null;
        }
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
