package org.civicplan.core.spi;

import java.util.List;
import org.civicplan.core.model.Plan;
import org.civicplan.core.model.PlanId;
import org.civicplan.core.model.ProgramId;

public interface PlanRepository extends EntityRepository<PlanId, Plan> {
    /** Plans implementing the program, directly. */
    List<Plan> byProgram(ProgramId program);

    /** Plans cascading from the plan (unit plans of the city plan). */
    List<Plan> children(PlanId parent);
}
