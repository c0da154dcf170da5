package org.civicplan.storage.jdbc.internal;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.civicplan.core.model.IndicatorCode;
import org.civicplan.core.model.IndicatorKind;
import org.civicplan.core.model.ProgramId;
import org.civicplan.core.period.Period;
import org.civicplan.core.spi.AggregatedValue;
import org.civicplan.core.spi.ReviewQueries;

/**
 * {@link ReviewQueries} in one SQL statement, so that a review of millions of measurements reads
 * at most one row per indicator: the program's indicators joined with their measurements inside the
 * review period, each unit's latest one picked by {@code ROW_NUMBER()} (H2 2.x, PostgreSQL, MariaDB
 * 10.2+, MySQL 8), then summed or maxed per indicator.
 *
 * <p>Equal to {@code MeasurementAggregation} (a test checks it on every database), with these
 * choices made explicit:
 *
 * <ul>
 *   <li>Of a unit's values ending on the same latest day, the reference keeps the first in
 *       repository order (period start, then period code), i.e. the longest period; so does the
 *       {@code ORDER BY} of the window.
 *   <li>Numbers come from the {@code DECIMAL(38,10)} columns: exact for values with at most ten
 *       decimals (money is whole đồng). Results are equal to the reference by {@code compareTo};
 *       their scale is normalised (no trailing zeros, never below zero), where the reference keeps
 *       the inputs' largest scale.
 *   <li>The combination follows each value's kind, as the reference does: ratios add numerators
 *       and denominators, milestones take the maximum, the rest add up. A measurement whose kind
 *       differs from its indicator's (which {@code PlanService} refuses) yields the larger of the
 *       sum and the milestone.
 * </ul>
 */
public final class SqlReviewQueries implements ReviewQueries {
    /**
     * Per indicator of the program: each unit's latest value inside [:start, :end], combined. The
     * tie-break after {@code period_end DESC} mirrors the repository order the reference iterates in.
     */
    static final String INDICATOR_VALUES = "SELECT r.indicator_code, r.indicator_kind, COUNT(*) AS units,"
            + " MAX(r.period_end) AS latest,"
            + " SUM(CASE WHEN r.kind = :percent THEN r.numerator WHEN r.kind = :milestone THEN NULL"
            + " ELSE r.value_num END) AS summed,"
            + " MAX(CASE WHEN r.kind = :milestone THEN r.value_num ELSE NULL END) AS reached,"
            + " SUM(CASE WHEN r.kind = :percent THEN r.denominator ELSE NULL END) AS denominator"
            + " FROM (SELECT i.indicator_code, i.kind AS indicator_kind, m.kind, m.period_end, m.value_num,"
            + " m.numerator, m.denominator,"
            + " ROW_NUMBER() OVER (PARTITION BY m.indicator_code, m.unit_code"
            + " ORDER BY m.period_end DESC, m.period_sort, m.period_code) AS pick"
            + " FROM indicators i JOIN measurements m"
            + " ON m.portfolio_id = i.portfolio_id AND m.indicator_code = i.indicator_code"
            + " WHERE i.portfolio_id = :portfolio AND i.program_id = :program"
            + " AND m.period_start >= :start AND m.period_end <= :end) r"
            + " WHERE r.pick = 1"
            + " GROUP BY r.indicator_code, r.indicator_kind"
            + " ORDER BY r.indicator_code";

    private final Db db;

    public SqlReviewQueries(Db db) {
        this.db = requireNonNull(db, "db is null");
    }

    @Override
    public Map<IndicatorCode, AggregatedValue> indicatorValues(ProgramId program, Period period) {
        requireNonNull(program, "program is null");
        requireNonNull(period, "period is null");
        if (period.start().isEmpty() || period.end().isEmpty()) {
            // nothing lies inside an unbounded period (as in the reference): no query
            return Map.of();
        }
        return db.run(Op.write("query", "program", program.value()), h -> {
            Map<IndicatorCode, AggregatedValue> values = new LinkedHashMap<>();
            h.createQuery(INDICATOR_VALUES)
                    .bind("portfolio", db.portfolio())
                    .bind("program", program.value())
                    .bind("start", Rows.sqlDate(period.start().get()))
                    .bind("end", Rows.sqlDate(period.end().get()))
                    .bind("percent", IndicatorKind.PERCENT.code())
                    .bind("milestone", IndicatorKind.MILESTONE.code())
                    .map((rs, ctx) -> {
                        IndicatorCode code = IndicatorCode.of(rs.getString("indicator_code"));
                        IndicatorKind kind = IndicatorKind.fromCode(rs.getString("indicator_kind"));
                        BigDecimal summed = rs.getBigDecimal("summed");
                        BigDecimal reached = rs.getBigDecimal("reached");
                        BigDecimal total;
                        if (reached == null) {
                            total = summed == null ? BigDecimal.ZERO : summed;
                        } else {
                            total = reached.max(summed == null ? BigDecimal.ZERO : summed);
                        }
                        BigDecimal denominator = rs.getBigDecimal("denominator");
                        Optional<BigDecimal> pooled = kind == IndicatorKind.PERCENT
                                ? Optional.of(normal(denominator == null ? BigDecimal.ZERO : denominator))
                                : Optional.empty();
                        LocalDate latest = rs.getDate("latest").toLocalDate();
                        return new AggregatedValue(code, kind, normal(total), pooled, rs.getInt("units"), latest);
                    })
                    .forEach(v -> values.put(v.indicator(), v));
            return values;
        });
    }

    /** Without the column's trailing zeros, and never in exponent form ({@code 100}, not {@code 1E+2}). */
    static BigDecimal normal(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
