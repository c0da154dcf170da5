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

    /*
     * equals and hashCode written out, with the values a record's generated ones have (hashCode is
     * the value's): the generated ones are bootstrapped through method handles on first use, a cost
     * every short run such as civicplan validate paid for each id type (docs/cli.md, "Start-up").
     */
    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof ItemId other && value.equals(other.value));
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
