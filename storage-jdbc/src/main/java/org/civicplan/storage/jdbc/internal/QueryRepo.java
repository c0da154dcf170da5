package org.civicplan.storage.jdbc.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicplan.core.model.IndicatorCode;
import org.civicplan.core.model.ItemStatus;
import org.civicplan.core.model.Measurement;
import org.civicplan.core.model.PlanId;
import org.civicplan.core.model.ProgressState;
import org.civicplan.core.period.Period;

/**
 * Aggregates computed by the database, so that a portfolio with millions of measurements is
 * summarised without loading it. The derived item state mirrors {@code Item.stateOn} (a test
 * checks the two agree for every status/deadline/completion combination).
 */
public final class QueryRepo {
    /** The CASE result codes, in this order; index 0 unused. */
    private static final ProgressState[] STATES = {
        null,
        ProgressState.NOT_STARTED,
        ProgressState.IN_PROGRESS,
        ProgressState.DONE_ON_TIME,
        ProgressState.DONE_LATE,
        ProgressState.OVERDUE,
        ProgressState.SUSPENDED,
        ProgressState.CANCELLED
    };

    /** The effective state of item {@code t} on {@code :asOf}, as the index into {@link #STATES}. */
    static final String STATE = "CASE WHEN t.status = :cancelled THEN 7"
            + " WHEN t.status = :suspended THEN 6"
            // done only after :asOf was not yet done on :asOf (ItemStates): overdue or in progress then
            + " WHEN t.status = :done AND (t.completed_on IS NULL OR t.completed_on <= :asOf)"
            + " THEN (CASE WHEN t.deadline_end IS NOT NULL AND t.completed_on IS NOT NULL"
            + " AND t.completed_on > t.deadline_end THEN 4 ELSE 3 END)"
            + " WHEN t.deadline_end IS NOT NULL AND t.deadline_end < :asOf THEN 5"
            + " WHEN t.status = :inProgress OR t.status = :done THEN 2"
            + " ELSE 1 END";

    private final Db db;

    public QueryRepo(Db db) {
        this.db = db;
    }

    /** Items per effective state on {@code asOf}, in the whole portfolio or one plan. */
    public Map<ProgressState, Long> countByState(Optional<PlanId> plan, LocalDate asOf) {
        String where = plan.isPresent() ? "t.plan_id = :plan" : "1 = 1";
        Map<String, Object> params = new HashMap<>();
        params.put("cancelled", ItemStatus.CANCELLED.code());
        params.put("suspended", ItemStatus.SUSPENDED.code());
        params.put("done", ItemStatus.DONE.code());
        params.put("inProgress", ItemStatus.IN_PROGRESS.code());
        params.put("asOf", Rows.sqlDate(asOf));
        plan.ifPresent(p -> params.put("plan", p.value()));
        return db.run(Op.write("query", "item", plan.map(PlanId::value).orElse(null)), h -> {
            Map<ProgressState, Long> counts = new EnumMap<>(ProgressState.class);
            for (ProgressState state : ProgressState.values()) {
                counts.put(state, 0L);
            }
            h.createQuery("SELECT s.state, COUNT(*) AS n FROM (SELECT " + STATE + " AS state FROM items t"
                            + " WHERE t.portfolio_id = :portfolio AND (" + where + ")) s GROUP BY s.state")
                    .bind("portfolio", db.portfolio())
                    .bindMap(params)
                    .map((rs, ctx) -> Map.entry(STATES[rs.getInt("state")], rs.getLong("n")))
                    .forEach(e -> counts.put(e.getKey(), e.getValue()));
            return counts;
        });
    }

    /**
     * Per unit, the value of the latest period that ended on or before {@code asOf} (the shortest
     * such period when several end the same day), ordered by unit.
     */
    public List<Measurement> latestValues(IndicatorCode indicator, LocalDate asOf) {
        return db.run(Op.write("query", "indicator", indicator.value()), h -> {
            Map<String, Measurement> byUnit = new LinkedHashMap<>();
            h.createQuery("SELECT m.* FROM measurements m WHERE m.portfolio_id = :portfolio"
                            + " AND m.indicator_code = :indicator AND m.period_end <= :asOf"
                            + " AND m.period_end = (SELECT MAX(x.period_end) FROM measurements x"
                            + " WHERE x.portfolio_id = m.portfolio_id AND x.indicator_code = m.indicator_code"
                            + " AND x.unit_code = m.unit_code AND x.period_end <= :asOf)"
                            + " ORDER BY m.unit_code, m.period_sort DESC, m.period_code")
                    .bind("portfolio", db.portfolio())
                    .bind("indicator", indicator.value())
                    .bind("asOf", Rows.sqlDate(asOf))
                    .map((rs, ctx) -> MeasurementRepo.read(rs))
                    .forEach(m -> byUnit.putIfAbsent(m.reportedBy().value(), m));
            return List.copyOf(byUnit.values());
        });
    }

    /** One row of {@link #totalsByPeriod}. */
    public record Total(Period period, long values, BigDecimal sum, Optional<BigDecimal> ratioPercent) {}

    /**
     * Per period, in period order: how many units reported, the sum of their values, and for
     * percentages the pooled ratio (sum of numerators over sum of denominators, in percent).
     */
    public List<Total> totalsByPeriod(IndicatorCode indicator) {
        return db.run(Op.write("query", "indicator", indicator.value()), h -> {
            List<Total> totals = new ArrayList<>();
            h.createQuery("SELECT m.period_code, MIN(m.period_sort) AS sort_date, COUNT(*) AS n,"
                            + " SUM(m.value_num) AS total, SUM(m.numerator) AS num, SUM(m.denominator) AS den"
                            + " FROM measurements m WHERE m.portfolio_id = :portfolio"
                            + " AND m.indicator_code = :indicator GROUP BY m.period_code"
                            + " ORDER BY sort_date, m.period_code")
                    .bind("portfolio", db.portfolio())
                    .bind("indicator", indicator.value())
                    .map((rs, ctx) -> {
                        BigDecimal num = rs.getBigDecimal("num");
                        BigDecimal den = rs.getBigDecimal("den");
                        Optional<BigDecimal> ratio = Optional.empty();
                        if (num != null && den != null && den.signum() > 0) {
                            ratio = Optional.of(num.multiply(BigDecimal.valueOf(100))
                                    .divide(den, MathContext.DECIMAL64)
                                    .stripTrailingZeros());
                        }
                        return new Total(
                                Period.parse(rs.getString("period_code")),
                                rs.getLong("n"),
                                rs.getBigDecimal("total").stripTrailingZeros(),
                                ratio);
                    })
                    .forEach(totals::add);
            return totals;
        });
    }
}
