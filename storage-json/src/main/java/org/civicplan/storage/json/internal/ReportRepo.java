package org.civicplan.storage.json.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.civicplan.core.model.ProgramId;
import org.civicplan.core.model.ProgressReport;
import org.civicplan.core.model.ReportId;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.period.Period;
import org.civicplan.core.spi.ReportRepository;
import org.civicplan.storage.json.internal.StoreDocs.ReportDoc;

/** Progress reports, one file each ({@code reports/<id>.json}). */
public final class ReportRepo extends AggregateRepo<ReportId, ProgressReport, ReportDoc> implements ReportRepository {
    public ReportRepo(Store store) {
        super(
                store,
                new Layout<>(
                        "report",
                        "reports",
                        ReportCodec.DOC,
                        ProgressReport::id,
                        ReportDoc::report,
                        id -> new ReportDoc(0, null),
                        (doc, report) -> new ReportDoc(doc.documentVersion(), report)));
    }

    @Override
    public List<ProgressReport> byPeriod(ProgramId program, Period period) {
        return Store.sorted(
                all().stream()
                        .filter(r -> r.program().equals(program) && r.period().equals(period))
                        .toList(),
                Comparator.comparing(ProgressReport::unit));
    }

    @Override
    public Optional<ProgressReport> find(ProgramId program, Period period, UnitCode unit) {
        return byPeriod(program, period).stream()
                .filter(r -> r.unit().equals(unit))
                .findFirst();
    }
}
