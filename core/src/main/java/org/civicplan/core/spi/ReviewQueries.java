package org.civicplan.core.spi;

import java.util.Map;
import org.civicplan.core.model.ProgramId;
import org.civicplan.core.period.Period;

/**
 * Aggregates a review needs from possibly millions of measurements. A relational store answers in
 * SQL so that no measurement row reaches Java; the default walks the measurements repository.
 */
public interface ReviewQueries {
    /**
     * The program's indicators' values for the period: per unit the latest measurement whose period
     * lies inside {@code period}, combined across units (see {@link AggregatedValue}). Indicators
     * with no value in the period are absent.
     */
    Map<org.civicplan.core.model.IndicatorCode, AggregatedValue> indicatorValues(ProgramId program, Period period);
}
