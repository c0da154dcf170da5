package org.civicplan.core.spi;

import java.util.Optional;
import java.util.function.Function;
import org.civicplan.core.model.Portfolio;
import org.civicplan.core.model.PortfolioId;

/**
 * One tenant's storage: a repository per aggregate plus the audit trail, with transactions that
 * span them. Implementations: the in-memory store in core, the JSON file store, the JDBC store.
 *
 * <p>This is the trusted path: a write through a store is checked for consistency (versions,
 * duplicates, references) but not by the {@link AccessPolicy}, and appends no audit entry. Officials'
 * writes go through {@code PlanService} and {@code ReportService}, which ask the policy and audit;
 * a store is handed out only to the system's own trusted work (imports, migrations, repairs).
 */
public interface PortfolioStore {
    PortfolioId portfolio();

    UnitRepository units();

    ProgramRepository programs();

    PlanRepository plans();

    ItemRepository items();

    IndicatorRepository indicators();

    MeasurementRepository measurements();

    ReportRepository reports();

    AdjustmentRepository adjustments();

    AuditSink audit();

    /**
     * Runs {@code work} as one transaction: every write it makes through the store it is given is
     * kept, or, if it throws, none is. The exception is rethrown.
     */
    <T> T inTransaction(Function<PortfolioStore, T> work);

    /**
     * Imports a whole portfolio into this (empty or not) store in one transaction: every entity is
     * created with version 1; any duplicate or failure rolls all of it back.
     */
    void importPortfolio(Portfolio portfolio);

    /**
     * The store's own aggregate queries for reviews, when it can push them down (SQL). Empty by
     * default: a review then computes them from the repositories (the reference computation, {@code
     * org.civicplan.core.review.MeasurementAggregation}, which this extension point does not depend
     * on). An implementation must give results equal to the reference computation's.
     */
    default Optional<ReviewQueries> reviewQueries() {
        return Optional.empty();
    }

    /** The whole portfolio as one value (measurements included: for small portfolios and tests). */
    Portfolio snapshot();
}
