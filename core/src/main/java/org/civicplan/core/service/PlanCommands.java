package org.civicplan.core.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.civicplan.core.DuplicateEntityException;
import org.civicplan.core.IllegalStateTransitionException;
import org.civicplan.core.InvalidInputException;
import org.civicplan.core.Message;
import org.civicplan.core.NoSuchEntityException;
import org.civicplan.core.docref.DocumentRef;
import org.civicplan.core.model.Actor;
import org.civicplan.core.model.Assignment;
import org.civicplan.core.model.Indicator;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.ItemId;
import org.civicplan.core.model.ItemStatus;
import org.civicplan.core.model.Measurement;
import org.civicplan.core.model.Plan;
import org.civicplan.core.model.PlanId;
import org.civicplan.core.model.PlanStatus;
import org.civicplan.core.model.Program;
import org.civicplan.core.model.ProgressReport;
import org.civicplan.core.spi.AccessPolicy;
import org.civicplan.core.spi.AccessPolicy.Target;
import org.civicplan.core.spi.Action;
import org.civicplan.core.spi.PortfolioStore;
import org.civicplan.core.spi.References;

/**
 * The plan and item use cases of {@link PlanService}: draft, edit and issue plans; register, edit
 * and assign items while their plan is not issued; record progress and indicator values.
 *
 * <p>A write that replaces a record is judged on the record as stored and as it will be ({@link
 * #checkBeforeAndAfter}): who issues a plan and what it cascades from, which plan an item is in,
 * under which unit a value is recorded cannot be changed by someone who could not create them so.
 */
final class PlanCommands extends Commands {
    PlanCommands(PortfolioStore store, AccessPolicy policy, Clock clock) {
        super(store, policy, clock);
    }

