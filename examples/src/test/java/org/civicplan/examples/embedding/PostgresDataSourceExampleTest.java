package org.civicplan.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.civicplan.core.memory.InMemoryPortfolioStore;
import org.civicplan.core.model.PortfolioId;
import org.civicplan.core.service.PlanService;
import org.civicplan.examples.sample.Program07Sample;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Runs the example against PostgreSQL on 127.0.0.1:5432 (database {@code test}, user {@code
 * postgres}), in a schema of its own that is dropped afterwards. Skipped when the server cannot be
 * reached, unless {@code CI=true}: there a missing database is a failure.
 */
class PostgresDataSourceExampleTest {
    private static final String URL = "jdbc:postgresql://127.0.0.1:5432/test";

    private final String schema = "civicplan_ex_" + UUID.randomUUID().toString().replace("-", "");
    private PGSimpleDataSource admin;
    private boolean created;

    @BeforeEach
    void createSchema() {
        admin = dataSource(null);
        try (Connection c = admin.getConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
            created = true;
        } catch (SQLException e) {
            boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
            if (ci) {
                throw new AssertionError("PostgreSQL at " + URL + " is required on CI: " + e.getMessage(), e);
            }
            assumeTrue(false, "PostgreSQL at " + URL + " not reachable, test skipped: " + e.getMessage());
        }
    }

    @AfterEach
    void dropSchema() throws SQLException {
        if (!created) {
            return;
        }
        try (Connection c = admin.getConnection();
                Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    @Test
    void loadsTheSampleIntoTheCitysDatabaseAndCountsOverdueItems() throws SQLException {
        PGSimpleDataSource city = dataSource(schema);
        PortfolioId tenant = PortfolioId.of("ex-" + UUID.randomUUID().toString().substring(0, 8));
        int expected = PlanService.of(InMemoryPortfolioStore.of(Program07Sample.portfolio()))
                .overdue(Program07Sample.REVIEW_DATE)
                .size();

        int overdue = PostgresDataSourceExample.run(city, tenant);
        int again = PostgresDataSourceExample.run(city, tenant);

        assertThat(overdue).isEqualTo(expected).isPositive();
        assertThat(again)
                .as("a second run finds the tenant loaded and imports nothing")
                .isEqualTo(overdue);
    }

    private static PGSimpleDataSource dataSource(String schema) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(URL);
        ds.setUser("postgres");
        ds.setConnectTimeout(5);
        if (schema != null) {
            ds.setCurrentSchema(schema);
        }
        return ds;
    }
}
