package org.civicplan.appendix;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.civicplan.core.model.Indicator;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.OrgUnit;
import org.civicplan.core.model.Program;
import org.civicplan.core.model.ProgressReport;
import org.civicplan.core.review.ReportingPeriod;

/**
 * What one unit's report form for one period holds: the unit's items on the program (those it
 * leads, coordinates or reports on) and the indicators it reports, with the period's data window and
 * due date from the reporting calendar, and the unit's draft report when it has one (its lines
 * pre-fill the form).
 */
public record UnitForm(
        Program program,
        OrgUnit unit,
        ReportingPeriod reporting,
        List<Item> items,
        List<Indicator> indicators,
        Optional<ProgressReport> draft) {
    public UnitForm {
        requireNonNull(program, "program is null");
        requireNonNull(unit, "unit is null");
        requireNonNull(reporting, "reporting is null");
        items = List.copyOf(items);
        indicators = List.copyOf(indicators);
        requireNonNull(draft, "draft is null");
    }

    /** True when the form has nothing for the unit to report. */
    public boolean isEmpty() {
        return items.isEmpty() && indicators.isEmpty();
    }

    /** The suggested file name: {@code SKHCN-2021-H1.xlsx}. */
    public String fileName() {
        return unit.code().value().replaceAll("[^\\p{L}\\p{N}_-]", "_") + "-"
                + reporting.period().code() + ".xlsx";
    }
}
