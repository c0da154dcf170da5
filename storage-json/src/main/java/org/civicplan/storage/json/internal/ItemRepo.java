package org.civicplan.storage.json.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.civicplan.core.model.IndicatorCode;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.ItemId;
import org.civicplan.core.model.PlanId;
import org.civicplan.core.model.ProgressState;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.spi.ItemRepository;
import org.civicplan.storage.json.internal.StoreDocs.PlanDoc;

/**
 * Items, kept in their plan's file with their earlier revisions ({@code history}); an item moved to
 * another plan moves, with its history, to that plan's file in the same transaction.
 */
public final class ItemRepo extends MemberRepo<ItemId, Item, PlanId, PlanDoc> implements ItemRepository {
    public ItemRepo(Store store) {
        super(
                store,
                new Layout<>(
                        "item",
                        "plans",
                        PlanCodec.DOC,
                        Item::id,
                        Item::plan,
                        PlanDoc::items,
                        PlanDoc::empty,
                        PlanDoc::with,
                        PlanDoc::without));
    }

    @Override
    PlanDoc withAll(PlanDoc doc, List<Item> stored) {
        return doc.withAll(stored);
    }

    @Override
    public Item update(Item value) {
        return store.write(() -> {
            Located<PlanDoc, Item> at = current(value);
            Item stored = value.withVersion(value.version() + 1);
            putWithHistory(at, stored, at.doc().history().getOrDefault(value.id(), List.of()));
            return stored;
        });
    }

    /** Stages the item in its plan's file with its earlier revisions. */
    private void putWithHistory(Located<PlanDoc, Item> at, Item stored, List<Item> history) {
        put(at, stored, doc -> doc.withHistory(stored.id(), history));
    }

    @Override
    public Item reregister(Item next) {
        return store.write(() -> {
            Located<PlanDoc, Item> at = current(next);
            List<Item> history = new ArrayList<>(at.doc().history().getOrDefault(next.id(), List.of()));
            history.add(at.value());
            Item stored = next.toBuilder()
                    .revision(at.value().revision() + 1)
                    .version(at.value().version() + 1)
                    .build();
            putWithHistory(at, stored, history);
            return stored;
        });
    }

    @Override
    public List<Item> history(ItemId item) {
        return store.read(() -> {
            Located<PlanDoc, Item> at = locate(item);
            if (at == null) {
                return List.of();
            }
            List<Item> all = new ArrayList<>(at.doc().history().getOrDefault(item, List.of()));
            all.add(at.value());
            return List.copyOf(all);
        });
    }

    private List<Item> where(Predicate<Item> filter, Comparator<Item> order) {
        return Store.sorted(all().stream().filter(filter).toList(), order);
    }

    @Override
    public List<Item> byPlan(PlanId plan) {
        return store.read(() -> {
            PlanDoc doc = load(containerFile(plan));
            List<Item> mine = doc == null
                    ? List.of()
                    : doc.items().values().stream()
                            .filter(i -> i.plan().equals(plan))
                            .toList();
            return Store.sorted(mine, Comparator.comparingInt(Item::number).thenComparing(Item::id));
        });
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
}
