package org.civicplan.core.service;

import org.civicplan.core.model.PlanStatus;

/** Allowed plan status moves: forward one step at a time, or back to draft before issue. Issued is final. */
public final class PlanLifecycle {
    private PlanLifecycle() {}

    public static boolean allowed(PlanStatus from, PlanStatus to) {
        if (from == PlanStatus.ISSUED) {
            return false;
        }
        if (to == PlanStatus.DRAFT) {
            return from != PlanStatus.DRAFT;
        }
        return to.ordinal() == from.ordinal() + 1;
    }
}