    Plan createPlan(Actor actor, Plan plan) {
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
            requireParent(tx, plan);
            Plan created = tx.plans().create(plan);
            audit(tx, actor, "create-plan", "plan", created.entityId(), null, created);
            return created;
        });
    }

    Plan updatePlan(Actor actor, Plan plan) {
        return store.inTransaction(tx -> {
            Plan before = tx.plans().get(plan.id());
            requireEditable(before);
            if (plan.status() != before.status()) {
                throw new IllegalStateTransitionException(Message.of(
                        "Dùng thao tác chuyển trạng thái để đổi trạng thái kế hoạch " + plan.id(),
                        "Use advancePlan to change the status of plan " + plan.id()));
            }
            requireParent(tx, plan);
            checkBeforeAndAfter(
                    actor,
                    Action.EDIT_PLAN,
                    new Target(programOf(tx, before), Optional.of(before), Optional.empty(), Optional.empty()),
                    new Target(programOf(tx, plan), Optional.of(plan), Optional.empty(), Optional.empty()));
            Plan updated = tx.plans().update(plan);
            audit(tx, actor, "update-plan", "plan", updated.entityId(), before, updated);
            return updated;
        });
    }

    Plan advancePlan(Actor actor, PlanId id, long expectedVersion, PlanStatus next, Optional<DocumentRef> document) {
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

    Item registerItem(Actor actor, Item item) {
        return store.inTransaction(tx -> {
            // the same check every store runs, before anything else, so the error names the field
            References.check(item, References.in(tx));
            Plan plan = tx.plans().get(item.plan());
            requireEditable(plan);
            policy.check(
                    actor, Action.REGISTER_ITEM, Target.of(programOf(tx, plan).orElse(null), plan, item));
            for (Item other : tx.items().byPlan(plan.id())) {
                if (other.number() == item.number()) {
                    throw new DuplicateEntityException("item", plan.id() + " #" + item.number());
                }
            }
            Item created = tx.items().create(item.toBuilder().revision(1).build());
            audit(tx, actor, "register-item", "item", created.entityId(), null, created);
            return created;
        });
    }

    Item updateItem(Actor actor, Item item) {
        return store.inTransaction(tx -> {
            Item before = tx.items().get(item.id());
            Plan plan = tx.plans().get(before.plan());
            requireEditable(plan);
            if (!item.plan().equals(before.plan())) {
                throw new InvalidInputException(Message.of(
                        "Nhiệm vụ " + item.id() + " thuộc kế hoạch " + before.plan()
                                + "; không chuyển sang kế hoạch " + item.plan()
                                + " bằng thao tác sửa: hãy đăng ký nhiệm vụ trong kế hoạch đó",
                        "Item " + item.id() + " belongs to plan " + before.plan()
                                + "; an edit cannot move it to plan " + item.plan()
                                + ": register it in that plan instead"));
            }
            Program program = programOf(tx, plan).orElse(null);
            checkBeforeAndAfter(
                    actor, Action.REGISTER_ITEM, Target.of(program, plan, before), Target.of(program, plan, item));
            if (item.number() != before.number()) {
                for (Item other : tx.items().byPlan(plan.id())) {
                    if (other.number() == item.number() && !other.id().equals(item.id())) {
                        throw new DuplicateEntityException("item", plan.id() + " #" + item.number());
                    }
                }
            }
            for (ItemId prerequisite : item.prerequisites()) {
                tx.items().get(prerequisite);
            }
            // the revision counts accepted adjustments: an edit keeps it
            Item updated = tx.items()
                    .update(item.toBuilder().revision(before.revision()).build());
            audit(tx, actor, "update-item", "item", updated.entityId(), before, updated);
            return updated;
        });
    }

    Item assign(Actor actor, ItemId id, long expectedVersion, Assignment assignment) {
        return store.inTransaction(tx -> {
            Item before = tx.items().get(id);
            checkVersion("item", id.value(), before.version(), expectedVersion);
            Plan plan = tx.plans().get(before.plan());
            // assignment is part of the plan: once issued, it changes only through an adjustment
            requireEditable(plan);
            Item after = before.toBuilder().assignment(assignment).build();
            Program program = programOf(tx, plan).orElse(null);
            checkBeforeAndAfter(
                    actor, Action.ASSIGN, Target.of(program, plan, before), Target.of(program, plan, after));
            Item updated = tx.items().update(after);
            audit(tx, actor, "assign", "item", id.value(), before, updated);
            return updated;
        });
    }

    Item recordProgress(
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

    /** The plan's parent exists and the plan does not cascade from itself. */
    private static void requireParent(PortfolioStore tx, Plan plan) {
        Optional<PlanId> parent = plan.parentPlan();
        java.util.Set<PlanId> seen = new java.util.HashSet<>();
        seen.add(plan.id());
        while (parent.isPresent()) {
            if (!seen.add(parent.get())) {
                throw new InvalidInputException(Message.of(
                        "Kế hoạch " + plan.id() + " không thể triển khai từ chính nó (kế hoạch cấp trên "
                                + plan.parentPlan().get() + " dẫn vòng lại)",
                        "Plan " + plan.id() + " cannot cascade from itself (its parent "
                                + plan.parentPlan().get() + " leads back to it)"));
            }
            parent = tx.plans().get(parent.get()).parentPlan();
        }
    }

    void recordMeasurement(Actor actor, Measurement measurement) {
        store.inTransaction(tx -> {
            Indicator indicator = tx.indicators().get(measurement.indicator());
            Program program = tx.programs().get(indicator.program());
            // recorded under the actor's own unit (the policy decides who may record for another),
            // and only under a unit the directory knows
            policy.check(
                    actor,
                    Action.RECORD_MEASUREMENT,
                    Target.indicator(program, indicator).withUnit(measurement.reportedBy()));
            tx.units()
                    .find(measurement.reportedBy())
                    .orElseThrow(() -> new NoSuchEntityException(
                            "unit", measurement.reportedBy().value()));
            if (measurement.value().kind() != indicator.kind()) {
                throw new InvalidInputException(Message.of(
                        "Chỉ tiêu " + indicator.code() + " là loại \""
                                + indicator.kind().vi() + "\", không nhận giá trị loại \""
                                + measurement.value().kind().vi() + "\"",
                        "Indicator " + indicator.code() + " is of kind "
                                + indicator.kind().en() + " and takes no "
                                + measurement.value().kind().en() + " value"));
            }
            Optional<ProgressReport> lock =
                    ReportService.lockedBy(tx, program, measurement.period(), measurement.reportedBy());
            if (lock.isPresent()) {
                throw new IllegalStateTransitionException(Message.of(
                        "Kỳ " + measurement.period().code() + " của đơn vị " + measurement.reportedBy()
                                + " nằm trong kỳ " + lock.get().period().code() + " (báo cáo "
                                + lock.get().id() + ") đã được duyệt và khóa số liệu; cần cơ quan thường trực mở lại",
                        "Period " + measurement.period().code() + " of unit " + measurement.reportedBy()
                                + " falls in " + lock.get().period().code() + " (report "
                                + lock.get().id()
                                + "), approved and its data locked; the standing agency must reopen it"));
            }
            Optional<Measurement> before =
                    tx.measurements().find(measurement.indicator(), measurement.period(), measurement.reportedBy());
            tx.measurements().record(measurement);
            audit(tx, actor, "record-measurement", "measurement", measurement.key(), before.orElse(null), measurement);
            return null;
        });
    }
}
