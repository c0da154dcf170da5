package org.civicplan.examples.docs;

import org.civicplan.core.memory.InMemoryPortfolioStore;
import org.civicplan.core.spi.PortfolioStore;
import org.civicplan.testing.PortfolioStoreContract;
import org.civicplan.testing.TestPortfolios;

/** The contract test as docs/adapters.md shows it; a real adapter returns its own store here. */
class InMemoryStoreContractTest extends PortfolioStoreContract {
    @Override
    protected PortfolioStore newStore() {
        return new InMemoryPortfolioStore(TestPortfolios.HANOI);
    }
}
