package org.civicplan.core.service;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.civicplan.core.IllegalStateTransitionException;
import org.civicplan.core.InvalidInputException;
import org.civicplan.core.Message;
import org.civicplan.core.internal.RecordDiff;
import org.civicplan.core.model.Actor;
import org.civicplan.core.model.AuditEntry;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.ItemProgress;
import org.civicplan.core.model.Plan;
import org.civicplan.core.model.Program;
import org.civicplan.core.model.ProgressReport;
import org.civicplan.core.model.ReportId;
import org.civicplan.core.model.ReportStatus;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.period.Period;
import org.civicplan.core.review.ItemStates;
import org.civicplan.core.spi.AccessPolicy;
import org.civicplan.core.spi.AccessPolicy.Target;
import org.civicplan.core.spi.Action;
import org.civicplan.core.spi.PortfolioStore;

/**
 * Progress reports through their life: a unit drafts and submits its own report (only on items it
 * leads, coordinates or reports on); the standing agency approves it, which locks the period's data
 * for that unit and moves the items its lines speak of ({@link ItemStates}), or returns it with a
 * reason; reopening an approved report needs a reason and is
 * audited like every other step.
 */
public final class ReportService {
    private final PortfolioStore store;
    private final AccessPolicy policy;
    private final Clock clock;

