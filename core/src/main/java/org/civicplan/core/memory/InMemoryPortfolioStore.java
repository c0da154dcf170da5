package org.civicplan.core.memory;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import org.civicplan.core.DuplicateEntityException;
import org.civicplan.core.NoSuchEntityException;
import org.civicplan.core.VersionConflictException;
import org.civicplan.core.model.Adjustment;
import org.civicplan.core.model.AdjustmentId;
import org.civicplan.core.model.AuditEntry;
import org.civicplan.core.model.Indicator;
import org.civicplan.core.model.IndicatorCode;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.ItemId;
import org.civicplan.core.model.ItemStatus;
import org.civicplan.core.model.Measurement;
import org.civicplan.core.model.OrgUnit;
import org.civicplan.core.model.Plan;
import org.civicplan.core.model.PlanId;
import org.civicplan.core.model.Portfolio;
import org.civicplan.core.model.PortfolioId;
import org.civicplan.core.model.Program;
import org.civicplan.core.model.ProgramId;
import org.civicplan.core.model.ProgressReport;
import org.civicplan.core.model.ReportId;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.model.Versioned;
import org.civicplan.core.period.Period;
import org.civicplan.core.spi.AdjustmentRepository;
import org.civicplan.core.spi.AuditAppendCheck;
import org.civicplan.core.spi.AuditSink;
import org.civicplan.core.spi.EntityRepository;
import org.civicplan.core.spi.IndicatorRepository;
import org.civicplan.core.spi.ItemRepository;
import org.civicplan.core.spi.MeasurementRepository;
import org.civicplan.core.spi.PlanRepository;
import org.civicplan.core.spi.PortfolioStore;
import org.civicplan.core.spi.ProgramRepository;
import org.civicplan.core.spi.ReportRepository;
import org.civicplan.core.spi.UnitRepository;

/**
 * A portfolio held in memory, for tests and small embeddings. All operations are serialised on one
 * lock; a transaction snapshots the state and restores it if the work throws, so a failed
 * transaction leaves nothing behind. Nothing survives the process.
 */
public final class InMemoryPortfolioStore implements PortfolioStore {
    private final PortfolioId portfolio;
    private final Object lock = new Object();
    private State state = new State();
    private int depth;

    public InMemoryPortfolioStore(PortfolioId portfolio) {
        this.portfolio = requireNonNull(portfolio, "portfolio is null");
    }

    /** A store already holding {@code portfolio}. */
    public static InMemoryPortfolioStore of(Portfolio portfolio) {
        InMemoryPortfolioStore store = new InMemoryPortfolioStore(portfolio.id());
        store.importPortfolio(portfolio);
        return store;
    }

    private static final class State {
        final Map<UnitCode, OrgUnit> units = new LinkedHashMap<>();
        final Map<ProgramId, Program> programs = new LinkedHashMap<>();
        final Map<PlanId, Plan> plans = new LinkedHashMap<>();
        final Map<ItemId, Item> items = new LinkedHashMap<>();
        /** The ids of each plan's current items, kept with {@link #items} so byPlan reads only its plan. */
        final Map<PlanId, Set<ItemId>> itemsByPlan = new HashMap<>();

        final Map<ItemId, List<Item>> history = new HashMap<>();
        final Map<IndicatorCode, Indicator> indicators = new LinkedHashMap<>();
        final TreeMap<String, Measurement> measurements = new TreeMap<>();
        final Map<ReportId, ProgressReport> reports = new LinkedHashMap<>();
        final Map<AdjustmentId, Adjustment> adjustments = new LinkedHashMap<>();
        final List<AuditEntry> audit = new ArrayList<>();

        State copy() {
            State copy = new State();
            copy.units.putAll(units);
            copy.programs.putAll(programs);
            copy.plans.putAll(plans);
            copy.items.putAll(items);
            itemsByPlan.forEach((k, v) -> copy.itemsByPlan.put(k, new LinkedHashSet<>(v)));
            history.forEach((k, v) -> copy.history.put(k, new ArrayList<>(v)));
            copy.indicators.putAll(indicators);
            copy.measurements.putAll(measurements);
            copy.reports.putAll(reports);
            copy.adjustments.putAll(adjustments);
            copy.audit.addAll(audit);
            return copy;
        }
    }

    @Override
    public PortfolioId portfolio() {
        return portfolio;
    }

    @Override
    public <T> T inTransaction(Function<PortfolioStore, T> work) {
        synchronized (lock) {
            if (depth > 0) {
                return work.apply(this);
            }
            State backup = state.copy();
            depth++;
            try {
                return work.apply(this);
            } catch (RuntimeException | Error e) {
                state = backup;
                throw e;
            } finally {
                depth--;
            }
        }
    }

