package org.civicplan.core.model;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import org.civicplan.core.period.Period;

/** Where an indicator starts: a value in a period ("năm 2020: 22%"). */
public record Baseline(BigDecimal value, Period period) {
    public Baseline {
        requireNonNull(value, "value is null");
        requireNonNull(period, "period is null");
    }
}
