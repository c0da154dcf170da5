package org.civicplan.core.spi;

import java.util.List;
import java.util.Optional;
import org.civicplan.core.model.ProgramId;
import org.civicplan.core.model.ProgressReport;
import org.civicplan.core.model.ReportId;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.period.Period;

public interface ReportRepository extends EntityRepository<ReportId, ProgressReport> {
    /** The program's reports for the period, ordered by unit. */
    List<ProgressReport> byPeriod(ProgramId program, Period period);

    Optional<ProgressReport> find(ProgramId program, Period period, UnitCode unit);
}
