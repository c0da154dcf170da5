package org.civicplan.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.civicplan.core.UnableToStoreException;
import org.civicplan.core.model.Portfolio;
import org.civicplan.testing.TestPortfolios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a process killed during an import or during the schema's creation leaves is repaired when
 * the store is opened again (issue 19; the kills themselves are in the reliability module's
 * CrashSafetyTest).
 */
class InterruptedImportTest {
    @TempDir
    Path dir;

    @Test
    void anImportStillMarkedPendingIsUndoneWhenTheStoreOpensAndImportsAgain() throws Exception {
        Portfolio sample = TestPortfolios.portfolio();
        try (HikariDataSource pool = JdbcStores.h2File(dir)) {
            JdbcPortfolioStore.create(pool, TestPortfolios.HANOI).importPortfolio(sample);
            assertThat(pending(pool))
                    .as("the mark is cleared once the import committed")
                    .isFalse();
            // as a process killed after the import's commit and before the mark was cleared leaves it
            // (the same as one killed midway, whatever part of the commit H2 kept)
            execute(pool, "UPDATE portfolios SET import_pending = TRUE");
        }
        try (HikariDataSource pool = JdbcStores.h2File(dir)) {
            JdbcPortfolioStore store = JdbcPortfolioStore.create(pool, TestPortfolios.HANOI);
            Portfolio after = store.snapshot();
            assertThat(after.units()).isEmpty();
            assertThat(after.items()).isEmpty();
            assertThat(after.plans()).isEmpty();
            assertThat(after.measurements()).isEmpty();
            assertThat(pending(pool)).isFalse();
            store.importPortfolio(sample);
            assertThat(store.snapshot().items()).hasSameSizeAs(sample.items());
        }
    }

    @Test
    void anH2ImportRefusedInALaterChunkKeepsNothingOfTheEarlierOnes() {
        Portfolio sample = TestPortfolios.portfolio();
        java.util.List<org.civicplan.core.model.Item> items = new java.util.ArrayList<>(sample.items());
        for (int n = 5; n < 5 + H2_CHUNK + 100; n++) {
            items.add(TestPortfolios.item(n));
        }
        // the last item's funding (10^39 đồng) passes every check before writing and overflows the
        // database's DECIMAL(38, 0): refused by the database in the second chunk
        items.add(TestPortfolios.item(9999).toBuilder()
                .assignment(org.civicplan.core.model.Assignment.lead(
                        TestPortfolios.SKHCN,
                        java.util.List.of(),
                        org.civicplan.core.model.Official.post(
                                "Giám đốc Sở Khoa học và Công nghệ", TestPortfolios.SKHCN),
                        org.civicplan.core.model.Resources.of(new org.civicplan.core.model.FundingLine(
                                org.civicplan.core.model.FundingSource.CITY_BUDGET,
                                2021,
                                new org.civicplan.core.money.Vnd(java.math.BigInteger.TEN.pow(39))))))
                .build());
        Portfolio refused = new Portfolio(
                sample.id(),
                sample.name(),
                sample.units(),
                sample.programs(),
                sample.plans(),
                items,
                sample.indicators(),
                sample.measurements(),
                sample.reports(),
                sample.adjustments());
        try (HikariDataSource pool = JdbcStores.h2File(dir)) {
            JdbcPortfolioStore store = JdbcPortfolioStore.create(pool, TestPortfolios.HANOI);
            assertThatThrownBy(() -> store.importPortfolio(refused)).isInstanceOf(UnableToStoreException.class);
            Portfolio after = store.snapshot();
            assertThat(after.items()).isEmpty();
            assertThat(after.units()).isEmpty();
            assertThat(after.plans()).isEmpty();
            store.importPortfolio(sample);
            assertThat(store.snapshot().items()).hasSameSizeAs(sample.items());
        }
    }

    /** Rows an H2 import commits at a time, as in storage-jdbc's internal Stores. */
    private static final int H2_CHUNK = 500;

