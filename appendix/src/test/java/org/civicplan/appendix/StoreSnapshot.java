package org.civicplan.appendix;

import java.util.ArrayList;
import java.util.List;
import org.civicplan.core.memory.InMemoryPortfolioStore;
import org.civicplan.core.model.Adjustment;
import org.civicplan.core.model.AuditEntry;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.Measurement;
import org.civicplan.core.model.Plan;
import org.civicplan.core.model.ProgressReport;

/** Everything an import or a collection could write, to compare before and after. */
record StoreSnapshot(
        List<Plan> plans,
        List<Item> items,
        List<Adjustment> adjustments,
        List<ProgressReport> reports,
        List<Measurement> measurements,
        List<AuditEntry> audit) {

    static StoreSnapshot of(InMemoryPortfolioStore store) {
        List<Measurement> values = new ArrayList<>();
        store.measurements().forEach(values::add);
        return new StoreSnapshot(
                store.plans().all(),
                store.items().all(),
                store.adjustments().all(),
                store.reports().all(),
                values,
                store.audit().all());
    }
}
