package org.civicplan.export.csv.internal;

import java.util.ArrayList;
import java.util.List;
import org.civicplan.core.model.Plan;
import org.civicplan.core.spi.ExportRequest;

/** The plans an export covers: the requested one, or every plan ordered by id. */
public final class Scope {
    private Scope() {}

    public static List<Plan> plans(ExportRequest request) {
        if (request.plan().isPresent()) {
            return List.of(request.store().plans().get(request.plan().get()));
        }
        List<Plan> plans = new ArrayList<>(request.store().plans().all());
        plans.sort((a, b) -> a.id().compareTo(b.id()));
        return plans;
    }
}
