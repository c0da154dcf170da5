package org.civicplan.core.review;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.civicplan.core.model.Frequency;
import org.civicplan.core.period.Period;

/**
 * One period to report on: the period, its data window (from → to, inclusive) and the due date.
 */
public record ReportingPeriod(Period period, Frequency frequency, LocalDate dataFrom, LocalDate dataTo, LocalDate due) {
    public ReportingPeriod {
        requireNonNull(period, "period is null");
        requireNonNull(frequency, "frequency is null");
        requireNonNull(dataFrom, "dataFrom is null");
        requireNonNull(dataTo, "dataTo is null");
        requireNonNull(due, "due is null");
        if (dataTo.isBefore(dataFrom) || due.isBefore(dataTo)) {
            throw new IllegalArgumentException("reporting period " + period.code() + " has its dates out of order");
        }
    }
}
