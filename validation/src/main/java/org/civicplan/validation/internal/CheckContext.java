package org.civicplan.validation.internal;

import java.util.ArrayList;
import java.util.BitSet;
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
 * occurrence (the duplicate itself is a finding, not an exception). One pass over the items serves
 * the context rules and the portfolio rules (duplicate ids, cycles, indicator coverage). Built
 * completely by the constructor and only read afterwards, so threads may share it once it has been
 * safely handed over.
 */
public final class CheckContext {
    final Map<UnitCode, OrgUnit> units = new HashMap<>();
    final Map<PlanId, Plan> plans = new HashMap<>();
    final Map<ProgramId, Program> programs = new HashMap<>();
    /** Item id to its position in {@link #distinctItems}. */
    final Map<ItemId, Integer> itemIndex;
    /** The items of the portfolio without those whose id an earlier item has, in order. */
    final List<Item> distinctItems;
    /** Positions in the portfolio's item list whose id an earlier item already has. */
    final BitSet repeatedIds = new BitSet();
    /** Every indicator some item contributes to. */
    final Set<IndicatorCode> coveredIndicators = new HashSet<>();

    final Set<IndicatorCode> indicators = new HashSet<>();
    /** Every known plan's program period, worked out up front so that look-ups never write. */
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
        for (PlanId plan : plans.keySet()) {
            findProgramPeriod(plan);
        }
        List<Item> all = portfolio.items();
        itemIndex = new HashMap<>(all.size() * 4 / 3 + 1);
        distinctItems = new ArrayList<>(all.size());
        for (int i = 0; i < all.size(); i++) {
            Item item = all.get(i);
            if (itemIndex.putIfAbsent(item.id(), distinctItems.size()) == null) {
                distinctItems.add(item);
            } else {
                repeatedIds.set(i);
            }
            List<IndicatorCode> linked = item.indicators();
            for (int k = 0; k < linked.size(); k++) {
                coveredIndicators.add(linked.get(k));
            }
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
        Optional<Period> period = periods.get(planId);
        // a plan the portfolio does not have implements no known program
        return period == null ? Optional.empty() : period;
    }

    private Optional<Period> findProgramPeriod(PlanId planId) {
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
        Integer index = itemIndex.get(id);
        return index == null ? Optional.empty() : Optional.of(distinctItems.get(index));
    }

    public boolean hasIndicator(IndicatorCode code) {
        return indicators.contains(code);
    }

    public List<Program> programs() {
        return List.copyOf(programs.values());
    }
}
