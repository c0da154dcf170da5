package org.civicplan.storage.jdbc;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicplan.core.model.IndicatorCode;
import org.civicplan.core.model.Measurement;
import org.civicplan.core.model.PlanId;
import org.civicplan.core.model.ProgressState;
import org.civicplan.core.period.Period;
import org.civicplan.storage.jdbc.internal.QueryRepo;
import org.civicplan.storage.jdbc.internal.Stores;

/**
 * Aggregates the database computes, so that a portfolio of 10^4 items and 10^6 measurements is
 * summarised by SQL rather than by loading it: the building blocks of the semi-annual review.
 * Inside {@link JdbcPortfolioStore#inTransaction} they join the transaction. Get one from {@link
 * JdbcPortfolioStore#queries()}.
 */
public final class JdbcQueries {
    private final QueryRepo sql;

    JdbcQueries(Stores stores) {
        this.sql = new QueryRepo(stores.db());
    }

    /**
     * How many items are in each effective state on {@code asOf} (done on time, done late, overdue,
     * in progress, not started, suspended, cancelled); every state is present, zero when none.
     */
    public Map<ProgressState, Long> countByState(LocalDate asOf) {
        return sql.countByState(Optional.empty(), requireNonNull(asOf, "asOf is null"));
    }

    /** As {@link #countByState(LocalDate)}, for the items of one plan. */
    public Map<ProgressState, Long> countByState(PlanId plan, LocalDate asOf) {
        return sql.countByState(
                Optional.of(requireNonNull(plan, "plan is null")), requireNonNull(asOf, "asOf is null"));
    }

    /**
     * For each reporting unit, its value for the latest period that ended on or before {@code asOf}
     * (the shortest period when several end on the same day); ordered by unit.
     */
    public List<Measurement> latestValues(IndicatorCode indicator, LocalDate asOf) {
        return sql.latestValues(requireNonNull(indicator, "indicator is null"), requireNonNull(asOf, "asOf is null"));
    }

    /**
     * Per period, in period order: the number of values, their sum, and for percentages the pooled
     * percentage (Σ numerators / Σ denominators × 100).
     */
    public List<PeriodTotal> totalsByPeriod(IndicatorCode indicator) {
        return sql.totalsByPeriod(requireNonNull(indicator, "indicator is null")).stream()
                .map(t -> new PeriodTotal(t.period(), t.values(), t.sum(), t.ratioPercent()))
                .toList();
    }

    /** An indicator's values for one period, summed by the database. */
    public record PeriodTotal(Period period, long values, BigDecimal sum, Optional<BigDecimal> pooledPercent) {
        public PeriodTotal {
            requireNonNull(period, "period is null");
            requireNonNull(sum, "sum is null");
            requireNonNull(pooledPercent, "pooledPercent is null");
        }
    }
}
