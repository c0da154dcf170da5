package org.civicplan.core.memory;

import org.civicplan.core.spi.PortfolioStore;
import org.civicplan.core.testing.PortfolioStoreContract;
import org.civicplan.core.testing.TestPortfolios;

class InMemoryPortfolioStoreTest extends PortfolioStoreContract {
    @Override
    protected PortfolioStore newStore() {
        return new InMemoryPortfolioStore(TestPortfolios.HANOI);
    }
}
