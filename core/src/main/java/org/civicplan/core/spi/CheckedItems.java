package org.civicplan.core.spi;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.civicplan.core.model.IndicatorCode;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.ItemId;
import org.civicplan.core.model.PlanId;
import org.civicplan.core.model.UnitCode;

/** Items whose writes are checked by {@link References} first; reads go straight through. */
final class CheckedItems implements ItemRepository {
    private final ItemRepository delegate;
    private final References.Known known;

    CheckedItems(ItemRepository delegate, References.Known known) {
        this.delegate = requireNonNull(delegate, "delegate is null");
        this.known = requireNonNull(known, "known is null");
    }

    @Override
    public Item create(Item value) {
        References.check(value, known);
        return delegate.create(value);
    }

    @Override
    public Item update(Item value) {
        checkIfStored(value);
        return delegate.update(value);
    }

    @Override
    public Item reregister(Item next) {
        checkIfStored(next);
        return delegate.reregister(next);
    }

    /** An item not stored is the delegate's to report (no such item), before any reference. */
    private void checkIfStored(Item value) {
        try {
            References.check(value, known);
        } catch (org.civicplan.core.DanglingReferenceException e) {
            if (delegate.find(value.id()).isEmpty()) {
                delegate.get(value.id());
            }
            throw e;
        }
    }

    @Override
    public Optional<Item> find(ItemId key) {
        return delegate.find(key);
    }

    @Override
    public Item get(ItemId key) {
        return delegate.get(key);
    }

    @Override
    public List<Item> all() {
        return delegate.all();
    }

    @Override
    public List<Item> byPlan(PlanId plan) {
        return delegate.byPlan(plan);
    }

    @Override
    public List<Item> byUnit(UnitCode unit) {
        return delegate.byUnit(unit);
    }

    @Override
    public List<Item> overdue(LocalDate asOf) {
        return delegate.overdue(asOf);
    }

    @Override
    public List<Item> contributingTo(IndicatorCode indicator) {
        return delegate.contributingTo(indicator);
    }

    @Override
    public List<Item> history(ItemId item) {
        return delegate.history(item);
    }

    @Override
    public String toString() {
        return delegate.toString();
    }
}
