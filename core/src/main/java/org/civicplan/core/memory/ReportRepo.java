package org.civicplan.core.memory;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicplan.core.model.ProgramId;
import org.civicplan.core.model.ProgressReport;
import org.civicplan.core.model.ReportId;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.period.Period;
import org.civicplan.core.spi.ReportRepository;

/** Progress reports in memory, found by program and period in unit order. */
final class ReportRepo extends EntityRepo<ReportId, ProgressReport> implements ReportRepository {
    ReportRepo(StoreLock lock, MemoryState state) {
        super(lock, state, "report");
    }

    @Override
    Map<ReportId, ProgressReport> map() {
        return state.reports;
    }

    @Override
    ReportId key(ProgressReport value) {
        return value.id();
    }

    @Override
    public List<ProgressReport> byPeriod(ProgramId program, Period period) {
        return where(
                r -> r.program().equals(program) && r.period().equals(period),
                Comparator.comparing(ProgressReport::unit));
    }

    @Override
    public Optional<ProgressReport> find(ProgramId program, Period period, UnitCode unit) {
        return byPeriod(program, period).stream()
                .filter(r -> r.unit().equals(unit))
                .findFirst();
    }
}
