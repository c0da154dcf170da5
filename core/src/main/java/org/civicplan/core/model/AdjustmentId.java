package org.civicplan.core.model;

/** Typed identifier: the id of an adjustment proposal. */
public record AdjustmentId(String value) implements Comparable<AdjustmentId> {
    public AdjustmentId {
        value = Ids.check(value, "adjustment id");
    }

    public static AdjustmentId of(String value) {
        return new AdjustmentId(value);
    }

    @Override
    public int compareTo(AdjustmentId other) {
        return value.compareTo(other.value);
    }

    /*
     * equals and hashCode written out, with the values a record's generated ones have (hashCode is
     * the value's): the generated ones are bootstrapped through method handles on first use, a cost
     * every short run such as civicplan validate paid for each id type (docs/cli.md, "Start-up").
     */
    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof AdjustmentId other && value.equals(other.value));
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
