package org.civicplan.core.spi;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.civicplan.core.model.Plan;
import org.civicplan.core.model.PlanId;
import org.civicplan.core.model.ProgramId;

public interface PlanRepository extends EntityRepository<PlanId, Plan> {
    /** Plans implementing the program, directly. */
    List<Plan> byProgram(ProgramId program);

    /** Plans cascading from the plan (unit plans of the city plan). */
    List<Plan> children(PlanId parent);

    /**
     * The program a plan implements: its own, or that of the nearest plan it cascades from. The plan
     * itself need not be stored yet; its parents are read from this repository.
     */
    default Optional<ProgramId> programOf(Plan plan) {
        Set<PlanId> seen = new HashSet<>();
        Optional<Plan> current = Optional.of(plan);
        while (current.isPresent() && seen.add(current.get().id())) {
            if (current.get().program().isPresent()) {
                return current.get().program();
            }
            current = current.get().parentPlan().flatMap(this::find);
        }
        return Optional.empty();
    }
}
