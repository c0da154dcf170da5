package org.civicplan.core.memory;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.function.Function;
import org.civicplan.core.model.Portfolio;
import org.civicplan.core.model.PortfolioId;
import org.civicplan.core.spi.AdjustmentRepository;
import org.civicplan.core.spi.AuditSink;
import org.civicplan.core.spi.IndicatorRepository;
import org.civicplan.core.spi.ItemRepository;
import org.civicplan.core.spi.MeasurementRepository;
import org.civicplan.core.spi.PlanRepository;
import org.civicplan.core.spi.PortfolioStore;
import org.civicplan.core.spi.ProgramRepository;
import org.civicplan.core.spi.References;
import org.civicplan.core.spi.ReportRepository;
import org.civicplan.core.spi.UnitRepository;

/**
 * A portfolio held in memory, for tests and small embeddings. All operations are serialised on one
 * lock; a transaction snapshots the state and restores it if the work throws, so a failed
 * transaction leaves nothing behind. Nothing survives the process.
 */
public final class InMemoryPortfolioStore implements PortfolioStore {
    private final PortfolioId portfolio;
    private final MemoryState state = new MemoryState();
    private final StoreLock lock = new StoreLock(state);

    private final UnitRepo units = new UnitRepo(lock, state);
    private final ProgramRepo programs = new ProgramRepo(lock, state);
    private final PlanRepo plans = new PlanRepo(lock, state);
    private final ItemRepo items = new ItemRepo(lock, state);
    private final IndicatorRepo indicators = new IndicatorRepo(lock, state);
    private final MeasurementRepo measurements = new MeasurementRepo(lock, state);
    private final ReportRepo reports = new ReportRepo(lock, state);
    private final AdjustmentRepo adjustments = new AdjustmentRepo(lock, state);
    private final AuditLog audit = new AuditLog(lock, state);
    private final ItemRepository checkedItems = References.checking(items, References.in(this));
    private final MeasurementRepository checkedMeasurements = References.checking(measurements, References.in(this));

    /** The name given by the last import that succeeded; the id until then. */
    private volatile String name;

    public InMemoryPortfolioStore(PortfolioId portfolio) {
        this.portfolio = requireNonNull(portfolio, "portfolio is null");
        this.name = portfolio.value();
    }

    /** A store already holding {@code portfolio}. */
    public static InMemoryPortfolioStore of(Portfolio portfolio) {
        InMemoryPortfolioStore store = new InMemoryPortfolioStore(portfolio.id());
        store.importPortfolio(portfolio);
        return store;
    }

    @Override
    public PortfolioId portfolio() {
        return portfolio;
    }

    @Override
    public <T> T inTransaction(Function<PortfolioStore, T> work) {
        return lock.transaction(() -> work.apply(this));
    }

    @Override
    public void importPortfolio(Portfolio p) {
        inTransaction(tx -> {
            // every reference checked against the portfolio and the store, then written unchecked
            // (an item may name a prerequisite that comes later in the list)
            References.check(p, References.in(this));
            p.units().forEach(units::save);
            p.programs().forEach(programs::create);
            p.plans().forEach(plans::create);
            p.indicators().forEach(indicators::create);
            p.items().forEach(items::create);
            measurements.recordAll(p.measurements());
            p.reports().forEach(reports()::create);
            p.adjustments().forEach(adjustments()::create);
            return null;
        });
        name = p.name(); // only once the import has succeeded
    }

    @Override
    public Portfolio snapshot() {
        synchronized (lock) {
            return new Portfolio(
                    portfolio,
                    name,
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
        return checkedItems;
    }

    @Override
    public IndicatorRepository indicators() {
        return indicators;
    }

    @Override
    public MeasurementRepository measurements() {
        return checkedMeasurements;
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
