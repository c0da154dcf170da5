package org.civicplan.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.civicplan.core.Message;
import org.civicplan.core.UnableToStoreException;
import org.civicplan.core.model.OrgUnit;
import org.civicplan.core.model.Portfolio;
import org.civicplan.core.model.PortfolioId;
import org.civicplan.core.model.UnitCode;
import org.civicplan.testing.TestPortfolios;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A process killed while H2 copied a table for an {@code ALTER TABLE … ADD COLUMN} (the bug
 * CrashSafetyTest found: {@code item_units}' foreign key left on {@code ITEMS_COPY_4_2}). The torn
 * schema is built by a real H2 copy stopped where such a kill leaves it ({@link StopTableCopy}), then
 * the store is opened as the CLI opens it.
 */
class TornSchemaTest {
    @TempDir
    Path dir;

    /** Each migration that alters a table: the version before it and the table it copies. */
    @ParameterizedTest(name = "V{0} to V{0}+1 stopped inside the copy of {1}")
    @CsvSource({"1, PORTFOLIOS", "2, ITEMS", "3, PORTFOLIOS", "4, UNITS", "5, ITEMS"})
    void anEmptyStoreTornInsideATableCopyIsMigratedAgainAndTakesAnImport(String before, String table) throws Exception {
        try (HikariDataSource pool = JdbcStores.h2File(dir)) {
            flyway(pool).target(before).load().migrate();
        }
        String copy = stopTheNextCopyOf(table, before);
        try (HikariDataSource pool = JdbcStores.h2File(dir)) {
            if (table.equals("ITEMS")) {
                // what the CLI kill left (RELIABILITY.md): item_units refers to the copy
                assertThat(referredBy(pool, "ITEM_UNITS")).contains(copy);
            }
            if (table.equals("PORTFOLIOS")) {
                assertThat(referredBy(pool, "UNITS")).contains(copy);
            }
            // the application's own tables in the same schema, named like copies, one holding a row
            execute(pool, "CREATE TABLE orders_copy_1_2 (id INT PRIMARY KEY)");
            execute(pool, "INSERT INTO orders_copy_1_2 VALUES (7)");
            execute(pool, "CREATE TABLE items_copy_7_1 (note VARCHAR(100))");
        }
        Portfolio sample = TestPortfolios.portfolio();
        try (HikariDataSource pool = JdbcStores.h2File(dir)) {
            JdbcPortfolioStore store = JdbcPortfolioStore.create(pool, TestPortfolios.HANOI);
            store.importPortfolio(sample);
            Portfolio after = store.snapshot();
            assertThat(after.units()).hasSameSizeAs(sample.units());
            assertThat(after.plans()).hasSameSizeAs(sample.plans());
            assertThat(after.items()).hasSameSizeAs(sample.items());
            assertThat(after.indicators()).hasSameSizeAs(sample.indicators());
            assertThat(after.measurements()).hasSameSizeAs(sample.measurements());
            assertThat(after.items().get(0).assignment().leadUnits())
                    .isEqualTo(sample.items().get(0).assignment().leadUnits());
            assertThat(tables(pool))
                    .as("no copy of civicplan's tables is left; the application's tables are all there")
                    .noneMatch(t -> t.matches("(PORTFOLIOS|ITEMS|UNITS)_COPY_\\d+_\\d+") && !t.equals("ITEMS_COPY_7_1"))
                    .contains("ORDERS_COPY_1_2", "ITEMS_COPY_7_1");
            assertThat(count(pool, "SELECT COUNT(*) FROM orders_copy_1_2 WHERE id = 7"))
                    .isOne();
            assertThat(referredBy(pool, "ITEM_UNITS")).containsOnly("ITEMS");
            assertThat(referredBy(pool, "UNITS")).containsOnly("PORTFOLIOS");
            assertThat(flyway(pool).load().info().current().getVersion().getVersion())
                    .isEqualTo(latestMigration(pool));
        }
    }

    @Test
    void aStoreHoldingDataTornInsideTheCopyOfItemsIsRefusedAndKeptAsItIs() throws Exception {
        String copy;
        try (HikariDataSource pool = JdbcStores.h2File(dir)) {
            flyway(pool).target("2").load().migrate();
            execute(pool, "INSERT INTO portfolios (portfolio_id, audit_seq) VALUES ('cu', 0)");
            execute(
                    pool,
                    "INSERT INTO plans (portfolio_id, plan_id, issuer, title, status, version)"
                            + " VALUES ('cu', 'KH-1', 'UBND', 'Kế hoạch', 'ISSUED', 1)");
            execute(
                    pool,
                    "INSERT INTO items (portfolio_id, item_id, plan_id, item_number, kind, title,"
                            + " public_investment, scope, has_responsible, regular_budget, status, revision, version)"
                            + " VALUES ('cu', 'KH-1/1', 'KH-1', 1, 'TASK', 'Nhiệm vụ', FALSE, 'CITY', FALSE, TRUE,"
                            + " 'NOT_STARTED', 1, 1)");
            execute(
                    pool,
                    "INSERT INTO item_units (portfolio_id, item_id, unit_role, ordinal, unit_code)"
                            + " VALUES ('cu', 'KH-1/1', 'lead', 0, 'SKHCN')");
        }
        copy = stopTheNextCopyOf("ITEMS", "2");
        try (HikariDataSource pool = JdbcStores.h2File(dir)) {
            assertThatThrownBy(() -> JdbcSchema.migrate(pool))
                    .isInstanceOfSatisfying(UnableToStoreException.class, e -> {
                        Message m = e.text();
                        String database =
                                dir.resolve("civicplan").toAbsolutePath().toString();
                        assertThat(m.vi()).contains(database, copy, "ITEM_UNITS", "sao lưu", "không xóa gì");
                        assertThat(m.en()).contains(database, copy, "ITEM_UNITS", "backup", "drops nothing");
                        assertThat(m.en()).contains("foreign key", "refers to " + copy);
                    });
            assertThat(tables(pool)).contains(copy, "ITEMS", "ITEM_UNITS", "civicplan_schema_history");
            assertThat(count(pool, "SELECT COUNT(*) FROM items")).isOne();
            assertThat(count(pool, "SELECT COUNT(*) FROM item_units")).isOne();
            assertThat(count(pool, "SELECT COUNT(*) FROM " + copy)).isOne();
            assertThat(referredBy(pool, "ITEM_UNITS")).contains(copy);
            assertThat(flyway(pool).load().info().current().getVersion().getVersion())
                    .isEqualTo("2");
        }
    }

    @Test
    void aTableTheHistoryRecordsButMissingIsCreatedAgainWhenTheStoreIsEmpty() throws Exception {
        try (HikariDataSource pool = JdbcStores.h2File(dir)) {
            JdbcSchema.migrate(pool);
            execute(pool, "DROP TABLE item_history");
        }
        try (HikariDataSource pool = JdbcStores.h2File(dir)) {
            JdbcPortfolioStore store = JdbcPortfolioStore.create(pool, TestPortfolios.HANOI);
            assertThat(tables(pool)).contains("ITEM_HISTORY");
            store.importPortfolio(TestPortfolios.portfolio());
            assertThat(store.snapshot().items()).hasSameSizeAs(TestPortfolios.items());
        }
    }

    @Test
    void aTableTheHistoryRecordsButMissingBesideDataIsRefused() throws Exception {
        try (HikariDataSource pool = JdbcStores.h2File(dir)) {
            JdbcPortfolioStore.create(pool, TestPortfolios.HANOI).importPortfolio(TestPortfolios.portfolio());
            execute(pool, "DROP TABLE item_history");
        }
        try (HikariDataSource pool = JdbcStores.h2File(dir)) {
            assertThatThrownBy(() -> JdbcPortfolioStore.create(pool, TestPortfolios.HANOI))
                    .isInstanceOf(UnableToStoreException.class)
                    .hasMessageContaining("ITEM_HISTORY")
                    .hasMessageContaining("civicplan import");
            assertThat(count(pool, "SELECT COUNT(*) FROM items"))
                    .isEqualTo(TestPortfolios.items().size());
        }
    }

    @Test
    void anApplicationTableNamedLikeACopyOfItemsDoesNotMakeTheSchemaTorn() throws Exception {
        try (HikariDataSource pool = JdbcStores.h2File(dir)) {
            JdbcPortfolioStore.create(pool, TestPortfolios.HANOI).importPortfolio(TestPortfolios.portfolio());
            execute(pool, "CREATE TABLE items_copy_1_2 (note VARCHAR(100))");
            execute(pool, "INSERT INTO items_copy_1_2 VALUES ('theirs')");
            execute(pool, "CREATE TABLE orders_copy_1_2 (id INT)");
        }
        try (HikariDataSource pool = JdbcStores.h2File(dir)) {
            JdbcPortfolioStore store = JdbcPortfolioStore.open(pool, TestPortfolios.HANOI);
            assertThat(store.snapshot().items()).hasSameSizeAs(TestPortfolios.items());
            assertThat(tables(pool)).contains("ITEMS_COPY_1_2", "ORDERS_COPY_1_2");
            assertThat(count(pool, "SELECT COUNT(*) FROM items_copy_1_2")).isOne();
        }
    }

    /**
     * V5 ({@code units.aliases}, {@code ADD COLUMN IF NOT EXISTS}) after a kill between its ALTER,
     * committed by H2 at once, and Flyway's record of it: the script runs again cleanly, the units
     * keep their rows and aliases read back.
     */
    @Test
    void v5RunsAgainAfterAKillBetweenItsAlterAndItsRecord() throws Exception {
        try (HikariDataSource pool = JdbcStores.h2File(dir)) {
            flyway(pool).target("4").load().migrate();
            execute(pool, "INSERT INTO portfolios (portfolio_id, audit_seq) VALUES ('cu', 0)");
            execute(
                    pool,
                    "INSERT INTO units (portfolio_id, unit_code, name, short_name, kind, parent_code)"
                            + " VALUES ('cu', 'HN', 'Ủy ban nhân dân thành phố Hà Nội', 'UBND Thành phố', 'ubnd', NULL)");
            execute(pool, "ALTER TABLE units ADD COLUMN IF NOT EXISTS aliases CHARACTER LARGE OBJECT");
            assertThat(flyway(pool).load().info().current().getVersion().getVersion())
                    .isEqualTo("4");
        }
        try (HikariDataSource pool = JdbcStores.h2File(dir)) {
            JdbcPortfolioStore store = JdbcPortfolioStore.create(pool, PortfolioId.of("cu"));
            assertThat(flyway(pool).load().info().current().getVersion().getVersion())
                    .isEqualTo(latestMigration(pool));
            OrgUnit hn = store.units().find(UnitCode.of("HN")).orElseThrow();
            assertThat(hn.name()).isEqualTo("Ủy ban nhân dân thành phố Hà Nội");
            assertThat(hn.aliases()).isEmpty();
            store.units().save(hn.withAliases(List.of("UBND TP")));
            assertThat(store.units().find(UnitCode.of("HN")).orElseThrow().aliases())
                    .containsExactly("UBND TP");
        }
    }

    /**
     * Runs the migration after {@code before} in a child JVM killed inside H2's copy of {@code
     * table}, after the copy's foreign keys were created; returns the copy's name.
     */
    private String stopTheNextCopyOf(String table, String before) throws Exception {
        String next = String.valueOf(Integer.parseInt(before) + 1);
        assertThat(StopTableCopy.runChild(dir, table, next))
                .as("the child was halted inside the copy")
                .isEqualTo(StopTableCopy.HALTED);
        try (HikariDataSource reopened = JdbcStores.h2File(dir)) {
            // the trigger only served to stop the child
            execute(reopened, "DROP TRIGGER stop_copy");
            List<String> copies = tables(reopened).stream()
                    .filter(t -> t.matches(table + "_COPY_\\d+_\\d+"))
                    .toList();
            assertThat(copies).as("the copy H2 left").hasSize(1);
            assertThat(tables(reopened)).as("the original is still there").contains(table);
            assertThat(flyway(reopened).load().info().current().getVersion().getVersion())
                    .isEqualTo(before);
            return copies.get(0);
        }
    }

    private static List<String> tables(DataSource pool) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection c = pool.getConnection();
                ResultSet rs = c.getMetaData().getTables(null, c.getSchema(), null, new String[] {"BASE TABLE"})) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME"));
            }
        }
        return tables;
    }

    /** The tables the foreign keys of {@code table} refer to. */
    private static List<String> referredBy(DataSource pool, String table) throws SQLException {
        List<String> referred = new ArrayList<>();
        try (Connection c = pool.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            try (ResultSet rs = meta.getImportedKeys(null, c.getSchema(), table.toUpperCase(Locale.ROOT))) {
                while (rs.next()) {
                    referred.add(rs.getString("PKTABLE_NAME"));
                }
            }
        }
        return referred;
    }

    private static FluentConfiguration flyway(DataSource ds) {
        return JdbcSchema.configuration(ds);
    }

    private static long count(DataSource pool, String sql) throws SQLException {
        try (Connection c = pool.getConnection();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void execute(DataSource pool, String sql) throws SQLException {
        try (Connection c = pool.getConnection();
                Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    /** The version of the last migration on the class path (the schema a store opens to). */
    private static String latestMigration(HikariDataSource pool) {
        var all = flyway(pool).load().info().all();
        return all[all.length - 1].getVersion().getVersion();
    }
}
