package org.civicplan.core.review;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.ItemProgress;
import org.civicplan.core.model.ItemStatus;
import org.civicplan.core.model.ProgressState;
import org.civicplan.core.period.Period;
import org.civicplan.core.spi.ReviewItem;

/**
 * The one rule for an item's state, read by the review, every export, the dashboard and {@code
 * PlanService.overdue}:
 *
 * <ul>
 *   <li>an item's recorded status and completion date are moved only by an <b>approved</b> progress
 *       report (each line moves its item, unless an approved report for a later period already
 *       moved it) or by an explicit decision ({@code PlanService.recordProgress});
 *   <li>its state on a date is that record judged on the date ({@link ProgressState#judge}): overdue
 *       when not done and due before the date, done late when completed after the due date, and not
 *       yet done when the completion date is after the date judged at.
 * </ul>
 *
 * A draft, submitted or returned report moves nothing: what a unit says counts once the standing
 * agency has approved it.
 */
public final class ItemStates {
    private ItemStates() {}

    /** The item's state on {@code date}. */
    public static ProgressState of(Item item, LocalDate date) {
        return item.stateOn(date);
    }

    /** The review item's state on {@code date}: the same as {@link #of(Item, LocalDate)} for its item. */
    public static ProgressState of(ReviewItem item, LocalDate date) {
        return item.stateOn(date);
    }

    /** The review's status for a state. */
    public static ReviewStatus reviewStatus(ProgressState state) {
        return switch (requireNonNull(state, "state is null")) {
            case DONE_ON_TIME -> ReviewStatus.DONE_ON_TIME;
            case DONE_LATE -> ReviewStatus.DONE_LATE;
            case OVERDUE -> ReviewStatus.OVERDUE;
            case IN_PROGRESS -> ReviewStatus.IN_PROGRESS;
            case NOT_STARTED -> ReviewStatus.NOT_STARTED;
            case SUSPENDED -> ReviewStatus.SUSPENDED;
            case CANCELLED -> ReviewStatus.CANCELLED;
        };
    }

    /** True when the item is overdue on {@code date}. */
    public static boolean overdue(Item item, LocalDate date) {
        return of(item, date) == ProgressState.OVERDUE;
    }

    /** The item as an approved report line moves it: the line's status and, when done, its completion date. */
    public static Item movedBy(Item item, ItemProgress line) {
        requireNonNull(item, "item is null");
        requireNonNull(line, "line is null");
        if (!item.id().equals(line.item())) {
            throw new IllegalArgumentException("line for " + line.item() + " cannot move item " + item.id());
        }
        Optional<LocalDate> completed =
                line.status() == ItemStatus.DONE ? line.completedOn().or(item::completedOn) : Optional.empty();
        return item.toBuilder()
                .status(line.status())
                .completedOn(completed.orElse(null))
                .build();
    }

    /**
     * True when a report for {@code later} is more recent than one for {@code earlier}: it ends
     * later, or ends on the same day and starts later (the last quarter after the half-year).
     */
    public static boolean isLater(Period later, Period earlier) {
        Optional<LocalDate> laterEnd = later.end();
        Optional<LocalDate> earlierEnd = earlier.end();
        if (laterEnd.isEmpty() || earlierEnd.isEmpty()) {
            return false;
        }
        int byEnd = laterEnd.get().compareTo(earlierEnd.get());
        if (byEnd != 0) {
            return byEnd > 0;
        }
        return later.start().isPresent()
                && earlier.start().isPresent()
                && later.start().get().isAfter(earlier.start().get());
    }
}
