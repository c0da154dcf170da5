package org.civicplan.core.spi;

import java.util.Optional;
import org.civicplan.core.AccessDeniedException;
import org.civicplan.core.model.Actor;
import org.civicplan.core.model.Indicator;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.Plan;
import org.civicplan.core.model.Program;

/**
 * Who may change what. The services ask before every write and change nothing when refused.
 * Replace it to plug in a city system's own rules.
 */
public interface AccessPolicy {
    /**
     * Throws {@link AccessDeniedException} when {@code actor} may not perform {@code action} on the
     * target; the context gives what is known about it (program, plan, item, indicator).
     */
    void check(Actor actor, Action action, Target target);

    /** What an action is about. Any part may be absent. */
    record Target(Optional<Program> program, Optional<Plan> plan, Optional<Item> item, Optional<Indicator> indicator) {
        public static final Target NONE =
                new Target(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

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
