package org.civicplan.core.spi;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.civicplan.core.model.FundingLine;
import org.civicplan.core.model.ItemId;
import org.civicplan.core.model.ItemProgress;
import org.civicplan.core.model.ItemStatus;
import org.civicplan.core.model.ProgressReport;
import org.civicplan.core.model.ReportId;
import org.civicplan.core.model.ReportStatus;
import org.civicplan.core.model.UnitCode;

/**
 * What a review reads of one progress report: whose it is, its status, and — only when it counts,
 * i.e. is submitted or approved — its item lines without their notes. Narrative, difficulties and
 * proposals are not read. {@link #of(ProgressReport)} gives the value for a report; a store's own
 * answer must be equal.
 *
 * @param lines the item lines in the report's order when {@link #counts()}, else empty
 */
public record ReviewReport(ReportId id, UnitCode unit, ReportStatus status, List<Line> lines) {
    public ReviewReport {
        requireNonNull(id, "id is null");
        requireNonNull(unit, "unit is null");
        requireNonNull(status, "status is null");
        lines = List.copyOf(lines);
    }

    public static ReviewReport of(ProgressReport report) {
        requireNonNull(report, "report is null");
        List<Line> lines = new ArrayList<>();
        if (counts(report.status())) {
            for (ItemProgress p : report.items()) {
                lines.add(new Line(p.item(), p.status(), p.percentDone(), p.completedOn(), p.spent()));
            }
        }
        return new ReviewReport(report.id(), report.unit(), report.status(), lines);
    }

    /** True when a review counts the report: submitted or approved. */
    public boolean counts() {
        return counts(status);
    }

    public static boolean counts(ReportStatus status) {
        return status == ReportStatus.SUBMITTED || status == ReportStatus.APPROVED;
    }

    /** One item's line as reported ({@link ItemProgress} without the note). */
    public record Line(
            ItemId item, ItemStatus status, int percentDone, Optional<LocalDate> completedOn, List<FundingLine> spent) {
        public Line {
            requireNonNull(item, "item is null");
            requireNonNull(status, "status is null");
            requireNonNull(completedOn, "completedOn is null");
            spent = List.copyOf(spent);
        }
    }
}
