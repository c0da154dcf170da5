package org.civicplan.core.service;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.civicplan.core.CivicTime;
import org.civicplan.core.DuplicateEntityException;
import org.civicplan.core.IllegalStateTransitionException;
import org.civicplan.core.InvalidInputException;
import org.civicplan.core.Message;
import org.civicplan.core.VersionConflictException;
import org.civicplan.core.docref.DocumentRef;
import org.civicplan.core.internal.RecordDiff;
import org.civicplan.core.model.Actor;
import org.civicplan.core.model.Adjustment;
import org.civicplan.core.model.AdjustmentId;
import org.civicplan.core.model.AdjustmentStatus;
import org.civicplan.core.model.Assignment;
import org.civicplan.core.model.AuditEntry;
import org.civicplan.core.model.Indicator;
import org.civicplan.core.model.IndicatorCode;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.ItemId;
import org.civicplan.core.model.ItemStatus;
import org.civicplan.core.model.Measurement;
import org.civicplan.core.model.OrgUnit;
import org.civicplan.core.model.Plan;
import org.civicplan.core.model.PlanId;
import org.civicplan.core.model.PlanStatus;
import org.civicplan.core.model.Program;
import org.civicplan.core.model.ProgressState;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.review.ReportService;
import org.civicplan.core.spi.AccessPolicy;
import org.civicplan.core.spi.AccessPolicy.Target;
import org.civicplan.core.spi.Action;
import org.civicplan.core.spi.PortfolioStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What officials do with a portfolio: define programs and indicators, draft and issue plans,
 * register and assign items, record progress and indicator values, propose adjustments and decide
 * them, and ask the everyday questions (a unit's items, what is overdue, what feeds an indicator).
 *
 * <p>Every write names its {@link Actor}, is checked by the {@link AccessPolicy} before anything
 * changes, runs in one store transaction, and appends an audit entry with the fields changed. Dates
 * are judged by the injected clock (Vietnam's zone by default).
 */
public final class PlanService {
    private static final Logger log = LoggerFactory.getLogger(PlanService.class);

    private final PortfolioStore store;
    private final AccessPolicy policy;
    private final Clock clock;

    @Inject
    public PlanService(PortfolioStore store, AccessPolicy policy, Clock clock) {
        this.store = requireNonNull(store, "store is null");
        this.policy = requireNonNull(policy, "policy is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    /** A service with the standard access rules and the system clock in Vietnam's zone. */
    public static PlanService of(PortfolioStore store) {
        return new PlanService(store, new StandardAccessPolicy(), CivicTime.systemClock());
    }

    public PortfolioStore store() {
        return store;
    }

    public LocalDate today() {
        return CivicTime.today(clock);
    }

    // ---- directory ----------------------------------------------------------------------------

    public void saveUnit(Actor actor, OrgUnit unit) {
        store.inTransaction(tx -> {
            policy.check(actor, Action.MANAGE_DIRECTORY, Target.NONE);
            Optional<OrgUnit> before = tx.units().find(unit.code());
            tx.units().save(unit);
            audit(tx, actor, "save-unit", "unit", unit.code().value(), before.orElse(null), unit);
            return null;
        });
    }

    public Program createProgram(Actor actor, Program program) {
        return store.inTransaction(tx -> {
            policy.check(
                    actor,
                    Action.MANAGE_DIRECTORY,
                    new Target(Optional.of(program), Optional.empty(), Optional.empty(), Optional.empty()));
            Program created = tx.programs().create(program);
            audit(tx, actor, "create-program", "program", created.entityId(), null, created);
            return created;
        });
    }

    public Program updateProgram(Actor actor, Program program) {
        return store.inTransaction(tx -> {
            Program before = tx.programs().get(program.id());
            policy.check(
                    actor,
                    Action.MANAGE_DIRECTORY,
                    new Target(Optional.of(before), Optional.empty(), Optional.empty(), Optional.empty()));
            Program updated = tx.programs().update(program);
            audit(tx, actor, "update-program", "program", updated.entityId(), before, updated);
            return updated;
        });
    }

    public Indicator defineIndicator(Actor actor, Indicator indicator) {
        return store.inTransaction(tx -> {
            Program program = tx.programs().get(indicator.program());
            policy.check(actor, Action.MANAGE_DIRECTORY, Target.indicator(program, indicator));
            Indicator created = tx.indicators().create(indicator);
            audit(tx, actor, "define-indicator", "indicator", created.entityId(), null, created);
            return created;
        });
    }

    // ---- plans --------------------------------------------------------------------------------

    public Plan createPlan(Actor actor, Plan plan) {
        return store.inTransaction(tx -> {
            if (plan.status() != PlanStatus.DRAFT) {
                throw new IllegalStateTransitionException(Message.of(
                        "Kế hoạch " + plan.id() + " phải được tạo ở trạng thái dự thảo",
                        "Plan " + plan.id() + " must be created as a draft"));
            }
            Optional<Program> program = programOf(tx, plan);
            policy.check(
                    actor,
                    Action.EDIT_PLAN,
                    new Target(program, Optional.of(plan), Optional.empty(), Optional.empty()));
            plan.parentPlan().ifPresent(parent -> tx.plans().get(parent));
            Plan created = tx.plans().create(plan);
            audit(tx, actor, "create-plan", "plan", created.entityId(), null, created);
            return created;
        });
    }

    /** Edits a plan's text while it is not issued; after issue, items change only through adjustments. */
    public Plan updatePlan(Actor actor, Plan plan) {
        return store.inTransaction(tx -> {
            Plan before = tx.plans().get(plan.id());
            requireEditable(before);
            if (plan.status() != before.status()) {
                throw new IllegalStateTransitionException(Message.of(
                        "Dùng thao tác chuyển trạng thái để đổi trạng thái kế hoạch " + plan.id(),
                        "Use advancePlan to change the status of plan " + plan.id()));
            }
            policy.check(
                    actor,
                    Action.EDIT_PLAN,
                    new Target(programOf(tx, before), Optional.of(before), Optional.empty(), Optional.empty()));
            Plan updated = tx.plans().update(plan);
            audit(tx, actor, "update-plan", "plan", updated.entityId(), before, updated);
            return updated;
        });
    }

    /**
     * Moves a plan along draft → consultation → submitted → issued (or back to draft before issue).
     * Issuing needs the number and symbol it is issued under.
     */
    public Plan advancePlan(
            Actor actor, PlanId id, long expectedVersion, PlanStatus next, Optional<DocumentRef> document) {
        return store.inTransaction(tx -> {
            Plan before = tx.plans().get(id);
            checkVersion("plan", id.value(), before.version(), expectedVersion);
            if (!PlanLifecycle.allowed(before.status(), next)) {
                throw new IllegalStateTransitionException(Message.of(
                        "Kế hoạch " + id + " không thể chuyển từ \""
                                + before.status().vi() + "\" sang \"" + next.vi() + "\"",
                        "Plan " + id + " cannot move from " + before.status().en() + " to " + next.en()));
            }
            Action action = next == PlanStatus.ISSUED ? Action.ISSUE_PLAN : Action.EDIT_PLAN;
            policy.check(
                    actor,
                    action,
                    new Target(programOf(tx, before), Optional.of(before), Optional.empty(), Optional.empty()));
            Plan changed = before.withStatus(next);
            if (next == PlanStatus.ISSUED) {
                DocumentRef doc = document.or(before::document)
                        .orElseThrow(() -> new InvalidInputException(Message.of(
                                "Ban hành kế hoạch " + id + " cần số, ký hiệu văn bản (ví dụ 186/KH-UBND)",
                                "Issuing plan " + id + " needs its document number and symbol (e.g. 186/KH-UBND)")));
                changed = changed.withDocument(doc);
            }
            Plan updated = tx.plans().update(changed);
            audit(tx, actor, "plan-" + next.code(), "plan", id.value(), before, updated);
            return updated;
        });
    }

    // ---- items --------------------------------------------------------------------------------

    /** Registers an item in a plan's appendix while the plan is not issued. */
    public Item registerItem(Actor actor, Item item) {
        return store.inTransaction(tx -> {
            Plan plan = tx.plans().get(item.plan());
            requireEditable(plan);
            policy.check(
                    actor, Action.REGISTER_ITEM, Target.of(programOf(tx, plan).orElse(null), plan, item));
            for (Item other : tx.items().byPlan(plan.id())) {
                if (other.number() == item.number()) {
                    throw new DuplicateEntityException("item", plan.id() + " #" + item.number());
                }
            }
            for (ItemId prerequisite : item.prerequisites()) {
                tx.items().get(prerequisite);
            }
            Item created = tx.items().create(item.toBuilder().revision(1).build());
            audit(tx, actor, "register-item", "item", created.entityId(), null, created);
            return created;
        });
    }

    /** Edits an item of a plan that is not yet issued. */
    public Item updateItem(Actor actor, Item item) {
        return store.inTransaction(tx -> {
            Item before = tx.items().get(item.id());
            Plan plan = tx.plans().get(before.plan());
            requireEditable(plan);
            policy.check(
                    actor, Action.REGISTER_ITEM, Target.of(programOf(tx, plan).orElse(null), plan, before));
            Item updated = tx.items().update(item);
            audit(tx, actor, "update-item", "item", updated.entityId(), before, updated);
            return updated;
        });
    }

    /** Sets who leads, coordinates and answers for an item, and its resources. */
    public Item assign(Actor actor, ItemId id, long expectedVersion, Assignment assignment) {
        return store.inTransaction(tx -> {
            Item before = tx.items().get(id);
            checkVersion("item", id.value(), before.version(), expectedVersion);
            Plan plan = tx.plans().get(before.plan());
            policy.check(actor, Action.ASSIGN, Target.of(programOf(tx, plan).orElse(null), plan, before));
            Item updated =
                    tx.items().update(before.toBuilder().assignment(assignment).build());
            audit(tx, actor, "assign", "item", id.value(), before, updated);
            return updated;
        });
    }

    /**
     * Records an item's reported status. Done needs the completion date (today if not given);
     * overdue is never recorded, it is derived ({@link #stateOf(Item)}).
     */
    public Item recordProgress(
            Actor actor, ItemId id, long expectedVersion, ItemStatus status, Optional<LocalDate> completedOn) {
        return store.inTransaction(tx -> {
            Item before = tx.items().get(id);
            checkVersion("item", id.value(), before.version(), expectedVersion);
            Plan plan = tx.plans().get(before.plan());
            policy.check(
                    actor, Action.RECORD_PROGRESS, Target.of(programOf(tx, plan).orElse(null), plan, before));
            LocalDate today = today();
            Optional<LocalDate> done =
                    status == ItemStatus.DONE ? Optional.of(completedOn.orElse(today)) : Optional.empty();
            if (done.isPresent() && done.get().isAfter(today)) {
                throw new InvalidInputException(Message.of(
                        "Nhiệm vụ " + id + ": ngày hoàn thành " + done.get() + " ở tương lai",
                        "Item " + id + ": completion date " + done.get() + " is in the future"));
            }
            Item updated = tx.items()
                    .update(before.toBuilder()
                            .status(status)
                            .completedOn(done.orElse(null))
                            .build());
            audit(tx, actor, "record-progress", "item", id.value(), before, updated);
            return updated;
        });
    }

    /** Records (or replaces) an indicator value for a period. */
    public void recordMeasurement(Actor actor, Measurement measurement) {
        store.inTransaction(tx -> {
            Indicator indicator = tx.indicators().get(measurement.indicator());
            Program program = tx.programs().get(indicator.program());
            policy.check(actor, Action.RECORD_MEASUREMENT, Target.indicator(program, indicator));
            if (measurement.value().kind() != indicator.kind()) {
                throw new InvalidInputException(Message.of(
                        "Chỉ tiêu " + indicator.code() + " là loại \""
                                + indicator.kind().vi() + "\", không nhận giá trị loại \""
                                + measurement.value().kind().vi() + "\"",
                        "Indicator " + indicator.code() + " is of kind "
                                + indicator.kind().en() + " and takes no "
                                + measurement.value().kind().en() + " value"));
            }
            if (ReportService.isLocked(tx, program, measurement.period(), measurement.reportedBy())) {
                throw new IllegalStateTransitionException(Message.of(
                        "Kỳ " + measurement.period().code() + " của đơn vị " + measurement.reportedBy()
                                + " đã được duyệt và khóa số liệu; cần cơ quan thường trực mở lại",
                        "Period " + measurement.period().code() + " of unit " + measurement.reportedBy()
                                + " is approved and its data locked; the standing agency must reopen it"));
            }
            Optional<Measurement> before =
                    tx.measurements().find(measurement.indicator(), measurement.period(), measurement.reportedBy());
            tx.measurements().record(measurement);
            audit(tx, actor, "record-measurement", "measurement", measurement.key(), before.orElse(null), measurement);
            return null;
        });
    }

    // ---- adjustments ----------------------------------------------------------------------------

    /** Proposes a change to an item, with a reason ("đề xuất điều chỉnh"). Nothing changes until it is accepted. */
    public Adjustment proposeAdjustment(Actor actor, ItemId id, Item proposed, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException(Message.of(
                    "Đề xuất điều chỉnh nhiệm vụ " + id + " phải nêu lý do",
                    "A proposed adjustment of item " + id + " must give a reason"));
        }
        return store.inTransaction(tx -> {
            Item current = tx.items().get(id);
            Plan plan = tx.plans().get(current.plan());
            policy.check(
                    actor,
                    Action.PROPOSE_ADJUSTMENT,
                    Target.of(programOf(tx, plan).orElse(null), plan, current));
            if (!proposed.id().equals(id) || !proposed.plan().equals(current.plan())) {
                throw new InvalidInputException(Message.of(
                        "Đề xuất phải giữ nguyên mã nhiệm vụ " + id + " và kế hoạch " + current.plan(),
                        "The proposal must keep item id " + id + " and plan " + current.plan()));
            }
            Adjustment adjustment = new Adjustment(
                    AdjustmentId.of(UUID.randomUUID().toString()),
                    id,
                    current.revision(),
                    actor.unit(),
                    reason,
                    proposed,
                    AdjustmentStatus.PROPOSED,
                    clock.instant(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    0);
            Adjustment created = tx.adjustments().create(adjustment);
            audit(tx, actor, "propose-adjustment", "item", id.value(), null, created);
            return created;
        });
    }

    /**
     * Accepts a proposal: the item is re-registered as the next revision with the proposed content;
     * the old revision stays in its history. A proposal made against an older revision is a conflict.
     */
    public Item acceptAdjustment(Actor actor, AdjustmentId id, String note) {
        return store.inTransaction(tx -> {
            Adjustment adjustment = requireProposed(tx.adjustments().get(id));
            Item current = tx.items().get(adjustment.item());
            Plan plan = tx.plans().get(current.plan());
            policy.check(
                    actor,
                    Action.DECIDE_ADJUSTMENT,
                    Target.of(programOf(tx, plan).orElse(null), plan, current));
            if (current.revision() != adjustment.baseRevision()) {
                throw new VersionConflictException("item", current.entityId(), adjustment.baseRevision());
            }
            Item next = adjustment.proposed().toBuilder()
                    .revision(current.revision())
                    .version(current.version())
                    .build();
            Item reregistered = tx.items().reregister(next);
            tx.adjustments().update(adjustment.decided(AdjustmentStatus.ACCEPTED, actor.unit(), clock.instant(), note));
            audit(tx, actor, "accept-adjustment", "item", current.entityId(), current, reregistered);
            log.info("item {} re-registered as revision {} (adjustment {})", current.id(), reregistered.revision(), id);
            return reregistered;
        });
    }

    public Adjustment rejectAdjustment(Actor actor, AdjustmentId id, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException(Message.of(
                    "Không chấp thuận đề xuất " + id + " phải nêu lý do",
                    "Rejecting proposal " + id + " needs a reason"));
        }
        return store.inTransaction(tx -> {
            Adjustment adjustment = requireProposed(tx.adjustments().get(id));
            Item current = tx.items().get(adjustment.item());
            Plan plan = tx.plans().get(current.plan());
            policy.check(
                    actor,
                    Action.DECIDE_ADJUSTMENT,
                    Target.of(programOf(tx, plan).orElse(null), plan, current));
            Adjustment rejected = tx.adjustments()
                    .update(adjustment.decided(AdjustmentStatus.REJECTED, actor.unit(), clock.instant(), reason));
            audit(tx, actor, "reject-adjustment", "item", current.entityId(), adjustment, rejected);
            return rejected;
        });
    }

    // ---- queries --------------------------------------------------------------------------------

    public List<Item> itemsOfPlan(PlanId plan) {
        return store.items().byPlan(plan);
    }

    /** Items the unit leads or coordinates. */
    public List<Item> itemsOfUnit(UnitCode unit) {
        return store.items().byUnit(unit);
    }

    /** Items overdue as of a date. */
    public List<Item> overdue(LocalDate asOf) {
        return store.items().overdue(asOf);
    }

    /** Items overdue today, by the service's clock. */
    public List<Item> overdue() {
        return overdue(today());
    }

    public List<Item> contributingTo(IndicatorCode indicator) {
        return store.items().contributingTo(indicator);
    }

    /** Every registered revision of an item, oldest first. */
    public List<Item> history(ItemId item) {
        return store.items().history(item);
    }

    public List<AuditEntry> auditTrail(String entityType, String entityId) {
        return store.audit().forEntity(entityType, entityId);
    }

    /** The item's effective state today. */
    public ProgressState stateOf(Item item) {
        return item.stateOn(today());
    }

    // ---- helpers --------------------------------------------------------------------------------

    private static Optional<Program> programOf(PortfolioStore tx, Plan plan) {
        return tx.plans().programOf(plan).flatMap(tx.programs()::find);
    }

    private static void requireEditable(Plan plan) {
        if (plan.status() == PlanStatus.ISSUED) {
            throw new IllegalStateTransitionException(Message.of(
                    "Kế hoạch " + plan.id() + " đã ban hành: mọi thay đổi nhiệm vụ phải qua đề xuất điều chỉnh",
                    "Plan " + plan.id() + " is issued: items change only through a proposed adjustment"));
        }
    }

    private static Adjustment requireProposed(Adjustment adjustment) {
        if (adjustment.status() != AdjustmentStatus.PROPOSED) {
            throw new IllegalStateTransitionException(Message.of(
                    "Đề xuất " + adjustment.id() + " đã được quyết định ("
                            + adjustment.status().vi() + ")",
                    "Proposal " + adjustment.id() + " was already decided ("
                            + adjustment.status().en() + ")"));
        }
        return adjustment;
    }

    private static void checkVersion(String type, String id, long actual, long expected) {
        if (actual != expected) {
            throw new VersionConflictException(type, id, expected);
        }
    }

    private void audit(
            PortfolioStore tx, Actor actor, String action, String type, String id, Object before, Object after) {
        tx.audit()
                .append(new AuditEntry(0, clock.instant(), actor, action, type, id, RecordDiff.changes(before, after)));
    }
}
