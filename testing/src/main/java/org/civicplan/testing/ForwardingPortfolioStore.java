package org.civicplan.testing;

import static java.util.Objects.requireNonNull;

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
import org.civicplan.core.spi.ReportRepository;
import org.civicplan.core.spi.UnitRepository;

/**
 * A store seen through its repositories: every call goes to the wrapped store except {@link
 * #reviewQueries()}, which keeps the interface's default (none of its own: a review computes them
 * from these repositories) unless a subclass overrides it. Transactions run on the wrapped store and hand
 * their work this view.
 */
public class ForwardingPortfolioStore implements PortfolioStore {
    private final PortfolioStore store;

    public ForwardingPortfolioStore(PortfolioStore store) {
        this.store = requireNonNull(store, "store is null");
    }

    @Override
    public PortfolioId portfolio() {
        return store.portfolio();
    }

    @Override
    public UnitRepository units() {
        return store.units();
    }

    @Override
    public ProgramRepository programs() {
        return store.programs();
    }

    @Override
    public PlanRepository plans() {
        return store.plans();
    }

    @Override
    public ItemRepository items() {
        return store.items();
    }

    @Override
    public IndicatorRepository indicators() {
        return store.indicators();
    }

    @Override
    public MeasurementRepository measurements() {
        return store.measurements();
    }

    @Override
    public ReportRepository reports() {
        return store.reports();
    }

    @Override
    public AdjustmentRepository adjustments() {
        return store.adjustments();
    }

    @Override
    public AuditSink audit() {
        return store.audit();
    }

    @Override
    public <T> T inTransaction(Function<PortfolioStore, T> work) {
        return store.inTransaction(tx -> work.apply(this));
    }

    @Override
    public void importPortfolio(Portfolio portfolio) {
        store.importPortfolio(portfolio);
    }

    @Override
    public Portfolio snapshot() {
        return store.snapshot();
    }
}
