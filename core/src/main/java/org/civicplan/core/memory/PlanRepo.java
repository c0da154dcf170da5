package org.civicplan.core.memory;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.civicplan.core.model.Plan;
import org.civicplan.core.model.PlanId;
import org.civicplan.core.model.ProgramId;
import org.civicplan.core.spi.PlanRepository;

/** Plans in memory, found by program or parent plan in id order. */
final class PlanRepo extends EntityRepo<PlanId, Plan> implements PlanRepository {
    PlanRepo(StoreLock lock, MemoryState state) {
        super(lock, state, "plan");
    }

    @Override
    Map<PlanId, Plan> map() {
        return state.plans;
    }

    @Override
    PlanId key(Plan value) {
        return value.id();
    }

    @Override
    public List<Plan> byProgram(ProgramId program) {
        return where(p -> p.program().map(program::equals).orElse(false), Comparator.comparing(Plan::id));
    }

    @Override
    public List<Plan> children(PlanId parent) {
        return where(p -> p.parentPlan().map(parent::equals).orElse(false), Comparator.comparing(Plan::id));
    }
}
