package org.civicplan.core.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.civicplan.core.period.Period;

/**
 * A unit's progress report for a period on a program: item lines, narrative, difficulties (khó
 * khăn, vướng mắc) and proposals (kiến nghị). Indicator values are recorded as {@link Measurement}s
 * by the same unit for the same period.
 */
public record ProgressReport(
        ReportId id,
        ProgramId program,
        UnitCode unit,
        Period period,
        ReportStatus status,
        List<ItemProgress> items,
        Optional<String> narrative,
        List<String> difficulties,
        List<String> proposals,
        Optional<String> returnReason,
        long version)
        implements Versioned<ProgressReport> {
    public ProgressReport {
        requireNonNull(id, "id is null");
        requireNonNull(program, "program is null");
        requireNonNull(unit, "unit is null");
        requireNonNull(period, "period is null");
        requireNonNull(status, "status is null");
        items = Texts.list(items, "items");
        narrative = Texts.body(narrative, "narrative");
        difficulties = Texts.lines(difficulties, "difficulties");
        proposals = Texts.lines(proposals, "proposals");
        returnReason = Texts.line(returnReason, "returnReason");
        Versioned.check(version);
    }

    @Override
    public ProgressReport withVersion(long newVersion) {
        return new ProgressReport(
                id, program, unit, period, status, items, narrative, difficulties, proposals, returnReason, newVersion);
    }

    public ProgressReport withStatus(ReportStatus newStatus, Optional<String> reason) {
        return new ProgressReport(
                id, program, unit, period, newStatus, items, narrative, difficulties, proposals, reason, version);
    }

    @Override
    public String entityId() {
        return id.value();
    }
}
