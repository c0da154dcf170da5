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

    /*
     * equals and hashCode written out, with the values a record's generated ones have (hashCode is
     * the value's): the generated ones are bootstrapped through method handles on first use, a cost
     * every short run such as civicplan validate paid for each id type (docs/cli.md, "Start-up").
     */
    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof PortfolioId other && value.equals(other.value));
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
