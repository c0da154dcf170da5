package org.civicplan.validation.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.civicplan.core.model.Assignment;
import org.civicplan.core.model.Indicator;
import org.civicplan.core.model.IndicatorCode;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.ItemId;
import org.civicplan.core.model.OrgUnit;
import org.civicplan.core.model.Plan;
import org.civicplan.core.model.PlanId;
import org.civicplan.core.model.Portfolio;
import org.civicplan.core.model.Program;
import org.civicplan.core.model.ProgramId;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.spi.PortfolioStore;

/**
 * What checking one plan needs, read from a store without its whole portfolio: the plan, the plans
 * it cascades from (up to its program) and those cascading from it, that program, the plan's
 * items and the items they need first (transitively: a dependency cycle through the plan may pass
 * through other plans), the units those items name and the indicators the plan's items link.
 *
 * <p>As a {@link Portfolio}, it gives the clarity check the same context as the whole portfolio
 * for every rule whose finding concerns the plan: units, program period, prerequisites, linked
 * indicators, duplicate numbers in the plan, cycles through its items, the unit plans cascading
 * from it. Reads by key and by plan only; never {@link PortfolioStore#snapshot()}.
 *
 * @param portfolio the slice as a portfolio (no measurements, reports or adjustments: no rule reads
 *     them)
 * @param items the plan's items, in appendix order
 * @param indicators the indicators the plan's items link, in the order first linked
 */
public record PlanSlice(Portfolio portfolio, List<Item> items, List<Indicator> indicators) {
    public PlanSlice {
        items = List.copyOf(items);
        indicators = List.copyOf(indicators);
    }

    /**
     * Reads the slice of {@code planId}.
     *
     * @throws org.civicplan.core.NoSuchEntityException when the store has no such plan
     */
    public static PlanSlice read(PortfolioStore store, PlanId planId) {
        Plan plan = store.plans().get(planId);
        Map<PlanId, Plan> plans = new LinkedHashMap<>();
        plans.put(plan.id(), plan);
        // up to the program: the program period of the plan's items comes from the nearest plan that names one
        Optional<ProgramId> program = Optional.empty();
        Plan current = plan;
        while (true) {
            if (current.program().isPresent()) {
                program = current.program();
                break;
            }
            Optional<Plan> parent = current.parentPlan().flatMap(store.plans()::find);
            if (parent.isEmpty() || plans.containsKey(parent.get().id())) {
                break;
            }
            current = parent.get();
            plans.put(current.id(), current);
        }
        // down one level: who has issued a plan cascading from it
        for (Plan child : store.plans().children(planId)) {
            plans.putIfAbsent(child.id(), child);
        }
        List<Program> programs =
                program.flatMap(store.programs()::find).map(List::of).orElse(List.of());

        List<Item> items = store.items().byPlan(planId);
        List<Item> all = new ArrayList<>(items);
        Set<ItemId> read = new HashSet<>();
        items.forEach(i -> read.add(i.id()));
        Deque<ItemId> needed = new ArrayDeque<>();
        items.forEach(i -> needed.addAll(i.prerequisites()));
        while (!needed.isEmpty()) {
            ItemId id = needed.removeFirst();
            if (read.add(id)) {
                store.items().find(id).ifPresent(prerequisite -> {
                    all.add(prerequisite);
                    needed.addAll(prerequisite.prerequisites());
                });
            }
        }

        Map<UnitCode, OrgUnit> units = new LinkedHashMap<>();
        Set<IndicatorCode> linked = new LinkedHashSet<>();
        for (Item item : items) {
            Assignment a = item.assignment();
            List<UnitCode> named = new ArrayList<>(a.leadUnits());
            named.addAll(a.coordinatingUnits());
            a.reportingUnit().ifPresent(named::add);
            for (UnitCode code : named) {
                if (!units.containsKey(code)) {
                    store.units().find(code).ifPresent(unit -> units.put(code, unit));
                }
            }
            linked.addAll(item.indicators());
        }
        // the issuer (who may task whom) and the units above each named unit (whom a cascade is owed by)
        List<UnitCode> above = new ArrayList<>();
        above.add(plan.issuer());
        units.values().forEach(u -> u.parent().ifPresent(above::add));
        for (int i = 0; i < above.size(); i++) {
            UnitCode code = above.get(i);
            if (!units.containsKey(code)) {
                store.units().find(code).ifPresent(unit -> {
                    units.put(code, unit);
                    unit.parent().ifPresent(above::add);
                });
            }
        }
        List<Indicator> indicators = new ArrayList<>();
        for (IndicatorCode code : linked) {
            store.indicators().find(code).ifPresent(indicators::add);
        }

        Portfolio portfolio = new Portfolio(
                store.portfolio(),
                store.portfolio().value(),
                List.copyOf(units.values()),
                programs,
                List.copyOf(plans.values()),
                all,
                indicators,
                List.of(),
                List.of(),
                List.of());
        return new PlanSlice(portfolio, items, indicators);
    }
}
