package org.civicplan.core.model;

import java.time.LocalDate;
import java.util.Optional;

/** Derives an item's effective state: overdue is computed from the deadline and the date, never typed. */
final class ProgressStates {
    private ProgressStates() {}

    static ProgressState of(
            ItemStatus status, Optional<LocalDate> due, Optional<LocalDate> completedOn, LocalDate today) {
        switch (status) {
            case CANCELLED:
                return ProgressState.CANCELLED;
            case SUSPENDED:
                return ProgressState.SUSPENDED;
            case DONE:
                if (due.isPresent()
                        && completedOn.isPresent()
                        && completedOn.get().isAfter(due.get())) {
                    return ProgressState.DONE_LATE;
                }
                return ProgressState.DONE_ON_TIME;
            default:
                if (due.isPresent() && today.isAfter(due.get())) {
                    return ProgressState.OVERDUE;
                }
                return status == ItemStatus.IN_PROGRESS ? ProgressState.IN_PROGRESS : ProgressState.NOT_STARTED;
        }
    }
}
