package org.civicplan.storage.json;

import java.util.Collection;
import org.civicplan.core.model.IndicatorCode;
import org.civicplan.core.model.IndicatorKind;
import org.civicplan.core.model.OrgUnit;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.model.UnitKind;
import org.civicplan.core.spi.PortfolioStore;
import org.civicplan.testing.TestPortfolios;

/**
 * The indicators and units generated measurements name, registered first: every store refuses a
 * measurement of an indicator or unit it does not hold.
 */
final class Registered {
    private Registered() {}

    static void indicatorsAndUnits(
            PortfolioStore store, Collection<IndicatorCode> indicators, Collection<UnitCode> units) {
        store.inTransaction(tx -> {
            if (tx.programs().find(TestPortfolios.PROGRAM).isEmpty()) {
                tx.programs().create(TestPortfolios.program());
            }
            for (UnitCode unit : units) {
                tx.units().save(OrgUnit.of(unit.value(), "Đơn vị " + unit.value(), UnitKind.DEPARTMENT));
            }
            for (IndicatorCode code : indicators) {
                tx.indicators()
                        .create(TestPortfolios.indicator(code, "Chỉ tiêu " + code.value(), IndicatorKind.COUNT, "cái"));
            }
            return null;
        });
    }

    static java.util.List<UnitCode> units(int count) {
        return java.util.stream.IntStream.range(0, count)
                .mapToObj(i -> UnitCode.of("U" + i))
                .toList();
    }
}
