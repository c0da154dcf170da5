package org.civicplan.core.model;

/** Typed identifier: the id of an item, unique in a portfolio, e.g. {@code KH-UBND-2021/05}. */
public record ItemId(String value) implements Comparable<ItemId> {
    public ItemId {
        value = Ids.check(value, "item id");
    }

    public static ItemId of(String value) {
        return new ItemId(value);
    }

    @Override
    public int compareTo(ItemId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
