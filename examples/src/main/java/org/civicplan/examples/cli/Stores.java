package org.civicplan.examples.cli;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import org.civicplan.core.InvalidInputException;
import org.civicplan.core.Message;
import org.civicplan.core.memory.InMemoryPortfolioStore;
import org.civicplan.core.model.PortfolioId;
import org.civicplan.examples.sample.Program07Sample;
import org.civicplan.storage.jdbc.JdbcPortfolioStore;
import org.civicplan.storage.jdbc.JdbcStores;
import org.civicplan.storage.json.JsonFileStore;
import org.civicplan.storage.json.StoreProblem;

/** Opens the store a {@code --store} argument names. */
final class Stores {
    private Stores() {}

    static OpenStore open(
            String spec, PortfolioId portfolio, String user, String password, CivicPlanCli.Options options) {
        if (spec == null || spec.isBlank()) {
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
        Path directory = Path.of(spec);
        if (Files.exists(directory) && !Files.isDirectory(directory)) {
            throw new InvalidInputException(Message.of(
                    "\"" + spec + "\" là một tệp, không phải thư mục kho JSON (để nhập tệp này, dùng: civicplan import "
                            + spec + " --store THƯ-MỤC)",
                    "\"" + spec + "\" is a file, not a JSON store directory (to import it: civicplan import " + spec
                            + " --store DIR)"));
        }
        JsonFileStore store = JsonFileStore.open(directory, portfolio);
        for (StoreProblem problem : store.problems()) {
            System.err.println("civicplan: " + options.t("cảnh báo: ", "warning: ") + problem.describe(options.lang()));
        }
        return new OpenStore(store, directory.toString(), () -> {});
    }
}
