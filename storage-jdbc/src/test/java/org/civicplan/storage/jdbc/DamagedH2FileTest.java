package org.civicplan.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import org.civicplan.core.Lang;
import org.civicplan.core.model.Portfolio;
import org.civicplan.testing.TestPortfolios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An H2 file whose {@code items} table lost a row its secondary indexes still name: the state H2
 * 2.5 reopened with after some kills (RELIABILITY.md; the kills are the reliability module's
 * CrashSafetyTest). Made here on purpose ({@link DamageH2File}): a row is removed from the table's
 * primary index only. Opening and reading the store then tells the user the database is
 * damaged and what to do, instead of H2's "Timeout trying to lock table {0}".
 */
class DamagedH2FileTest {
    @TempDir
    Path dir;

    @Test
    void aStoreWhoseIndexNamesAMissingRowSaysItIsDamagedAndWhatToDo() throws Exception {
        Portfolio sample = TestPortfolios.portfolio();
        try (HikariDataSource pool = JdbcStores.h2File(dir)) {
            JdbcPortfolioStore.create(pool, TestPortfolios.HANOI).importPortfolio(sample);
        }
        String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("civicplan");
        DamageH2File.removeFirstRowFromPrimaryIndexOnly(url, "sa", "items");
        // as the tool opens it; a short lock time-out only shortens H2's retries of the statement
        try (HikariDataSource pool = JdbcStores.pool(url + ";LOCK_TIMEOUT=300", "sa", "")) {
            JdbcPortfolioStore store = JdbcPortfolioStore.open(pool, TestPortfolios.HANOI);
            assertThatThrownBy(store::snapshot)
                    .isInstanceOf(DamagedDatabaseException.class)
                    .hasMessageContaining("the database is damaged")
                    .hasMessageContaining("not found in primary index")
                    .hasMessageContaining(".mv.db")
                    .hasMessageNotContaining("{0}")
                    .satisfies(e -> assertThat(((DamagedDatabaseException) e).getMessage(Lang.VI))
                            .contains("cơ sở dữ liệu bị hỏng", "khôi phục tệp .mv.db", "cơ sở dữ liệu mới"));
            // every read of the table meets it; the other tables still read
            assertThatThrownBy(() -> store.items().all()).isInstanceOf(DamagedDatabaseException.class);
            assertThat(store.plans().all()).hasSameSizeAs(sample.plans());
        }
    }
}
