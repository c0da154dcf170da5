package org.civicplan.core.model;

/** Typed identifier: the code of an indicator, e.g. {@code CT07-01}. */
public record IndicatorCode(String value) implements Comparable<IndicatorCode> {
    public IndicatorCode {
        value = Ids.check(value, "indicator code");
    }

    public static IndicatorCode of(String value) {
        return new IndicatorCode(value);
    }

    @Override
    public int compareTo(IndicatorCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
