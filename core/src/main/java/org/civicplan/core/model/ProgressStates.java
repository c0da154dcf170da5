package org.civicplan.core.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Derives an item's effective state: overdue is computed from the deadline and the date, never typed.
 * A completion after the date judged at is not yet a completion: on that date the item was still
 * in progress (or overdue), so a review of an earlier period agrees with the record of today.
 */
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
                if (completedOn.isPresent() && completedOn.get().isAfter(today)) {
                    return due.isPresent() && today.isAfter(due.get())
                            ? ProgressState.OVERDUE
                            : ProgressState.IN_PROGRESS;
                }
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
