package org.civicplan.core.memory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.civicplan.core.VersionConflictException;
import org.civicplan.core.model.IndicatorCode;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.ItemId;
import org.civicplan.core.model.PlanId;
import org.civicplan.core.model.ProgressState;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.spi.ItemRepository;

/**
 * Items in memory, with each plan's item ids kept beside them (so byPlan reads only its plan) and
 * the earlier registrations of each item kept as its history.
 */
final class ItemRepo extends EntityRepo<ItemId, Item> implements ItemRepository {
    ItemRepo(StoreLock lock, MemoryState state) {
        super(lock, state, "item");
    }

    @Override
    Map<ItemId, Item> map() {
        return state.items;
    }

    @Override
    ItemId key(Item value) {
        return value.id();
    }

    @Override
    void stored(Item previous, Item current) {
        if (previous != null && !previous.plan().equals(current.plan())) {
            Set<ItemId> old = state.itemsByPlan.get(previous.plan());
            old.remove(previous.id());
            if (old.isEmpty()) {
                state.itemsByPlan.remove(previous.plan());
            }
        }
        state.itemsByPlan
                .computeIfAbsent(current.plan(), k -> new LinkedHashSet<>())
                .add(current.id());
    }

    @Override
    public List<Item> byPlan(PlanId plan) {
        synchronized (lock) {
            Set<ItemId> ids = state.itemsByPlan.getOrDefault(plan, Set.of());
            List<Item> items = new ArrayList<>(ids.size());
            ids.forEach(id -> items.add(state.items.get(id)));
            items.sort(Comparator.comparingInt(Item::number).thenComparing(Item::id));
            return List.copyOf(items);
        }
    }

    @Override
    public List<Item> byUnit(UnitCode unit) {
        return where(i -> i.assignment().involves(unit), Comparator.comparing(Item::id));
    }

    @Override
    public List<Item> overdue(LocalDate asOf) {
        return where(
                i -> i.stateOn(asOf) == ProgressState.OVERDUE,
                Comparator.comparing((Item i) -> i.dueDate().orElseThrow()).thenComparing(Item::id));
    }

    @Override
    public List<Item> contributingTo(IndicatorCode indicator) {
        return where(i -> i.indicators().contains(indicator), Comparator.comparing(Item::id));
    }

    @Override
    public Item reregister(Item next) {
        synchronized (lock) {
            Item current = get(next.id());
            if (current.version() != next.version()) {
                throw new VersionConflictException("item", next.entityId(), next.version());
            }
            state.history.computeIfAbsent(current.id(), k -> new ArrayList<>()).add(current);
            Item stored = next.toBuilder()
                    .revision(current.revision() + 1)
                    .version(current.version() + 1)
                    .build();
            state.items.put(stored.id(), stored);
            stored(current, stored);
            return stored;
        }
    }

    @Override
    public List<Item> history(ItemId item) {
        synchronized (lock) {
            List<Item> all = new ArrayList<>(state.history.getOrDefault(item, List.of()));
            Optional.ofNullable(state.items.get(item)).ifPresent(all::add);
            return List.copyOf(all);
        }
    }
}
