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
 * @param leadAsWritten the lead units as the plan writes them ("Sở KH-ĐT"), one entry per name or
 *     list written, empty when the plan was given by codes; the codes stay canonical
 * @param coordinatingAsWritten the coordinating units as written ("các Sở: Tài chính, Nội vụ", "các
 *     đơn vị liên quan"), likewise; a collective reference is kept here and resolves to no code
 * @param reportingUnitAsWritten the reporting unit as the plan writes it, kept beside the resolved
 *     {@code reportingUnit} when a file named it; empty when given by its code
 */
public record Assignment(
        List<UnitCode> leadUnits,
        List<UnitCode> coordinatingUnits,
        Optional<Official> responsible,
        Optional<UnitCode> reportingUnit,
        Optional<String> leadRationale,
        Resources resources,
        List<String> leadAsWritten,
        List<String> coordinatingAsWritten,
        Optional<String> reportingUnitAsWritten) {
    public static final Assignment NONE =
            new Assignment(List.of(), List.of(), Optional.empty(), Optional.empty(), Optional.empty(), Resources.NONE);

    /** An assignment given by codes only, with nothing kept as written. */
    public Assignment(
            List<UnitCode> leadUnits,
            List<UnitCode> coordinatingUnits,
            Optional<Official> responsible,
            Optional<UnitCode> reportingUnit,
            Optional<String> leadRationale,
            Resources resources) {
        this(leadUnits, coordinatingUnits, responsible, reportingUnit, leadRationale, resources, List.of(), List.of());
    }

    /** An assignment whose reporting unit, if any, is given by its code. */
    public Assignment(
            List<UnitCode> leadUnits,
            List<UnitCode> coordinatingUnits,
            Optional<Official> responsible,
            Optional<UnitCode> reportingUnit,
            Optional<String> leadRationale,
            Resources resources,
            List<String> leadAsWritten,
            List<String> coordinatingAsWritten) {
        this(
                leadUnits,
                coordinatingUnits,
                responsible,
                reportingUnit,
                leadRationale,
                resources,
                leadAsWritten,
                coordinatingAsWritten,
                Optional.empty());
    }

    public Assignment {
        leadUnits = Texts.list(leadUnits, "leadUnits");
        coordinatingUnits = Texts.list(coordinatingUnits, "coordinatingUnits");
        responsible = Texts.optional(responsible, "responsible");
        reportingUnit = Texts.optional(reportingUnit, "reportingUnit");
        leadRationale = Texts.line(leadRationale, "leadRationale");
        java.util.Objects.requireNonNull(resources, "resources is null");
        leadAsWritten = Texts.list(leadAsWritten, "leadAsWritten");
        coordinatingAsWritten = Texts.list(coordinatingAsWritten, "coordinatingAsWritten");
        reportingUnitAsWritten = Texts.line(reportingUnitAsWritten, "reportingUnitAsWritten");
    }

    /** The same assignment with the units as written; the codes are unchanged. */
    public Assignment withUnitsAsWritten(List<String> lead, List<String> coordinating) {
        return new Assignment(
                leadUnits,
                coordinatingUnits,
                responsible,
                reportingUnit,
                leadRationale,
                resources,
                lead,
                coordinating,
                reportingUnitAsWritten);
    }

    /** The same assignment with the reporting unit as written; the code is unchanged. */
    public Assignment withReportingUnitAsWritten(Optional<String> written) {
        return new Assignment(
                leadUnits,
                coordinatingUnits,
                responsible,
                reportingUnit,
                leadRationale,
                resources,
                leadAsWritten,
                coordinatingAsWritten,
                written);
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
