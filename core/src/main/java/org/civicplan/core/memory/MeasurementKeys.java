package org.civicplan.core.memory;

import java.time.LocalDate;
import org.civicplan.core.model.IndicatorCode;
import org.civicplan.core.model.Measurement;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.period.Period;

/** Sort keys that order measurements by indicator, period start, period, unit. */
final class MeasurementKeys {
    private MeasurementKeys() {}

    static String sortKey(Measurement m) {
        return sortKey(m.indicator(), m.period(), m.reportedBy());
    }

    static String sortKey(IndicatorCode indicator, Period period, UnitCode unit) {
        String start = period.start().or(period::end).map(LocalDate::toString).orElse("9999-12-31");
        return indicatorPrefix(indicator) + start + '\u0000' + period.code() + '\u0000' + unit.value();
    }

    static String indicatorPrefix(IndicatorCode indicator) {
        return indicator.value() + '\u0000';
    }
}
