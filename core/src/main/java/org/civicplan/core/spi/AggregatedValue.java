package org.civicplan.core.spi;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Optional;
import org.civicplan.core.model.IndicatorCode;
import org.civicplan.core.model.IndicatorKind;

/**
 * An indicator's value for a review period, combined over the units that report it: each unit's
 * latest value inside the period, then summed (counts, money), pooled (percentages: numerators over
 * denominators) or any-reached (milestones).
 *
 * @param total the combined count, amount or numerator (1/0 for a milestone)
 * @param denominator the combined denominator for percentages, else empty
 * @param units how many units' values were combined
 * @param latest the end of the latest period among the values used
 */
public record AggregatedValue(
        IndicatorCode indicator,
        IndicatorKind kind,
        BigDecimal total,
        Optional<BigDecimal> denominator,
        int units,
        LocalDate latest) {
    public AggregatedValue {
        requireNonNull(indicator, "indicator is null");
        requireNonNull(kind, "kind is null");
        requireNonNull(total, "total is null");
        requireNonNull(denominator, "denominator is null");
        requireNonNull(latest, "latest is null");
    }

    /** The value to compare with targets: the percentage for ratios, else the total. */
    public BigDecimal value() {
        if (denominator.isPresent()) {
            if (denominator.get().signum() == 0) {
                return BigDecimal.ZERO;
            }
            return total.multiply(BigDecimal.valueOf(100)).divide(denominator.get(), MathContext.DECIMAL64);
        }
        return total;
    }
}
