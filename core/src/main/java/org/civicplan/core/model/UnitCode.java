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

    @Override
    public String toString() {
        return value;
    }
}
