package org.civicplan.core.model;

/** Typed identifier: the id of a program, e.g. {@code 07-CTr/TU}. */
public record ProgramId(String value) implements Comparable<ProgramId> {
    public ProgramId {
        value = Ids.check(value, "program id");
    }

    public static ProgramId of(String value) {
        return new ProgramId(value);
    }

    @Override
    public int compareTo(ProgramId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
