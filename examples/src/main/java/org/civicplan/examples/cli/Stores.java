package org.civicplan.examples.cli;

import org.civicplan.core.InvalidInputException;
import org.civicplan.core.Message;
import org.civicplan.core.memory.InMemoryPortfolioStore;
import org.civicplan.core.model.PortfolioId;
import org.civicplan.examples.sample.Program07Sample;

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
        throw new InvalidInputException(Message.of(
                "Không mở được kho \"" + spec + "\" (dùng thư mục JSON, URL jdbc:… hoặc sample:)",
                "Cannot open store \"" + spec + "\" (use a JSON directory, a jdbc:… URL, or sample:)"));
    }
}
