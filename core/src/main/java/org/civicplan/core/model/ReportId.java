package org.civicplan.core.model;

/** Typed identifier: the id of a progress report. */
public record ReportId(String value) implements Comparable<ReportId> {
    public ReportId {
        value = Ids.check(value, "report id");
    }

    public static ReportId of(String value) {
        return new ReportId(value);
    }

    @Override
    public int compareTo(ReportId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
