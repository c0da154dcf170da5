package org.civicplan.core.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.Plan;
import org.civicplan.core.model.PlanId;
import org.civicplan.core.model.ProgramId;
import org.civicplan.core.spi.PortfolioStore;

/**
 * The items a program's review covers: those of the program's own plans and of the plans cascading
 * from them. Shared by the reference review queries, the reporting-compliance check, the review
 * service and the exporters, so that all of them walk the plans the same way.
 */
public final class ProgramItems {
    private ProgramItems() {}

    /**
     * Items of the program's plans and of the plans cascading from them, in plan then appendix
     * order: plans breadth-first from the program's own (each level in the repository's order),
     * each plan's items by number.
     */
    public static List<Item> of(PortfolioStore store, ProgramId program) {
        Map<PlanId, Plan> plans = new LinkedHashMap<>();
        List<Plan> frontier = new ArrayList<>(store.plans().byProgram(program));
        while (!frontier.isEmpty()) {
            Plan plan = frontier.remove(0);
            if (plans.putIfAbsent(plan.id(), plan) == null) {
                frontier.addAll(store.plans().children(plan.id()));
            }
        }
        List<Item> items = new ArrayList<>();
        for (PlanId plan : plans.keySet()) {
            items.addAll(store.items().byPlan(plan));
        }
        return items;
    }
}
