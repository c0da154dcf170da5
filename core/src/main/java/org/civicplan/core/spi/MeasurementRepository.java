package org.civicplan.core.spi;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.civicplan.core.model.IndicatorCode;
import org.civicplan.core.model.Measurement;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.period.Period;

/**
 * Indicator values. There may be millions, so bulk writes take an iterable and bulk reads hand
 * values to a consumer one at a time instead of building a list.
 */
public interface MeasurementRepository {
    /** Inserts or replaces the value with the same (indicator, period, unit) key. */
    void record(Measurement measurement);

    /** Records many values in one transaction (all or none). */
    void recordAll(Iterable<Measurement> measurements);

    Optional<Measurement> find(IndicatorCode indicator, Period period, UnitCode reportedBy);

    /** The indicator's values, ordered by period start then unit. */
    List<Measurement> byIndicator(IndicatorCode indicator);

    /** Every value, one at a time, in key order; the repository holds only a bounded batch in memory. */
    void forEach(Consumer<Measurement> consumer);

    long count();
}
