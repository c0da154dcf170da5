package org.civicplan.appendix;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.civicplan.core.model.UnitCode;

/**
 * One unit named in a lead or coordinating cell, as written, and what the unit directory made of
 * it.
 *
 * @param written the name as written in the cell ("Sở Văn hóa, Thể thao và Du lịch")
 * @param status whether it names one unit, a group, several candidates or none known
 * @param units the unit when resolved, the candidates when ambiguous, else empty
 */
public record UnitMention(String written, Status status, List<UnitCode> units) {
    public UnitMention {
        requireNonNull(written, "written is null");
        requireNonNull(status, "status is null");
        units = List.copyOf(units);
    }

    /** What a unit name resolved to. */
    public enum Status {
        /** Exactly one unit of the directory. */
        RESOLVED,
        /** A group named collectively ("Các sở, ban, ngành", "các đơn vị liên quan"). */
        COLLECTIVE,
        /** Several units of the directory carry this name. */
        AMBIGUOUS,
        /** No unit of the directory carries this name. */
        UNKNOWN
    }
}
