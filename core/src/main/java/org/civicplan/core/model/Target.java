package org.civicplan.core.model;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import org.civicplan.core.period.Period;

/** A target: a comparison and a value to reach by a period ("đến năm 2025: ≥ 40%"). */
public record Target(Comparison comparison, BigDecimal value, Period period) {
    public Target {
        requireNonNull(comparison, "comparison is null");
        requireNonNull(value, "value is null");
        requireNonNull(period, "period is null");
    }

    public static Target atLeast(BigDecimal value, Period period) {
        return new Target(Comparison.AT_LEAST, value, period);
    }

    public static Target atMost(BigDecimal value, Period period) {
        return new Target(Comparison.AT_MOST, value, period);
    }

    /** True when {@code actual} meets the target. */
    public boolean metBy(BigDecimal actual) {
        int c = actual.compareTo(value);
        return switch (comparison) {
            case AT_LEAST -> c >= 0;
            case AT_MOST -> c <= 0;
            case EQUAL -> c == 0;
        };
    }
}
