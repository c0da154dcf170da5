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

    /*
     * equals and hashCode written out, with the values a record's generated ones have (hashCode is
     * the value's): the generated ones are bootstrapped through method handles on first use, a cost
     * every short run such as civicplan validate paid for each id type (docs/cli.md, "Start-up").
     */
    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof ProgramId other && value.equals(other.value));
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
