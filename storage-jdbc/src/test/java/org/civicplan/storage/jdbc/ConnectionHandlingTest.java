package org.civicplan.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.civicplan.core.model.ItemId;
import org.civicplan.testing.TestPortfolios;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** At the resource boundary: connections are rolled back on failure and always returned. */
class ConnectionHandlingTest {
    @TempDir
    Path directory;

    private HikariDataSource pool;
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private JdbcPortfolioStore store;

    @BeforeEach
    void open() {
        pool = JdbcStores.h2File(directory);
        store = JdbcPortfolioStore.create(watching(pool), TestPortfolios.HANOI);
        store.importPortfolio(TestPortfolios.portfolio());
        calls.clear();
    }

    @AfterEach
    void close() {
        pool.close();
    }

    @Test
    void aFailedTransactionRollsBackOnOneConnectionAndReturnsIt() {
        assertThatThrownBy(() -> store.inTransaction(tx -> {
                    tx.items()
                            .update(tx.items().get(ItemId.of("KH-186/1")).toBuilder()
                                    .title("x")
                                    .build());
                    tx.inTransaction(nested -> nested.items().get(ItemId.of("KH-186/2")));
                    throw new IllegalStateException("boom");
                }))
                .hasMessage("boom");
        assertThat(count("getConnection")).isEqualTo(1);
        assertThat(count("rollback")).isEqualTo(1);
        assertThat(count("commit")).isZero();
        assertThat(count("close")).isEqualTo(1);
    }

    @Test
    void aSuccessfulOperationCommitsAndReturnsItsConnection() {
        store.items()
                .update(store.items().get(ItemId.of("KH-186/1")).toBuilder()
                        .title("y")
                        .build());
        // the read, the reference check (its own read-only statement) and the write: each on a
        // connection of its own, each committed and returned
        assertThat(count("getConnection")).isEqualTo(3);
        assertThat(count("commit")).isEqualTo(3);
        assertThat(count("rollback")).isZero();
        assertThat(count("close")).isEqualTo(3);
    }

    private int count(String method) {
        return calls.getOrDefault(method, new AtomicInteger()).get();
    }

    private DataSource watching(DataSource target) {
        return (DataSource) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    Object result = invoke(target, method, args);
                    if (result instanceof Connection connection) {
                        calls.computeIfAbsent("getConnection", k -> new AtomicInteger())
                                .incrementAndGet();
                        return Proxy.newProxyInstance(
                                getClass().getClassLoader(), new Class<?>[] {Connection.class}, (p, m, a) -> {
                                    if (m.getName().equals("commit")
                                            || m.getName().equals("rollback")
                                            || m.getName().equals("close")) {
                                        calls.computeIfAbsent(m.getName(), k -> new AtomicInteger())
                                                .incrementAndGet();
                                    }
                                    return invoke(connection, m, a);
                                });
                    }
                    return result;
                });
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
