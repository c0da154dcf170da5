package org.civicplan.validation.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import org.civicplan.core.period.Period;

/**
 * What the context rules look things up in, built once per check: every map is keyed by id, so each
 * look-up is constant time and a check is linear in the portfolio's size. Duplicates keep the first
 * occurrence (the duplicate itself is a finding, not an exception).
 */
public final class CheckContext {
    final Map<UnitCode, OrgUnit> units = new HashMap<>();
    final Map<PlanId, Plan> plans = new HashMap<>();
    final Map<ProgramId, Program> programs = new HashMap<>();
    final Map<ItemId, Item> items = new HashMap<>();
    final Set<IndicatorCode> indicators = new HashSet<>();
    private final Map<PlanId, Optional<Period>> periods = new HashMap<>();

    public CheckContext(Portfolio portfolio) {
        for (OrgUnit unit : portfolio.units()) {
            units.putIfAbsent(unit.code(), unit);
        }
        for (Program program : portfolio.programs()) {
            programs.putIfAbsent(program.id(), program);
        }
        for (Plan plan : portfolio.plans()) {
            plans.putIfAbsent(plan.id(), plan);
        }
        for (Item item : portfolio.items()) {
            items.putIfAbsent(item.id(), item);
        }
        for (Indicator indicator : portfolio.indicators()) {
            indicators.add(indicator.code());
        }
    }

    /**
     * The period of the program a plan implements, directly or through its parent plans; empty when
     * the chain reaches no program (or loops, which the data model cannot rule out across plans).
     */
    public Optional<Period> programPeriod(PlanId planId) {
        Optional<Period> known = periods.get(planId);
        if (known != null) {
            return known;
        }
        Set<PlanId> seen = new HashSet<>();
        Optional<Period> result = Optional.empty();
        PlanId current = planId;
        while (current != null && seen.add(current)) {
            Optional<Period> cached = periods.get(current);
            if (cached != null) {
                result = cached;
                break;
            }
            Plan plan = plans.get(current);
            if (plan == null) {
                break;
            }
            if (plan.program().isPresent()) {
                result = Optional.ofNullable(programs.get(plan.program().get())).map(Program::period);
                break;
            }
            current = plan.parentPlan().orElse(null);
        }
        for (PlanId id : seen) {
            periods.put(id, result);
        }
        return result;
    }

    public Optional<OrgUnit> unit(UnitCode code) {
        return Optional.ofNullable(units.get(code));
    }

    public Optional<Item> item(ItemId id) {
        return Optional.ofNullable(items.get(id));
    }

    public boolean hasIndicator(IndicatorCode code) {
        return indicators.contains(code);
    }

    public List<Program> programs() {
        return List.copyOf(programs.values());
    }
}
