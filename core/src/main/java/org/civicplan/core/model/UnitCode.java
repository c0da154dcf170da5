package org.civicplan.core.model;

/** Typed identifier: the code of an org unit in the directory, e.g. {@code SKHCN} (Sở Khoa học và Công nghệ). */
public record UnitCode(String value) implements Comparable<UnitCode> {
    public UnitCode {
        value = Ids.check(value, "unit code");
    }

    public static UnitCode of(String value) {
        return new UnitCode(value);
    }

    @Override
    public int compareTo(UnitCode other) {
        return value.compareTo(other.value);
    }

    /*
     * equals and hashCode written out, with the values a record's generated ones have (hashCode is
     * the value's): the generated ones are bootstrapped through method handles on first use, a cost
     * every short run such as civicplan validate paid for each id type (docs/cli.md, "Start-up").
     */
    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof UnitCode other && value.equals(other.value));
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
