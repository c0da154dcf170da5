package org.civicplan.core.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Everything one tenant holds, as one value: the unit directory, programs, plans, items,
 * indicators, measurements, progress reports and adjustments. It is the unit of import, export and
 * whole-portfolio checks; stores keep each aggregate separately.
 */
public record Portfolio(
        PortfolioId id,
        String name,
        List<OrgUnit> units,
        List<Program> programs,
        List<Plan> plans,
        List<Item> items,
        List<Indicator> indicators,
        List<Measurement> measurements,
        List<ProgressReport> reports,
        List<Adjustment> adjustments) {
    public Portfolio {
        requireNonNull(id, "id is null");
        name = Texts.line(name, "name");
        units = Texts.list(units, "units");
        programs = Texts.list(programs, "programs");
        plans = Texts.list(plans, "plans");
        items = Texts.list(items, "items");
        indicators = Texts.list(indicators, "indicators");
        measurements = Texts.list(measurements, "measurements");
        reports = Texts.list(reports, "reports");
        adjustments = Texts.list(adjustments, "adjustments");
    }

    public static Portfolio empty(PortfolioId id, String name) {
        return new Portfolio(
                id, name, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    public UnitDirectory directory() {
        return UnitDirectory.of(units);
    }
}
