package org.civicplan.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.civicplan.core.model.IndicatorCode;
import org.civicplan.core.model.IndicatorKind;
import org.civicplan.core.model.MeasuredValue;
import org.civicplan.core.model.Measurement;
import org.civicplan.core.model.Portfolio;
import org.civicplan.core.model.PortfolioId;
import org.civicplan.core.period.Period;
import org.civicplan.testing.TestPortfolios;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A bulk import on PostgreSQL refreshes the statistics of the tables later rows' foreign keys point
 * to, inside the import's transaction, so that each foreign-key check uses the primary key instead
 * of scanning a portfolio's rows (see {@code Stores.ANALYZE_AFTER}).
 */
class PostgresImportStatisticsTest {
    private TestDatabase db;

    @BeforeEach
    void migrate() {
        db = TestDatabase.postgres();
        JdbcSchema.migrate(db.dataSource());
    }

    @AfterEach
    void drop() {
        if (db != null) {
            db.close();
        }
    }

    @Test
    void aLargeImportLeavesTheReferencedTablesAnalysed() throws SQLException {
        try (JdbcPortfolioStore store = JdbcPortfolioStore.create(db.dataSource(), PortfolioId.of("statistics"))) {
            store.importPortfolio(withIndicators(600));

            assertThat(store.indicators().all()).hasSize(600);
            assertThat(store.measurements().count()).isEqualTo(1200);
        }
        assertThat(estimatedRows("indicators")).isEqualTo(600);
        assertThat(primaryKeyChecksTheReference()).isTrue();
    }

    @Test
    void aSmallImportLeavesStatisticsToAutovacuum() throws SQLException {
        try (JdbcPortfolioStore store = JdbcPortfolioStore.create(db.dataSource(), PortfolioId.of("statistics"))) {
            store.importPortfolio(withIndicators(10));

            assertThat(store.indicators().all()).hasSize(10);
        }
        // never analysed: -1 on PostgreSQL 14 and later, 0 before
        assertThat(estimatedRows("indicators")).isNotEqualTo(10);
    }

    /** The sample with {@code count} indicators of its own and two measurements for each. */
    private static Portfolio withIndicators(int count) {
        Portfolio sample = TestPortfolios.portfolio();
        List<org.civicplan.core.model.Indicator> indicators = new ArrayList<>();
        List<Measurement> measurements = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            IndicatorCode code = IndicatorCode.of(String.format("CT07-B%04d", i));
            indicators.add(TestPortfolios.indicator(code, "Chỉ tiêu thử " + i, IndicatorKind.COUNT, "doanh nghiệp"));
            for (Period period : List.of(Period.firstHalf(2021), Period.secondHalf(2021))) {
                measurements.add(new Measurement(
                        code,
                        period,
                        TestPortfolios.SKHCN,
                        new MeasuredValue.Count(BigDecimal.valueOf(i)),
                        java.util.Optional.empty()));
            }
        }
        return new Portfolio(
                sample.id(),
                sample.name(),
                sample.units(),
                sample.programs(),
                sample.plans(),
                // the sample's items without its three indicators, which this portfolio replaces
                sample.items().stream()
                        .map(item -> item.toBuilder().indicators(List.of()).build())
                        .toList(),
                indicators,
                measurements,
                List.of(),
                List.of());
    }

    /** {@code pg_class.reltuples}: -1 until the table is first analysed or vacuumed. */
    private long estimatedRows(String table) throws SQLException {
        try (Connection c = db.dataSource().getConnection();
                PreparedStatement ps =
                        c.prepareStatement("SELECT reltuples FROM pg_class WHERE oid = to_regclass(?)")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).as("table %s exists", table).isTrue();
                return (long) rs.getFloat(1);
            }
        }
    }

    /** The plan PostgreSQL would use for a measurement's foreign-key check looks the row up by both key columns. */
    private boolean primaryKeyChecksTheReference() throws SQLException {
        try (Connection c = db.dataSource().getConnection()) {
            try (PreparedStatement set = c.prepareStatement("SET plan_cache_mode = force_generic_plan")) {
                set.execute();
            }
            try (PreparedStatement prepare =
                    c.prepareStatement("PREPARE fk_check(varchar, varchar) AS SELECT 1 FROM ONLY indicators x"
                            + " WHERE portfolio_id = $1 AND indicator_code = $2 FOR KEY SHARE OF x")) {
                prepare.execute();
            }
            StringBuilder plan = new StringBuilder();
            try (PreparedStatement explain =
                            c.prepareStatement("EXPLAIN EXECUTE fk_check('statistics', 'CT07-B0001')");
                    ResultSet rs = explain.executeQuery()) {
                while (rs.next()) {
                    plan.append(rs.getString(1)).append('\n');
                }
            }
            try (PreparedStatement deallocate = c.prepareStatement("DEALLOCATE fk_check")) {
                deallocate.execute();
            }
            return plan.toString().contains("indicators_pkey")
                    && plan.toString().contains("indicator_code");
        }
    }
}
