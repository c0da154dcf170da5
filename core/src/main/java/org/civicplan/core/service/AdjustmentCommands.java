package org.civicplan.core.service;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.civicplan.core.IllegalStateTransitionException;
import org.civicplan.core.InvalidInputException;
import org.civicplan.core.Message;
import org.civicplan.core.VersionConflictException;
import org.civicplan.core.model.Actor;
import org.civicplan.core.model.Adjustment;
import org.civicplan.core.model.AdjustmentId;
import org.civicplan.core.model.AdjustmentStatus;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.ItemId;
import org.civicplan.core.model.Plan;
import org.civicplan.core.spi.AccessPolicy;
import org.civicplan.core.spi.AccessPolicy.Target;
import org.civicplan.core.spi.Action;
import org.civicplan.core.spi.PortfolioStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The adjustment use cases of {@link PlanService}: propose a change to an item of an issued plan
 * ("đề xuất điều chỉnh"), accept it (the item is re-registered) or reject it.
 */
final class AdjustmentCommands extends Commands {
    // logged under PlanService's name, as before the use cases had classes of their own
    private static final Logger log = LoggerFactory.getLogger(PlanService.class);

    AdjustmentCommands(PortfolioStore store, AccessPolicy policy, Clock clock) {
        super(store, policy, clock);
    }

    Adjustment proposeAdjustment(Actor actor, ItemId id, Item proposed, String reason) {
        requireReason(
                reason,
                Message.of(
                        "Đề xuất điều chỉnh nhiệm vụ " + id + " phải nêu lý do bằng chữ đọc được",
                        "A proposed adjustment of item " + id + " must give a reason in readable text"));
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

    Item acceptAdjustment(Actor actor, AdjustmentId id, String note) {
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

    Adjustment rejectAdjustment(Actor actor, AdjustmentId id, String reason) {
        requireReason(
                reason,
                Message.of(
                        "Không chấp thuận đề xuất " + id + " phải nêu lý do bằng chữ đọc được",
                        "Rejecting proposal " + id + " needs a reason in readable text"));
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
}
