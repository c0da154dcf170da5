package org.civicplan.core.spi;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.civicplan.core.AccessDeniedException;
import org.civicplan.core.model.Actor;
import org.civicplan.core.model.Indicator;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.Plan;
import org.civicplan.core.model.Program;
import org.civicplan.core.model.UnitCode;

/**
 * Who may change what. The services ask before every write and change nothing when refused.
 * Replace it to plug in a city system's own rules.
 *
 * <p>A write that replaces a stored record is asked about twice: once with the record as stored
 * (may the actor touch it?) and once with the record as it would be after the write (could the
 * actor have created it that way?). So a policy judges the result, not only the starting point:
 * a unit that may edit its own draft plan may not hand it to another issuer, and a unit may not
 * record data under another unit's name ({@link Target#unit()}).
 */
public interface AccessPolicy {
    /**
     * Throws {@link AccessDeniedException} when {@code actor} may not perform {@code action} on the
     * target; the context gives what is known about it (program, plan, item, indicator).
     */
    void check(Actor actor, Action action, Target target);

    /**
     * What an action is about. Any part may be absent.
     *
     * @param unit the unit the data is kept under, when it is not the item's or indicator's own: a
     *     report's unit, a measurement's reporting unit
     */
    record Target(
            Optional<Program> program,
            Optional<Plan> plan,
            Optional<Item> item,
            Optional<Indicator> indicator,
            Optional<UnitCode> unit) {
        public static final Target NONE =
                new Target(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

        public Target {
            requireNonNull(program, "program is null");
            requireNonNull(plan, "plan is null");
            requireNonNull(item, "item is null");
            requireNonNull(indicator, "indicator is null");
            requireNonNull(unit, "unit is null");
        }

        /** A target with no unit of its own. */
        public Target(
                Optional<Program> program, Optional<Plan> plan, Optional<Item> item, Optional<Indicator> indicator) {
            this(program, plan, item, indicator, Optional.empty());
        }

        /** The same target, the data kept under {@code owner}. */
        public Target withUnit(UnitCode owner) {
            return new Target(program, plan, item, indicator, Optional.of(owner));
        }

        public static Target of(Program program, Plan plan, Item item) {
            return new Target(
                    Optional.ofNullable(program),
                    Optional.ofNullable(plan),
                    Optional.ofNullable(item),
                    Optional.empty());
        }

        public static Target indicator(Program program, Indicator indicator) {
            return new Target(Optional.ofNullable(program), Optional.empty(), Optional.empty(), Optional.of(indicator));
        }
    }

    /** Allows everything: for tests and single-user tools. */
    static AccessPolicy permitAll() {
        return (actor, action, target) -> {};
    }
}
