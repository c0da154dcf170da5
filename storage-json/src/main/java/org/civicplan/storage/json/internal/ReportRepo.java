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
public final class ReportRepo implements ReportRepository {
    private final OwnFiles<ReportId, ProgressReport, ReportDoc> files;

    public ReportRepo(Store store) {
        this.files = new OwnFiles<>(
                store,
                new OwnFiles.Layout<>(
                        "report", "reports", ReportCodec.DOC, ProgressReport::id, ReportDoc::report, ReportDoc::new));
    }

    @Override
    public ProgressReport create(ProgressReport value) {
        return files.create(value);
    }

    @Override
    public ProgressReport update(ProgressReport value) {
        return files.update(value);
    }

    @Override
    public Optional<ProgressReport> find(ReportId key) {
        return files.find(key);
    }

    @Override
    public ProgressReport get(ReportId key) {
        return files.get(key);
    }

    @Override
    public List<ProgressReport> all() {
        return files.all();
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
