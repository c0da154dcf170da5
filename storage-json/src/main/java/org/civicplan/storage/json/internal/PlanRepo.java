package org.civicplan.storage.json.internal;

import java.util.Comparator;
import java.util.List;
import org.civicplan.core.model.Plan;
import org.civicplan.core.model.PlanId;
import org.civicplan.core.model.ProgramId;
import org.civicplan.core.spi.PlanRepository;
import org.civicplan.storage.json.internal.StoreDocs.PlanDoc;

/**
 * Plans, one file each ({@code plans/<id>.json}), shared with the plan's items and their earlier
 * revisions (see {@link ItemRepo}): a file can hold items and no plan yet.
 */
public final class PlanRepo extends AggregateRepo<PlanId, Plan, PlanDoc> implements PlanRepository {
    public PlanRepo(Store store) {
        super(
                store,
                new Layout<>("plan", "plans", PlanCodec.DOC, Plan::id, PlanDoc::plan, PlanDoc::empty, PlanDoc::with));
    }

    @Override
    public List<Plan> byProgram(ProgramId program) {
        return Store.sorted(
                all().stream()
                        .filter(p -> p.program().map(program::equals).orElse(false))
                        .toList(),
                Comparator.comparing(Plan::id));
    }

    @Override
    public List<Plan> children(PlanId parent) {
        return Store.sorted(
                all().stream()
                        .filter(p -> p.parentPlan().map(parent::equals).orElse(false))
                        .toList(),
                Comparator.comparing(Plan::id));
    }
}
