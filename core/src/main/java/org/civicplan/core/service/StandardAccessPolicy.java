package org.civicplan.core.service;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import org.civicplan.core.AccessDeniedException;
import org.civicplan.core.Message;
import org.civicplan.core.model.Actor;
import org.civicplan.core.model.Program;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.spi.AccessPolicy;
import org.civicplan.core.spi.Action;

/**
 * The rules of the program's working regulation, as the briefing describes them:
 *
 * <ul>
 *   <li>the steering committee's standing agency (here the Department of Science and Technology)
 *       may do everything on its program: it approves reports, locks periods, accepts adjustments
 *       and issues plans;
 *   <li>a plan's issuer may edit its plan and register and assign its items while it is a draft,
 *       and issue it when it is a unit's own (cascaded) plan;
 *   <li>a unit may report progress and propose adjustments only on items it leads, coordinates or
 *       reports on, and record values only for indicators it reports, always under its own name
 *       (a target's {@link Target#unit()} must be the actor's unit);
 *   <li>the directory (units, programs, indicators) is managed by the configured administrators
 *       and, for its own program, the standing agency.
 * </ul>
 */
public final class StandardAccessPolicy implements AccessPolicy {
    private final Set<UnitCode> administrators;

    @Inject
    public StandardAccessPolicy() {
        this(Set.of());
    }

    public StandardAccessPolicy(Set<UnitCode> administrators) {
        this.administrators = Set.copyOf(requireNonNull(administrators, "administrators is null"));
    }

    @Override
    public void check(Actor actor, Action action, Target target) {
        if (!allowed(actor.unit(), action, target)) {
            throw new AccessDeniedException(Message.of(
                    "Đơn vị \"" + actor.unit() + "\" (" + actor.user() + ") không có quyền: " + action.vi()
                            + describeVi(target),
                    "Unit \"" + actor.unit() + "\" (" + actor.user() + ") may not: " + action.en()
                            + describeEn(target)));
        }
    }

    private boolean allowed(UnitCode unit, Action action, Target target) {
        if (administrators.contains(unit)) {
            return true;
        }
        Optional<UnitCode> standing = target.program().flatMap(Program::standingAgency);
        if (standing.isPresent() && standing.get().equals(unit)) {
            return true;
        }
        return switch (action) {
            case MANAGE_DIRECTORY ->
                target.program().map(p -> p.issuer().equals(unit)).orElse(false);
            case EDIT_PLAN, REGISTER_ITEM, ASSIGN ->
                target.plan().map(p -> p.issuer().equals(unit)).orElse(false);
            case ISSUE_PLAN ->
                target.plan()
                        .map(p -> p.parentPlan().isPresent() && p.issuer().equals(unit))
                        .orElse(false);
            case PROPOSE_ADJUSTMENT, SUBMIT_REPORT ->
                ownName(unit, target)
                        && target.item()
                                .map(i -> i.assignment().involves(unit)
                                        || i.assignment()
                                                .reportingUnit()
                                                .map(unit::equals)
                                                .orElse(false))
                                .orElse(false);
            case RECORD_MEASUREMENT ->
                ownName(unit, target)
                        && target.indicator()
                                .flatMap(i -> i.reportingUnit())
                                .map(unit::equals)
                                .orElse(false);
            // an item's status moves by an approved report or by the standing agency's decision
            // (ItemStates): a unit reports, it does not set its own items' status
            case RECORD_PROGRESS, DECIDE_ADJUSTMENT, APPROVE_REPORT, REOPEN_PERIOD -> false;
        };
    }

    /** The data is kept under the actor's own unit, or under no unit of its own. */
    private static boolean ownName(UnitCode unit, Target target) {
        return target.unit().map(unit::equals).orElse(true);
    }

    private static String describeVi(Target target) {
        return target.item()
                        .map(i -> " (nhiệm vụ " + i.id() + ")")
                        .or(() -> target.indicator().map(i -> " (chỉ tiêu " + i.code() + ")"))
                        .or(() -> target.plan().map(p -> " (kế hoạch " + p.id() + ")"))
                        .or(() -> target.program().map(p -> " (chương trình " + p.id() + ")"))
                        .orElse("")
                + target.unit().map(u -> " dưới tên đơn vị " + u).orElse("");
    }

    private static String describeEn(Target target) {
        return target.item()
                        .map(i -> " (item " + i.id() + ")")
                        .or(() -> target.indicator().map(i -> " (indicator " + i.code() + ")"))
                        .or(() -> target.plan().map(p -> " (plan " + p.id() + ")"))
                        .or(() -> target.program().map(p -> " (program " + p.id() + ")"))
                        .orElse("")
                + target.unit().map(u -> " under the name of unit " + u).orElse("");
    }
}
