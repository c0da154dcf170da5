package org.civicplan.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.civicplan.core.model.Assignment;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.Official;
import org.civicplan.storage.jdbc.internal.Dialect;
import org.civicplan.testing.TestPortfolios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * V6 on a database an earlier civicplan left at V5, after a process was killed between V6's ALTERs
 * and Flyway's record of them (H2 and MariaDB commit each DDL statement at once): the script runs
 * again without error, and items keep their reporting unit and responsible official's unit as
 * written. On H2, PostgreSQL and MariaDB (the last two skipped when their server is unreachable,
 * unless CI=true).
 */
class OneUnitAsWrittenMigrationTest {
    @TempDir
    Path dir;

    @Test
    void anInterruptedV6RunsAgainOnH2() throws Exception {
        try (var ds = JdbcStores.h2File(dir)) {
            migrateInterrupted(ds);
        }
    }

    @Test
    void anInterruptedV6RunsAgainOnPostgresql() throws Exception {
        try (TestDatabase db = TestDatabase.postgres()) {
            migrateInterrupted(db.pool());
        }
    }

    @Test
    void anInterruptedV6RunsAgainOnMariadb() throws Exception {
        try (TestDatabase db = TestDatabase.mariadb()) {
            migrateInterrupted(db.pool());
        }
    }

    private static void migrateInterrupted(javax.sql.DataSource ds) throws Exception {
        flyway(ds).target("5").load().migrate();
        String text = Dialect.of(ds).placeholders().get("cp_text");
        try (Connection c = ds.getConnection();
                Statement st = c.createStatement()) {
            // the first of V6's statements applied, then the process died before Flyway recorded V6
            st.execute("ALTER TABLE items ADD COLUMN reporting_as_written " + text);
        }

        JdbcSchema.migrate(ds);
        assertThat(flyway(ds).load().info().current().getVersion().getVersion()).isEqualTo("6");

        List<Item> items = new ArrayList<>(TestPortfolios.items());
        Item first = items.get(0);
        Assignment a = first.assignment();
        Official o = a.responsible().orElseThrow();
        // "Sở KH&CN", "Sở KHCN": the unit corpus's wordings of the lead, the sample's SKHCN
        Item written = first.toBuilder()
                .assignment(new Assignment(
                                a.leadUnits(),
                                a.coordinatingUnits(),
                                Optional.of(new Official(o.name(), o.post(), o.unit(), Optional.of("Sở KHCN"))),
                                Optional.of(TestPortfolios.SKHCN),
                                a.leadRationale(),
                                a.resources())
                        .withReportingUnitAsWritten(Optional.of("Sở KH&CN")))
                .build();
        items.set(0, written);
        JdbcPortfolioStore store = JdbcPortfolioStore.openOrCreate(ds, TestPortfolios.HANOI);
        store.importPortfolio(TestPortfolios.withItems(items));

        JdbcSchema.migrate(ds);
        Item read = JdbcPortfolioStore.open(ds, TestPortfolios.HANOI).items().get(first.id());
        assertThat(read.assignment().reportingUnitAsWritten()).contains("Sở KH&CN");
        assertThat(read.assignment().responsible().flatMap(Official::unitAsWritten))
                .contains("Sở KHCN");
        assertThat(read.assignment()).isEqualTo(written.assignment());
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(javax.sql.DataSource ds) {
        return JdbcSchema.configuration(ds);
    }
}
