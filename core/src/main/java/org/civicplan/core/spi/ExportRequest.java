package org.civicplan.core.spi;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;
import org.civicplan.core.Lang;
import org.civicplan.core.model.PlanId;
import org.civicplan.core.period.Period;

/**
 * What to export: the store, optionally one plan, the language, the date statuses are judged on,
 * and optionally the review period.
 */
public record ExportRequest(
        PortfolioStore store, Optional<PlanId> plan, Lang lang, LocalDate asOf, Optional<Period> reviewPeriod) {
    public ExportRequest {
        requireNonNull(store, "store is null");
        requireNonNull(plan, "plan is null");
        requireNonNull(lang, "lang is null");
        requireNonNull(asOf, "asOf is null");
        requireNonNull(reviewPeriod, "reviewPeriod is null");
    }
}
