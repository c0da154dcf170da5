package org.civicplan.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.civicplan.core.model.OrgUnit;
import org.civicplan.core.model.PortfolioId;
import org.civicplan.core.model.UnitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * V5 on a database an earlier civicplan left at V4 (and V6 after it): its units keep their rows and have no aliases;
 * aliases saved afterwards read back; running the migrations again changes nothing. On H2,
 * PostgreSQL and MariaDB (the last two skipped when their server is unreachable, unless CI=true).
 */
class UnitAliasesMigrationTest {
    @TempDir
    Path dir;

    @Test
    void aVersion4DatabaseGainsUnitAliasesKeepingItsUnits() throws Exception {
        try (var ds = JdbcStores.h2File(dir)) {
            migrateOld(ds);
        }
    }

    @Test
    void aVersion4PostgresqlDatabaseGainsUnitAliasesKeepingItsUnits() throws Exception {
        try (TestDatabase db = TestDatabase.postgres()) {
            migrateOld(db.pool());
        }
    }

    @Test
    void aVersion4MariadbDatabaseGainsUnitAliasesKeepingItsUnits() throws Exception {
        try (TestDatabase db = TestDatabase.mariadb()) {
            migrateOld(db.pool());
        }
    }

    private static void migrateOld(javax.sql.DataSource ds) throws Exception {
        flyway(ds).target("4").load().migrate();
        try (Connection c = ds.getConnection();
                Statement st = c.createStatement()) {
            st.execute("INSERT INTO portfolios (portfolio_id, audit_seq) VALUES ('cu', 0)");
            st.execute("INSERT INTO units (portfolio_id, unit_code, name, short_name, kind, parent_code)"
                    + " VALUES ('cu', 'HN', 'Ủy ban nhân dân thành phố Hà Nội', 'UBND Thành phố', 'ubnd', NULL)");
        }

        JdbcSchema.migrate(ds);
        JdbcPortfolioStore store = JdbcPortfolioStore.open(ds, PortfolioId.of("cu"));
        OrgUnit hn = store.units().find(UnitCode.of("HN")).orElseThrow();
        assertThat(hn.name()).isEqualTo("Ủy ban nhân dân thành phố Hà Nội");
        assertThat(hn.aliases()).isEmpty();

        // "UBND TP": core's unit corpus U118 (D66)
        store.units().save(hn.withAliases(List.of("UBND TP", "Ủy ban nhân dân Thành phố")));
        JdbcSchema.migrate(ds);
        assertThat(JdbcPortfolioStore.open(ds, PortfolioId.of("cu"))
                        .units()
                        .find(UnitCode.of("HN"))
                        .orElseThrow()
                        .aliases())
                .containsExactly("UBND TP", "Ủy ban nhân dân Thành phố");
        // read through Flyway: the history table's quoting differs between H2, PostgreSQL and MariaDB
        assertThat(flyway(ds).load().info().current().getVersion().getVersion()).isEqualTo("6");
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(javax.sql.DataSource ds) {
        return JdbcSchema.configuration(ds);
    }
}
