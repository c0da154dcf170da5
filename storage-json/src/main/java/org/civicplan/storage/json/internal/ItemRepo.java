package org.civicplan.storage.json.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.civicplan.core.DuplicateEntityException;
import org.civicplan.core.NoSuchEntityException;
import org.civicplan.core.VersionConflictException;
import org.civicplan.core.model.IndicatorCode;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.ItemId;
import org.civicplan.core.model.ItemStatus;
import org.civicplan.core.model.PlanId;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.spi.ItemRepository;
import org.civicplan.storage.json.internal.StoreDocs.PlanDoc;

/**
 * Items, kept in their plan's file with their earlier revisions ({@code history}); an item moved to
 * another plan moves, with its history, to that plan's file in the same transaction.
 */
public final class ItemRepo implements ItemRepository {
    private final Store store;
    private final DocumentFiles documents;

    public ItemRepo(Store store) {
        this.store = store;
        this.documents = store.documents();
    }

    private record Located(Path file, PlanDoc doc, Item item) {}

    private Located locate(ItemId id) {
        for (Path f : documents.list("plans", ".json")) {
            PlanDoc d = documents.loadOrSkip(f, PlanCodec.DOC);
            if (d != null && d.items().containsKey(id)) {
                return new Located(f, d, d.items().get(id));
            }
        }
        return null;
    }

    @Override
    public Item create(Item value) {
        return store.write(() -> {
            if (locate(value.id()) != null) {
                throw new DuplicateEntityException("item", value.entityId());
            }
            Item stored = value.withVersion(1);
            Path file = documents.plan(value.plan());
            PlanDoc doc = documents.load(file, PlanCodec.DOC);
            documents.stage(file, PlanCodec.DOC, (doc == null ? PlanDoc.empty(value.plan()) : doc).with(stored));
            return stored;
        });
    }

    @Override
    public Item update(Item value) {
        return store.write(() -> {
            Located at = current(value);
            Item stored = value.withVersion(value.version() + 1);
            put(at, stored, at.doc().history().getOrDefault(value.id(), List.of()));
            return stored;
        });
    }

    private Located current(Item value) {
        Located at = locate(value.id());
        if (at == null) {
            throw new NoSuchEntityException("item", value.entityId());
        }
        if (at.item().version() != value.version()) {
            throw new VersionConflictException("item", value.entityId(), value.version());
        }
        return at;
    }

    private void put(Located at, Item stored, List<Item> history) {
        Path file = documents.plan(stored.plan());
        if (file.equals(at.file())) {
            documents.stage(file, PlanCodec.DOC, at.doc().with(stored).withHistory(stored.id(), history));
        } else {
            documents.stage(at.file(), PlanCodec.DOC, at.doc().without(stored.id()));
            PlanDoc doc = documents.load(file, PlanCodec.DOC);
            documents.stage(
                    file,
                    PlanCodec.DOC,
                    (doc == null ? PlanDoc.empty(stored.plan()) : doc)
                            .with(stored)
                            .withHistory(stored.id(), history));
        }
    }

    @Override
    public Item reregister(Item next) {
        return store.write(() -> {
            Located at = current(next);
            List<Item> history = new ArrayList<>(at.doc().history().getOrDefault(next.id(), List.of()));
            history.add(at.item());
            Item stored = next.toBuilder()
                    .revision(at.item().revision() + 1)
                    .version(at.item().version() + 1)
                    .build();
            put(at, stored, history);
            return stored;
        });
    }

    @Override
    public List<Item> history(ItemId item) {
        return store.read(() -> {
            Located at = locate(item);
            if (at == null) {
                return List.of();
            }
            List<Item> all = new ArrayList<>(at.doc().history().getOrDefault(item, List.of()));
            all.add(at.item());
            return List.copyOf(all);
        });
    }

    @Override
    public Optional<Item> find(ItemId key) {
        return store.read(() -> Optional.ofNullable(locate(key)).map(Located::item));
    }

    @Override
    public Item get(ItemId key) {
        return find(key).orElseThrow(() -> new NoSuchEntityException("item", key.value()));
    }

    @Override
    public List<Item> all() {
        return store.read(() -> {
            List<Item> out = new ArrayList<>();
            documents
                    .all("plans", PlanCodec.DOC)
                    .forEach(d -> out.addAll(d.items().values()));
            return List.copyOf(out);
        });
    }

    private List<Item> where(Predicate<Item> filter, Comparator<Item> order) {
        return Store.sorted(all().stream().filter(filter).toList(), order);
    }

    @Override
    public List<Item> byPlan(PlanId plan) {
        return store.read(() -> {
            PlanDoc doc = documents.load(documents.plan(plan), PlanCodec.DOC);
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
                i -> i.status() != ItemStatus.DONE
                        && i.status() != ItemStatus.CANCELLED
                        && i.status() != ItemStatus.SUSPENDED
                        && i.dueDate().map(asOf::isAfter).orElse(false),
                Comparator.comparing((Item i) -> i.dueDate().orElseThrow()).thenComparing(Item::id));
    }

    @Override
    public List<Item> contributingTo(IndicatorCode indicator) {
        return where(i -> i.indicators().contains(indicator), Comparator.comparing(Item::id));
    }
}