    @Inject
    public ReportService(PortfolioStore store, AccessPolicy policy, Clock clock) {
        this.store = requireNonNull(store, "store is null");
        this.policy = requireNonNull(policy, "policy is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    /**
     * Creates or replaces the unit's draft (or returned) report. Approved and submitted reports are
     * not editable. A report stays the unit's, on its program and period: replacing it cannot hand
     * it to another unit or move it into another period (an approved one, say, without reopening).
     */
    public ProgressReport saveDraft(Actor actor, ProgressReport report) {
        return store.inTransaction(tx -> {
            requireOwnUnit(actor, report);
            Program program = tx.programs().get(report.program());
            for (ItemProgress line : report.items()) {
                Item item = tx.items().get(line.item());
                Plan plan = tx.plans().get(item.plan());
                if (!tx.plans().programOf(plan).map(report.program()::equals).orElse(false)) {
                    throw new InvalidInputException(Message.of(
                            "Báo cáo " + report.id() + ": nhiệm vụ " + item.id() + " không thuộc chương trình "
                                    + report.program(),
                            "Report " + report.id() + ": item " + item.id() + " is not part of program "
                                    + report.program()));
                }
                policy.check(
                        actor,
                        Action.SUBMIT_REPORT,
                        new Target(Optional.of(program), Optional.of(plan), Optional.of(item), Optional.empty())
                                .withUnit(report.unit()));
            }
            Optional<ProgressReport> existing = tx.reports().find(report.id());
            if (existing.isEmpty()) {
                Optional<ProgressReport> samePeriod =
                        tx.reports().find(report.program(), report.period(), report.unit());
                if (samePeriod.isPresent()) {
                    throw new InvalidInputException(Message.of(
                            "Đơn vị " + report.unit() + " đã có báo cáo "
                                    + samePeriod.get().id() + " cho kỳ "
                                    + report.period().code(),
                            "Unit " + report.unit() + " already has report "
                                    + samePeriod.get().id() + " for "
                                    + report.period().code()));
                }
                ProgressReport created = tx.reports().create(report.withStatus(ReportStatus.DRAFT, Optional.empty()));
                audit(tx, actor, "save-report", null, created);
                return created;
            }
            ProgressReport before = existing.get();
            requireOwnUnit(actor, before);
            if (!before.program().equals(report.program()) || !before.period().equals(report.period())) {
                throw new IllegalStateTransitionException(Message.of(
                        "Báo cáo " + before.id() + " là báo cáo kỳ "
                                + before.period().code() + " của chương trình " + before.program()
                                + "; không đổi được kỳ, chương trình: hãy lập báo cáo mới",
                        "Report " + before.id() + " is for " + before.period().code() + " of program "
                                + before.program() + "; its period and program cannot change: draft a new report"));
            }
            if (before.status() == ReportStatus.SUBMITTED || before.status() == ReportStatus.APPROVED) {
                throw locked(before);
            }
            ProgressReport updated = tx.reports()
                    .update(report.withStatus(ReportStatus.DRAFT, Optional.empty())
                            .withVersion(report.version()));
            audit(tx, actor, "save-report", before, updated);
            return updated;
        });
    }

    public ProgressReport submit(Actor actor, ReportId id) {
        return move(actor, id, "submit-report", ReportStatus.SUBMITTED, Optional.empty());
    }

    public ProgressReport approve(Actor actor, ReportId id) {
        return move(actor, id, "approve-report", ReportStatus.APPROVED, Optional.empty());
    }

    public ProgressReport returnReport(Actor actor, ReportId id, String reason) {
        return move(actor, id, "return-report", ReportStatus.RETURNED, Optional.of(requireReason(reason, id)));
    }

    /** Unlocks an approved report so the unit can correct it; the reason is kept in the audit trail. */
    public ProgressReport reopen(Actor actor, ReportId id, String reason) {
        return move(actor, id, "reopen-report", ReportStatus.RETURNED, Optional.of(requireReason(reason, id)));
    }

    /**
     * True when an approved report of the unit on the program covers any part of the period: its
     * data may not change. A monthly value inside an approved half-year is locked as well as the
     * half-year's own.
     */
    public static boolean isLocked(PortfolioStore store, Program program, Period period, UnitCode unit) {
        return lockedBy(store, program, period, unit).isPresent();
    }

    /** The approved report of the unit whose period overlaps {@code period}, if any. */
    static Optional<ProgressReport> lockedBy(PortfolioStore store, Program program, Period period, UnitCode unit) {
        List<Period> candidates = new ArrayList<>(ReportPeriods.overlapping(period));
        if (ReportPeriods.overlap(program.period(), period) && !candidates.contains(program.period())) {
            candidates.add(program.period()); // a report on the program's whole stage
        }
        for (Period candidate : candidates) {
            Optional<ProgressReport> report = store.reports().find(program.id(), candidate, unit);
            if (report.isPresent() && report.get().status() == ReportStatus.APPROVED) {
                return report;
            }
        }
        return Optional.empty();
    }

    private ProgressReport move(Actor actor, ReportId id, String action, ReportStatus next, Optional<String> reason) {
        return store.inTransaction(tx -> {
            ProgressReport before = tx.reports().get(id);
            Program program = tx.programs().get(before.program());
            Target target = new Target(Optional.of(program), Optional.empty(), Optional.empty(), Optional.empty());
            switch (next) {
                case SUBMITTED -> {
                    requireOwnUnit(actor, before);
                    requireStatus(before, ReportStatus.DRAFT, ReportStatus.RETURNED);
                }
                case APPROVED -> {
                    policy.check(actor, Action.APPROVE_REPORT, target);
                    requireStatus(before, ReportStatus.SUBMITTED);
                }
                case RETURNED -> {
                    if (action.equals("reopen-report")) {
                        policy.check(actor, Action.REOPEN_PERIOD, target);
                        requireStatus(before, ReportStatus.APPROVED);
                    } else {
                        policy.check(actor, Action.APPROVE_REPORT, target);
                        requireStatus(before, ReportStatus.SUBMITTED);
                    }
                }
                default -> throw new IllegalStateException(next.name());
            }
            ProgressReport updated = tx.reports().update(before.withStatus(next, reason));
            audit(tx, actor, action, before, updated);
            if (next == ReportStatus.APPROVED) {
                moveItems(tx, actor, updated);
            }
            return updated;
        });
    }

    /**
     * Approving a report moves its items ({@link ItemStates}): each line sets its item's recorded
     * status and completion date, unless an approved report for a later period already speaks of
     * the item. Each move is audited as the approval's consequence.
     */
    private void moveItems(PortfolioStore tx, Actor actor, ProgressReport approved) {
        List<ProgressReport> later = new ArrayList<>();
        for (ProgressReport other : tx.reports().all()) {
            if (other.program().equals(approved.program())
                    && other.status() == ReportStatus.APPROVED
                    && !other.id().equals(approved.id())
                    && ItemStates.isLater(other.period(), approved.period())) {
                later.add(other);
            }
        }
        for (ItemProgress line : approved.items()) {
            boolean superseded = later.stream()
                    .anyMatch(r -> r.items().stream().anyMatch(l -> l.item().equals(line.item())));
            if (superseded) {
                continue;
            }
            Item before = tx.items().get(line.item());
            Item moved = ItemStates.movedBy(before, line);
            if (!moved.equals(before)) {
                Item updated = tx.items().update(moved);
                tx.audit()
                        .append(new AuditEntry(
                                0,
                                clock.instant(),
                                actor,
                                "approve-report",
                                "item",
                                updated.id().value(),
                                RecordDiff.changes(before, updated)));
            }
        }
    }

    private static void requireOwnUnit(Actor actor, ProgressReport report) {
        if (!actor.unit().equals(report.unit())) {
            throw new org.civicplan.core.AccessDeniedException(Message.of(
                    "Đơn vị \"" + actor.unit() + "\" không thể gửi báo cáo thay cho \"" + report.unit() + "\"",
                    "Unit \"" + actor.unit() + "\" cannot report on behalf of \"" + report.unit() + "\""));
        }
    }

    private static void requireStatus(ProgressReport report, ReportStatus... allowed) {
        for (ReportStatus s : allowed) {
            if (report.status() == s) {
                return;
            }
        }
        if (report.status() == ReportStatus.APPROVED) {
            throw locked(report);
        }
        throw new IllegalStateTransitionException(Message.of(
                "Báo cáo " + report.id() + " đang ở trạng thái \""
                        + report.status().vi() + "\", không thực hiện được thao tác này",
                "Report " + report.id() + " is " + report.status().en() + "; this step is not possible"));
    }

    private static IllegalStateTransitionException locked(ProgressReport report) {
        return new IllegalStateTransitionException(Message.of(
                "Báo cáo " + report.id() + " kỳ " + report.period().code() + " đã "
                        + report.status().vi().toLowerCase(java.util.Locale.ROOT)
                        + ": số liệu đã khóa; cần cơ quan thường trực mở lại (nêu lý do)",
                "Report " + report.id() + " for " + report.period().code() + " is "
                        + report.status().en().toLowerCase(java.util.Locale.ROOT)
                        + ": its data is locked; the standing agency must reopen it (with a reason)"));
    }

    private static String requireReason(String reason, ReportId id) {
        return Commands.requireReason(
                reason,
                Message.of(
                        "Cần nêu lý do bằng chữ đọc được (báo cáo " + id + ")",
                        "A reason in readable text is required (report " + id + ")"));
    }

    private void audit(PortfolioStore tx, Actor actor, String action, ProgressReport before, ProgressReport after) {
        tx.audit()
                .append(new AuditEntry(
                        0,
                        clock.instant(),
                        actor,
                        action,
                        "report",
                        after.id().value(),
                        RecordDiff.changes(before, after)));
    }
}
