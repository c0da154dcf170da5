package org.civicplan.examples.cli;

import com.zaxxer.hikari.HikariDataSource;
import org.civicplan.core.InvalidInputException;
import org.civicplan.core.Message;
import org.civicplan.core.memory.InMemoryPortfolioStore;
import org.civicplan.core.model.PortfolioId;
import org.civicplan.examples.sample.Program07Sample;
import org.civicplan.storage.jdbc.JdbcPortfolioStore;
import org.civicplan.storage.jdbc.JdbcStores;

/** Opens the store a {@code --store} argument names. */
final class Stores {
    private Stores() {}

    static OpenStore open(
            String spec, PortfolioId portfolio, String user, String password, CivicPlanCli.Options options) {
        if (spec == null || spec.isBlank()) {
            if (spec.startsWith("jdbc:")) {
                HikariDataSource pool = JdbcStores.pool(spec, user, password);
                try {
                    JdbcPortfolioStore store = JdbcPortfolioStore.create(pool, portfolio);
                    return new OpenStore(store, spec, pool);
                } catch (RuntimeException e) {
                    pool.close();
                    throw e;
                }
            }
            // JSON_STORE_HOOK
            throw new InvalidInputException(Message.of("Thiếu --store", "Missing --store"));
        }
        if (spec.equals("sample:")) {
            return new OpenStore(InMemoryPortfolioStore.of(Program07Sample.portfolio()), "sample:", () -> {});
        }
        if (spec.startsWith("jdbc:")) {
            HikariDataSource pool = JdbcStores.pool(spec, user, password);
            try {
                JdbcPortfolioStore store = JdbcPortfolioStore.create(pool, portfolio);
                return new OpenStore(store, spec, pool);
            } catch (RuntimeException e) {
                pool.close();
                throw e;
            }
        }
        // JSON_STORE_HOOK
        throw new InvalidInputException(Message.of(
                "Không mở được kho \"" + spec + "\" (dùng thư mục JSON, URL jdbc:… hoặc sample:)",
                "Cannot open store \"" + spec + "\" (use a JSON directory, a jdbc:… URL, or sample:)"));
    }
}
