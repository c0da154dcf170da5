package org.civicplan.core.model;

/** Typed identifier: the id of a plan, e.g. {@code KH-UBND-2021}. */
public record PlanId(String value) implements Comparable<PlanId> {
    public PlanId {
        value = Ids.check(value, "plan id");
    }

    public static PlanId of(String value) {
        return new PlanId(value);
    }

    @Override
    public int compareTo(PlanId other) {
        return value.compareTo(other.value);
    }

    /*
     * equals and hashCode written out, with the values a record's generated ones have (hashCode is
     * the value's): the generated ones are bootstrapped through method handles on first use, a cost
     * every short run such as civicplan validate paid for each id type (docs/cli.md, "Start-up").
     */
    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof PlanId other && value.equals(other.value));
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
