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

    /*
     * equals and hashCode written out, with the values a record's generated ones have (hashCode is
     * the value's): the generated ones are bootstrapped through method handles on first use, a cost
     * every short run such as civicplan validate paid for each id type (docs/cli.md, "Start-up").
     */
    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof IndicatorCode other && value.equals(other.value));
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
