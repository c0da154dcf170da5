package org.civicplan.core.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.civicplan.core.period.Period;

/**
 * A value of an indicator for a period, reported by a unit, with its source (the report or
 * document it comes from). The key is (indicator, period, reporting unit): recording the same key
 * again replaces the value.
 */
public record Measurement(
        IndicatorCode indicator, Period period, UnitCode reportedBy, MeasuredValue value, Optional<String> source) {
    public Measurement {
        requireNonNull(indicator, "indicator is null");
        requireNonNull(period, "period is null");
        requireNonNull(reportedBy, "reportedBy is null");
        requireNonNull(value, "value is null");
        source = Texts.line(source, "source");
    }

    /** The key as text, for messages and audit: {@code CT07-01@2021-H1@SKHCN}. */
    public String key() {
        return indicator.value() + "@" + period.code() + "@" + reportedBy.value();
    }
}