    @Override
    public void importPortfolio(Portfolio p) {
        inTransaction(tx -> {
            p.units().forEach(units()::save);
            p.programs().forEach(programs()::create);
            p.plans().forEach(plans()::create);
            p.indicators().forEach(indicators()::create);
            p.items().forEach(items()::create);
            measurements().recordAll(p.measurements());
            p.reports().forEach(reports()::create);
            p.adjustments().forEach(adjustments()::create);
            return null;
        });
    }

    @Override
    public Portfolio snapshot() {
        synchronized (lock) {
            return new Portfolio(
                    portfolio,
                    portfolio.value(),
                    List.copyOf(state.units.values()),
                    List.copyOf(state.programs.values()),
                    List.copyOf(state.plans.values()),
                    List.copyOf(state.items.values()),
                    List.copyOf(state.indicators.values()),
                    List.copyOf(state.measurements.values()),
                    List.copyOf(state.reports.values()),
                    List.copyOf(state.adjustments.values()));
        }
    }

    // ---- generic entity repository over a map of the current state ----

    private abstract class Repo<K, T extends Versioned<T>> implements EntityRepository<K, T> {
        private final String type;

        Repo(String type) {
            this.type = type;
        }

        abstract Map<K, T> map();

        abstract K key(T value);

        /** Called under the lock after {@code current} replaced {@code previous} (null when created). */
        void stored(T previous, T current) {}

        @Override
        public T create(T value) {
            synchronized (lock) {
                K key = key(value);
                if (map().containsKey(key)) {
                    throw new DuplicateEntityException(type, value.entityId());
                }
                T stored = value.withVersion(1);
                map().put(key, stored);
                stored(null, stored);
                return stored;
            }
        }

        @Override
        public T update(T value) {
            synchronized (lock) {
                T current = map().get(key(value));
                if (current == null) {
                    throw new NoSuchEntityException(type, value.entityId());
                }
                if (current.version() != value.version()) {
                    throw new VersionConflictException(type, value.entityId(), value.version());
                }
                T stored = value.withVersion(value.version() + 1);
                map().put(key(value), stored);
                stored(current, stored);
                return stored;
            }
        }

        @Override
        public Optional<T> find(K key) {
            synchronized (lock) {
                return Optional.ofNullable(map().get(key));
            }
        }

        @Override
        public T get(K key) {
            return find(key).orElseThrow(() -> new NoSuchEntityException(type, String.valueOf(key)));
        }

        @Override
        public List<T> all() {
            synchronized (lock) {
                return List.copyOf(map().values());
            }
        }

        List<T> where(java.util.function.Predicate<T> filter, Comparator<T> order) {
            synchronized (lock) {
                return map().values().stream().filter(filter).sorted(order).toList();
            }
        }
    }

    private final UnitRepository units = new UnitRepository() {
        @Override
        public void save(OrgUnit unit) {
            synchronized (lock) {
                state.units.put(unit.code(), unit);
            }
        }

        @Override
        public Optional<OrgUnit> find(UnitCode code) {
            synchronized (lock) {
                return Optional.ofNullable(state.units.get(code));
            }
        }

        @Override
        public List<OrgUnit> all() {
            synchronized (lock) {
                return List.copyOf(state.units.values());
            }
        }
    };

    private final class Programs extends Repo<ProgramId, Program> implements ProgramRepository {
        Programs() {
            super("program");
        }

        @Override
        Map<ProgramId, Program> map() {
            return state.programs;
        }

        @Override
        ProgramId key(Program value) {
            return value.id();
        }
    }

    private final class Plans extends Repo<PlanId, Plan> implements PlanRepository {
        Plans() {
            super("plan");
        }

        @Override
        Map<PlanId, Plan> map() {
            return state.plans;
        }

        @Override
        PlanId key(Plan value) {
            return value.id();
        }

        @Override
        public List<Plan> byProgram(ProgramId program) {
            return where(p -> p.program().map(program::equals).orElse(false), Comparator.comparing(Plan::id));
        }

        @Override
        public List<Plan> children(PlanId parent) {
            return where(p -> p.parentPlan().map(parent::equals).orElse(false), Comparator.comparing(Plan::id));
        }
    }

