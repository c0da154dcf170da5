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

    @Override
    public String toString() {
        return value;
    }
}
