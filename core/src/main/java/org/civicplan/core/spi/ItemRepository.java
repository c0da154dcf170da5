package org.civicplan.core.spi;

import java.time.LocalDate;
import java.util.List;
import org.civicplan.core.model.IndicatorCode;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.ItemId;
import org.civicplan.core.model.PlanId;
import org.civicplan.core.model.UnitCode;

/** Appendix items, with their revision history. */
public interface ItemRepository extends EntityRepository<ItemId, Item> {
    /** The plan's items in appendix order (by number). */
    List<Item> byPlan(PlanId plan);

    /** Items the unit leads or coordinates, ordered by id. */
    List<Item> byUnit(UnitCode unit);

    /**
     * Items overdue on {@code asOf} ({@code item.stateOn(asOf)} is overdue): due before it and not
     * done, suspended or cancelled — an item done only after {@code asOf} was still overdue then —
     * ordered by due date then id.
     */
    List<Item> overdue(LocalDate asOf);

    /** Items linked to the indicator, ordered by id. */
    List<Item> contributingTo(IndicatorCode indicator);

    /**
     * Re-registers an item after an accepted adjustment: the stored revision (read at {@code
     * next.version()}) goes to history and {@code next} becomes current with revision + 1.
     */
    Item reregister(Item next);

    /** Every revision of the item, oldest first, the current one last. */
    List<Item> history(ItemId item);
}
