package org.civicplan.storage.json;

import java.nio.file.Path;
import org.civicplan.core.spi.PortfolioStore;
import org.civicplan.testing.PortfolioStoreContract;
import org.civicplan.testing.TestPortfolios;
import org.junit.jupiter.api.io.TempDir;

/** The shared repository contract, run against the file store. */
class JsonFileStoreTest extends PortfolioStoreContract {
    @TempDir
    Path dir;

    @Override
    protected PortfolioStore newStore() {
        return JsonFileStore.open(dir.resolve("store"), TestPortfolios.HANOI);
    }
}
