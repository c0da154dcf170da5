package org.civicplan.core.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A program's steering committee (Ban Chỉ đạo): its head, standing deputy, members and the standing
 * agency (cơ quan thường trực) that runs its work and approves reports.
 */
public record SteeringCommittee(
        Official head, Official standingDeputy, List<Official> members, UnitCode standingAgency) {
    public SteeringCommittee {
        requireNonNull(head, "head is null");
        requireNonNull(standingDeputy, "standingDeputy is null");
        members = Texts.list(members, "members");
        requireNonNull(standingAgency, "standingAgency is null");
    }
}