    private final class Items extends Repo<ItemId, Item> implements ItemRepository {
        Items() {
            super("item");
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

        @Override
        public Item reregister(Item next) {
            synchronized (lock) {
                Item current = get(next.id());
                if (current.version() != next.version()) {
                    throw new VersionConflictException("item", next.entityId(), next.version());
                }
                state.history
                        .computeIfAbsent(current.id(), k -> new ArrayList<>())
                        .add(current);
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

    private final class Indicators extends Repo<IndicatorCode, Indicator> implements IndicatorRepository {
        Indicators() {
            super("indicator");
        }

        @Override
        Map<IndicatorCode, Indicator> map() {
            return state.indicators;
        }

        @Override
        IndicatorCode key(Indicator value) {
            return value.code();
        }

        @Override
        public List<Indicator> byProgram(ProgramId program) {
            return where(i -> i.program().equals(program), Comparator.comparing(Indicator::code));
        }
    }

    private final class Reports extends Repo<ReportId, ProgressReport> implements ReportRepository {
        Reports() {
            super("report");
        }

        @Override
        Map<ReportId, ProgressReport> map() {
            return state.reports;
        }

        @Override
        ReportId key(ProgressReport value) {
            return value.id();
        }

        @Override
        public List<ProgressReport> byPeriod(ProgramId program, Period period) {
            return where(
                    r -> r.program().equals(program) && r.period().equals(period),
                    Comparator.comparing(ProgressReport::unit));
        }

        @Override
        public Optional<ProgressReport> find(ProgramId program, Period period, UnitCode unit) {
            return byPeriod(program, period).stream()
                    .filter(r -> r.unit().equals(unit))
                    .findFirst();
        }
    }

    private final class Adjustments extends Repo<AdjustmentId, Adjustment> implements AdjustmentRepository {
        Adjustments() {
            super("adjustment");
        }

        @Override
        Map<AdjustmentId, Adjustment> map() {
            return state.adjustments;
        }

        @Override
        AdjustmentId key(Adjustment value) {
            return value.id();
        }

        @Override
        public List<Adjustment> byItem(ItemId item) {
            return where(
                    a -> a.item().equals(item),
                    Comparator.comparing(Adjustment::proposedAt).thenComparing(Adjustment::id));
        }
    }

    private final MeasurementRepository measurements = new MeasurementRepository() {
        @Override
        public void record(Measurement m) {
            synchronized (lock) {
                state.measurements.put(MeasurementKeys.sortKey(m), m);
            }
        }

        @Override
        public void recordAll(Iterable<Measurement> all) {
            inTransaction(tx -> {
                all.forEach(this::record);
                return null;
            });
        }

        @Override
        public Optional<Measurement> find(IndicatorCode indicator, Period period, UnitCode reportedBy) {
            synchronized (lock) {
                return Optional.ofNullable(
                        state.measurements.get(MeasurementKeys.sortKey(indicator, period, reportedBy)));
            }
        }

        @Override
        public List<Measurement> byIndicator(IndicatorCode indicator) {
            synchronized (lock) {
                String prefix = MeasurementKeys.indicatorPrefix(indicator);
                return List.copyOf(state.measurements
                        .subMap(prefix, prefix + Character.MAX_VALUE)
                        .values());
            }
        }

        @Override
        public void forEach(Consumer<Measurement> consumer) {
            List<Measurement> copy;
            synchronized (lock) {
                copy = List.copyOf(state.measurements.values());
            }
            copy.forEach(consumer);
        }

        @Override
        public long count() {
            synchronized (lock) {
                return state.measurements.size();
            }
        }
    };

    private final AuditSink audit = new AuditSink() {
        @Override
        public AuditEntry append(AuditEntry entry) {
            synchronized (lock) {
                Optional<Instant> last = state.audit.isEmpty()
                        ? Optional.empty()
                        : Optional.of(state.audit.get(state.audit.size() - 1).at());
                AuditAppendCheck.check(entry, last, unit -> state.units.containsKey(unit));
                AuditEntry stored = entry.withSequence(state.audit.size() + 1L);
                state.audit.add(stored);
                return stored;
            }
        }

        @Override
        public List<AuditEntry> forEntity(String entityType, String entityId) {
            synchronized (lock) {
                return state.audit.stream()
                        .filter(e -> e.entityType().equals(entityType)
                                && e.entityId().equals(entityId))
                        .toList();
            }
        }

        @Override
        public List<AuditEntry> all() {
            synchronized (lock) {
                return List.copyOf(state.audit);
            }
        }
    };

    private final Programs programs = new Programs();
    private final Plans plans = new Plans();
    private final Items items = new Items();
    private final Indicators indicators = new Indicators();
    private final Reports reports = new Reports();
    private final Adjustments adjustments = new Adjustments();

    @Override
    public UnitRepository units() {
        return units;
    }

    @Override
    public ProgramRepository programs() {
        return programs;
    }

    @Override
    public PlanRepository plans() {
        return plans;
    }

    @Override
    public ItemRepository items() {
        return items;
    }

    @Override
    public IndicatorRepository indicators() {
        return indicators;
    }

    @Override
    public MeasurementRepository measurements() {
        return measurements;
    }

    @Override
    public ReportRepository reports() {
        return reports;
    }

    @Override
    public AdjustmentRepository adjustments() {
        return adjustments;
    }

    @Override
    public AuditSink audit() {
        return audit;
    }
}
