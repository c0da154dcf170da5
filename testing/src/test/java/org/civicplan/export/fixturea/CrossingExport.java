package org.civicplan.export.fixturea;

import org.civicplan.core.memory.InMemoryPortfolioStore;
import org.civicplan.core.model.PortfolioId;
import org.civicplan.export.fixtureb.OtherExport;

/** An export module's class that reaches into another export module and core's in-memory store. */
public final class CrossingExport {
    private CrossingExport() {}

    public static String name(PortfolioId portfolio) {
        return OtherExport.name(new InMemoryPortfolioStore(portfolio).portfolio());
    }

    public static SameModule sameModule() {
        return new SameModule();
    }

    /** A class of the same module: allowed. */
    public static final class SameModule {}
}
