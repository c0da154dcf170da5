package org.civicplan.core.memory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.civicplan.core.model.Adjustment;
import org.civicplan.core.model.AdjustmentId;
import org.civicplan.core.model.AuditEntry;
import org.civicplan.core.model.Indicator;
import org.civicplan.core.model.IndicatorCode;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.ItemId;
import org.civicplan.core.model.Measurement;
import org.civicplan.core.model.OrgUnit;
import org.civicplan.core.model.Plan;
import org.civicplan.core.model.PlanId;
import org.civicplan.core.model.Program;
import org.civicplan.core.model.ProgramId;
import org.civicplan.core.model.ProgressReport;
import org.civicplan.core.model.ReportId;
import org.civicplan.core.model.UnitCode;

/**
 * Everything an {@link InMemoryPortfolioStore} holds. Read and changed only under the store's
 * {@link StoreLock}; a transaction keeps a {@link #copy()} and restores it in place with {@link
 * #restore} if its work throws, so every repository can keep this one instance.
 */
final class MemoryState {
    final Map<UnitCode, OrgUnit> units = new LinkedHashMap<>();
    final Map<ProgramId, Program> programs = new LinkedHashMap<>();
    final Map<PlanId, Plan> plans = new LinkedHashMap<>();
    final Map<ItemId, Item> items = new LinkedHashMap<>();
    /** The ids of each plan's current items, kept with {@link #items} so byPlan reads only its plan. */
    final Map<PlanId, Set<ItemId>> itemsByPlan = new HashMap<>();

    final Map<ItemId, List<Item>> history = new HashMap<>();
    final Map<IndicatorCode, Indicator> indicators = new LinkedHashMap<>();
    final TreeMap<String, Measurement> measurements = new TreeMap<>();
    final Map<ReportId, ProgressReport> reports = new LinkedHashMap<>();
    final Map<AdjustmentId, Adjustment> adjustments = new LinkedHashMap<>();
    final List<AuditEntry> audit = new ArrayList<>();

    /** A copy that later changes to this state do not reach. */
    MemoryState copy() {
        MemoryState copy = new MemoryState();
        copy.fill(this);
        return copy;
    }

    /** Makes this state hold exactly what {@code backup} holds. */
    void restore(MemoryState backup) {
        units.clear();
        programs.clear();
        plans.clear();
        items.clear();
        itemsByPlan.clear();
        history.clear();
        indicators.clear();
        measurements.clear();
        reports.clear();
        adjustments.clear();
        audit.clear();
        fill(backup);
    }

    private void fill(MemoryState from) {
        units.putAll(from.units);
        programs.putAll(from.programs);
        plans.putAll(from.plans);
        items.putAll(from.items);
        from.itemsByPlan.forEach((k, v) -> itemsByPlan.put(k, new LinkedHashSet<>(v)));
        from.history.forEach((k, v) -> history.put(k, new ArrayList<>(v)));
        indicators.putAll(from.indicators);
        measurements.putAll(from.measurements);
        reports.putAll(from.reports);
        adjustments.putAll(from.adjustments);
        audit.addAll(from.audit);
    }
}
