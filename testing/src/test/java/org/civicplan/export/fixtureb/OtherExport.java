package org.civicplan.export.fixtureb;

import org.civicplan.core.model.PortfolioId;

/** An export module's class that depends on core's API only. */
public final class OtherExport {
    private OtherExport() {}

    public static String name(PortfolioId portfolio) {
        return portfolio.value();
    }
}
