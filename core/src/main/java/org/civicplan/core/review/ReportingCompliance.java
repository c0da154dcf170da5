package org.civicplan.core.review;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.civicplan.core.CivicTime;
import org.civicplan.core.model.AuditEntry;
import org.civicplan.core.model.Indicator;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.ProgramId;
import org.civicplan.core.model.ProgressReport;
import org.civicplan.core.model.ReportStatus;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.period.Period;
import org.civicplan.core.spi.PortfolioStore;

/**
 * Which units owe a report for a period and whether they sent it by the due date of the reporting
 * calendar. The units expected are the reporting units of the program's items (city plan and
 * cascades) and of its indicators. The submission date is the first "submit-report" entry of the
 * audit trail; a report imported already submitted or approved (no such entry) counts as on time,
 * since nothing says otherwise.
 */
public final class ReportingCompliance {
    /** One expected unit's standing. */
    public record Line(UnitCode unit, Optional<ProgressReport> report, Optional<LocalDate> submittedOn, State state) {}

    /** On time, late, or still missing (after or before the due date). */
    public enum State {
        ON_TIME,
        LATE,
        MISSING_OVERDUE,
        MISSING_NOT_YET_DUE
    }

    private final PortfolioStore store;
    private final ReportingCalendar calendar;

    public ReportingCompliance(PortfolioStore store, ReportingCalendar calendar) {
        this.store = requireNonNull(store, "store is null");
        this.calendar = requireNonNull(calendar, "calendar is null");
    }

    /** Every expected unit, in code order, judged on {@code asOf}. */
    public List<Line> check(ProgramId program, Period period, LocalDate asOf) {
        LocalDate due = calendar.forPeriod(period).due();
        Set<UnitCode> expected = new TreeSet<>();
        for (Item item : ProgramItems.of(store, program)) {
            item.assignment().effectiveReportingUnit().ifPresent(expected::add);
        }
        for (Indicator indicator : store.indicators().byProgram(program)) {
            indicator.reportingUnit().ifPresent(expected::add);
        }
        List<Line> lines = new java.util.ArrayList<>();
        for (UnitCode unit : expected) {
            Optional<ProgressReport> report = store.reports().find(program, period, unit);
            boolean sent = report.map(r -> r.status() == ReportStatus.SUBMITTED || r.status() == ReportStatus.APPROVED)
                    .orElse(false);
            Optional<LocalDate> submittedOn = report.flatMap(r -> firstSubmission(r));
            State state;
            if (sent) {
                state = submittedOn
                        .map(d -> d.isAfter(due) ? State.LATE : State.ON_TIME)
                        .orElse(State.ON_TIME);
            } else {
                state = asOf.isAfter(due) ? State.MISSING_OVERDUE : State.MISSING_NOT_YET_DUE;
            }
            lines.add(new Line(unit, report, submittedOn, state));
        }
        return List.copyOf(lines);
    }

    /** Units that had not sent their report by the due date (missing now, or sent late). */
    public List<UnitCode> notReportedByDueDate(ProgramId program, Period period, LocalDate asOf) {
        return check(program, period, asOf).stream()
                .filter(l -> l.state() == State.LATE || l.state() == State.MISSING_OVERDUE)
                .map(Line::unit)
                .toList();
    }

    private Optional<LocalDate> firstSubmission(ProgressReport report) {
        return store.audit().forEntity("report", report.id().value()).stream()
                .filter(e -> e.action().equals("submit-report"))
                .map(AuditEntry::at)
                .min(java.util.Comparator.naturalOrder())
                .map(at -> at.atZone(CivicTime.VIETNAM).toLocalDate());
    }
}
