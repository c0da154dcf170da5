package org.civicplan.benchmarks;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.civicplan.core.memory.InMemoryPortfolioStore;
import org.civicplan.core.model.IndicatorCode;
import org.civicplan.core.model.Measurement;
import org.civicplan.core.model.Portfolio;
import org.civicplan.core.model.PortfolioId;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.period.Period;
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
 * A read-only store for memory checks: everything but measurements in memory, measurements
 * generated on demand (never all held), as a database-backed store would stream them.
 */
final class GeneratedStore implements PortfolioStore {
    private final InMemoryPortfolioStore rest;
    private final PortfolioGenerator generator;
    private final PortfolioGenerator.Size size;

    GeneratedStore(PortfolioGenerator generator, PortfolioGenerator.Size size, boolean withItems) {
        // without items: not even generated (10^5 items would take the small heap this store is for)
        Portfolio p = withItems ? generator.generate(size, false) : generator.withoutItems(size);
        this.rest = InMemoryPortfolioStore.of(p);
        this.generator = generator;
        this.size = size;
    }

    @Override
    public PortfolioId portfolio() {
        return rest.portfolio();
    }

    @Override
    public UnitRepository units() {
        return rest.units();
    }

    @Override
    public ProgramRepository programs() {
        return rest.programs();
    }

    @Override
    public PlanRepository plans() {
        return rest.plans();
    }

    @Override
    public ItemRepository items() {
        return rest.items();
    }

    @Override
    public IndicatorRepository indicators() {
        return rest.indicators();
    }

    @Override
    public MeasurementRepository measurements() {
        return new MeasurementRepository() {
            @Override
            public void record(Measurement measurement) {
                throw new UnsupportedOperationException("read-only");
            }

            @Override
            public void recordAll(Iterable<Measurement> measurements) {
                throw new UnsupportedOperationException("read-only");
            }

            @Override
            public Optional<Measurement> find(IndicatorCode indicator, Period period, UnitCode reportedBy) {
                return byIndicator(indicator).stream()
                        .filter(m -> m.period().equals(period) && m.reportedBy().equals(reportedBy))
                        .findFirst();
            }

            @Override
            public List<Measurement> byIndicator(IndicatorCode indicator) {
                return generator.measurementsOf(size, indicator);
            }

            @Override
            public void forEach(Consumer<Measurement> consumer) {
                generator.measurements(size).forEachRemaining(consumer);
            }

            @Override
            public long count() {
                return size.measurements();
            }
        };
    }

    @Override
    public ReportRepository reports() {
        return rest.reports();
    }

    @Override
    public AdjustmentRepository adjustments() {
        return rest.adjustments();
    }

    @Override
    public AuditSink audit() {
        return rest.audit();
    }

    @Override
    public <T> T inTransaction(Function<PortfolioStore, T> work) {
        return work.apply(this);
    }

    @Override
    public void importPortfolio(Portfolio portfolio) {
        throw new UnsupportedOperationException("read-only");
    }

    @Override
    public Portfolio snapshot() {
        throw new UnsupportedOperationException("measurements are generated, never held");
    }
}
