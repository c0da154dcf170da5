package org.civicplan.core.model;

import java.util.List;
import java.util.Optional;

/**
 * Who does an item and with what (phân công): the lead unit (chủ trì — exactly one is expected, a
 * list so that the clarity check can report zero or several), coordinating units (phối hợp), the
 * responsible official, the unit that reports on it, and the resources.
 *
 * @param leadRationale why a unit whose role does not obviously fit leads the item (e.g. a district
 *     leading a city-wide scheme), as stated in the plan
 */
public record Assignment(
        List<UnitCode> leadUnits,
        List<UnitCode> coordinatingUnits,
        Optional<Official> responsible,
        Optional<UnitCode> reportingUnit,
        Optional<String> leadRationale,
        Resources resources) {
    public static final Assignment NONE =
            new Assignment(List.of(), List.of(), Optional.empty(), Optional.empty(), Optional.empty(), Resources.NONE);

    public Assignment {
        leadUnits = Texts.list(leadUnits, "leadUnits");
        coordinatingUnits = Texts.list(coordinatingUnits, "coordinatingUnits");
        responsible = Texts.optional(responsible, "responsible");
        reportingUnit = Texts.optional(reportingUnit, "reportingUnit");
        leadRationale = Texts.line(leadRationale, "leadRationale");
        java.util.Objects.requireNonNull(resources, "resources is null");
    }

    public static Assignment lead(
            UnitCode lead, List<UnitCode> coordinating, Official responsible, Resources resources) {
        return new Assignment(
                List.of(lead), coordinating, Optional.of(responsible), Optional.of(lead), Optional.empty(), resources);
    }

    /** The single lead unit, when there is exactly one. */
    public Optional<UnitCode> lead() {
        return leadUnits.size() == 1 ? Optional.of(leadUnits.get(0)) : Optional.empty();
    }

    /** The unit that reports: the named reporting unit, else the single lead. */
    public Optional<UnitCode> effectiveReportingUnit() {
        return reportingUnit.or(this::lead);
    }

    /** True when the unit leads or coordinates. */
    public boolean involves(UnitCode unit) {
        return leadUnits.contains(unit) || coordinatingUnits.contains(unit);
    }
}
