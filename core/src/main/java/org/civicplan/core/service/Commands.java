package org.civicplan.core.service;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.civicplan.core.CivicTime;
import org.civicplan.core.IllegalStateTransitionException;
import org.civicplan.core.InvalidInputException;
import org.civicplan.core.Message;
import org.civicplan.core.VersionConflictException;
import org.civicplan.core.internal.RecordDiff;
import org.civicplan.core.model.Actor;
import org.civicplan.core.model.AuditEntry;
import org.civicplan.core.model.Plan;
import org.civicplan.core.model.PlanStatus;
import org.civicplan.core.model.Program;
import org.civicplan.core.spi.AccessPolicy;
import org.civicplan.core.spi.AccessPolicy.Target;
import org.civicplan.core.spi.Action;
import org.civicplan.core.spi.PortfolioStore;
import org.civicplan.core.text.VisibleText;

/**
 * What the write use cases of {@link PlanService} share: the store, the access policy, the clock,
 * the audit entry every write appends, and the checks several of them make (a plan still editable,
 * the version a caller read, the program a plan implements).
 */
abstract class Commands {
    final PortfolioStore store;
    final AccessPolicy policy;
    final Clock clock;

    Commands(PortfolioStore store, AccessPolicy policy, Clock clock) {
        this.store = requireNonNull(store, "store is null");
        this.policy = requireNonNull(policy, "policy is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    LocalDate today() {
        return CivicTime.today(clock);
    }

    static Optional<Program> programOf(PortfolioStore tx, Plan plan) {
        return tx.plans().programOf(plan).flatMap(tx.programs()::find);
    }

    static void requireEditable(Plan plan) {
        if (plan.status() == PlanStatus.ISSUED) {
            throw new IllegalStateTransitionException(Message.of(
                    "Kế hoạch " + plan.id() + " đã ban hành: mọi thay đổi nhiệm vụ phải qua đề xuất điều chỉnh",
                    "Plan " + plan.id() + " is issued: items change only through a proposed adjustment"));
        }
    }

    /**
     * Asks the policy about the record as stored and, when the write changes it, about the record as
     * it will be: the actor must be allowed both to touch what is there and to have created the
     * result (issue 19: accepted values were not judged, so a plan could be handed to another
     * issuer and a report to another unit).
     */
    void checkBeforeAndAfter(Actor actor, Action action, Target before, Target after) {
        policy.check(actor, action, before);
        if (!after.equals(before)) {
            policy.check(actor, action, after);
        }
    }

    /** A reason or note that says something visible; a zero-width space is no reason. */
    static String requireReason(String reason, Message missing) {
        if (!VisibleText.hasText(reason)) {
            throw new InvalidInputException(missing);
        }
        return reason;
    }

    static void checkVersion(String type, String id, long actual, long expected) {
        if (actual != expected) {
            throw new VersionConflictException(type, id, expected);
        }
    }

    void audit(PortfolioStore tx, Actor actor, String action, String type, String id, Object before, Object after) {
        tx.audit()
                .append(new AuditEntry(0, clock.instant(), actor, action, type, id, RecordDiff.changes(before, after)));
    }
}
