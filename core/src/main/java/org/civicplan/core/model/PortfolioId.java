package org.civicplan.core.model;

/** Typed identifier: the tenant key: one city's (or ministry's) whole portfolio, e.g. {@code hanoi}. */
public record PortfolioId(String value) implements Comparable<PortfolioId> {
    public PortfolioId {
        value = Ids.check(value, "portfolio id");
    }

    public static PortfolioId of(String value) {
        return new PortfolioId(value);
    }

    @Override
    public int compareTo(PortfolioId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
