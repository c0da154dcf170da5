package org.civicplan.core.service;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import org.civicplan.core.IllegalStateTransitionException;
import org.civicplan.core.InvalidInputException;
import org.civicplan.core.Message;
import org.civicplan.core.internal.RecordDiff;
import org.civicplan.core.model.Actor;
import org.civicplan.core.model.AuditEntry;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.ItemProgress;
import org.civicplan.core.model.Program;
import org.civicplan.core.model.ProgressReport;
import org.civicplan.core.model.ReportId;
import org.civicplan.core.model.ReportStatus;
import org.civicplan.core.spi.AccessPolicy;
import org.civicplan.core.spi.AccessPolicy.Target;
import org.civicplan.core.spi.Action;
import org.civicplan.core.spi.PortfolioStore;

/**
 * Progress reports through their life: a unit drafts and submits its own report (only on items it
 * leads, coordinates or reports on); the standing agency approves it, which locks the period's data
 * for that unit, or returns it with a reason; reopening an approved report needs a reason and is
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

    /** Creates or replaces the unit's draft (or returned) report. Approved and submitted reports are not editable. */
    public ProgressReport saveDraft(Actor actor, ProgressReport report) {
        return store.inTransaction(tx -> {
            requireOwnUnit(actor, report);
            Program program = tx.programs().get(report.program());
            for (ItemProgress line : report.items()) {
                Item item = tx.items().get(line.item());
                policy.check(
                        actor,
                        Action.SUBMIT_REPORT,
                        new Target(Optional.of(program), Optional.empty(), Optional.of(item), Optional.empty()));
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

    /** True when the unit's report for the program and period is approved: its data may not change. */
    public static boolean isLocked(
            PortfolioStore store,
            Program program,
            org.civicplan.core.period.Period period,
            org.civicplan.core.model.UnitCode unit) {
        return store.reports()
                .find(program.id(), period, unit)
                .map(r -> r.status() == ReportStatus.APPROVED)
                .orElse(false);
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
            return updated;
        });
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
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException(
                    Message.of("Cần nêu lý do (báo cáo " + id + ")", "A reason is required (report " + id + ")"));
        }
        return reason;
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
