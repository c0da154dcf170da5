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

    @Override
    public String toString() {
        return value;
    }
}