    @Test
    void anImportIntoAPortfolioHoldingRowsIsNotMarkedAndNothingOfItIsDeleted() throws Exception {
        try (HikariDataSource pool = JdbcStores.h2File(dir)) {
            JdbcPortfolioStore store = JdbcPortfolioStore.create(pool, TestPortfolios.HANOI);
            store.units().save(TestPortfolios.units().get(0));
            Portfolio rest = TestPortfolios.portfolio();
            store.importPortfolio(rest);
            assertThat(pending(pool)).isFalse();
        }
        try (HikariDataSource pool = JdbcStores.h2File(dir)) {
            assertThat(JdbcPortfolioStore.create(pool, TestPortfolios.HANOI)
                            .snapshot()
                            .items())
                    .hasSameSizeAs(TestPortfolios.portfolio().items());
        }
    }

    @Test
    void emptyTablesOfAnInterruptedFirstMigrationAreDroppedAndTheMigrationRunsAgain() throws Exception {
        try (HikariDataSource pool = JdbcStores.h2File(dir)) {
            // H2 commits each CREATE TABLE: a kill after the first two left them, with no history
            execute(pool, "CREATE TABLE portfolios (portfolio_id VARCHAR(64) PRIMARY KEY, audit_seq BIGINT NOT NULL)");
            execute(
                    pool,
                    "CREATE TABLE units (portfolio_id VARCHAR(64), unit_code VARCHAR(64), name CLOB,"
                            + " short_name CLOB, kind VARCHAR(40), parent_code VARCHAR(64))");
            JdbcSchema.migrate(pool);
            JdbcPortfolioStore.openOrCreate(pool, TestPortfolios.HANOI).importPortfolio(TestPortfolios.portfolio());
        }
    }

    @Test
    void anApplicationTableNamedLikeOneOfCivicplansIsNeverDropped() throws Exception {
        try (HikariDataSource pool = JdbcStores.h2File(dir)) {
            // the application's own, empty "units" (not civicplan's columns) beside an interrupted first
            // migration's empty portfolios: civicplan's is dropped, the application's kept
            execute(pool, "CREATE TABLE portfolios (portfolio_id VARCHAR(64) PRIMARY KEY, audit_seq BIGINT NOT NULL)");
            execute(pool, "CREATE TABLE units (id INT PRIMARY KEY, label VARCHAR(100))");
            assertThatThrownBy(() -> JdbcSchema.migrate(pool)).isInstanceOf(UnableToStoreException.class);
            assertThat(count(pool, "SELECT COUNT(*) FROM units")).isZero();
            assertThat(count(
                            pool,
                            "SELECT COUNT(*) FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = 'UNITS'"
                                    + " AND COLUMN_NAME = 'LABEL'"))
                    .isOne();
        }
    }

    @Test
    void aLeftOverTableHoldingRowsIsNotDropped() throws Exception {
        try (HikariDataSource pool = JdbcStores.h2File(dir)) {
            execute(pool, "CREATE TABLE units (portfolio_id VARCHAR(64), unit_code VARCHAR(64))");
            execute(pool, "INSERT INTO units VALUES ('theirs', 'X')");
            assertThatThrownBy(() -> JdbcSchema.migrate(pool)).isInstanceOf(UnableToStoreException.class);
            assertThat(count(pool, "SELECT COUNT(*) FROM units")).isEqualTo(1);
        }
    }

    @Test
    void anH2DataSourceTheCallerBuiltGetsCommitsWrittenAtOnce() throws Exception {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:file:" + dir.resolve("own").toAbsolutePath());
        config.setUsername("sa");
        try (HikariDataSource own = new HikariDataSource(config)) {
            assertThat(writeDelay(own)).isEqualTo(500);
            JdbcPortfolioStore.create(own, TestPortfolios.HANOI);
            assertThat(writeDelay(own)).isZero();
        }
    }

    private static boolean pending(HikariDataSource pool) throws SQLException {
        return count(pool, "SELECT COUNT(*) FROM portfolios WHERE import_pending") > 0;
    }

    private static long writeDelay(HikariDataSource pool) throws SQLException {
        return count(
                pool,
                "SELECT MAX(CAST(SETTING_VALUE AS INT)) FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'");
    }

    private static long count(HikariDataSource pool, String sql) throws SQLException {
        try (Connection c = pool.getConnection();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void execute(HikariDataSource pool, String sql) throws SQLException {
        try (Connection c = pool.getConnection();
                Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }
}
