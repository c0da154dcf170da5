package org.civicplan.core.model;

import java.util.Optional;

/** The three text parts of a plan: purpose and requirements, content, organisation of implementation. */
public record PlanSections(
        Optional<String> purposeAndRequirements, Optional<String> content, Optional<String> organisation) {
    public static final PlanSections EMPTY = new PlanSections(Optional.empty(), Optional.empty(), Optional.empty());

    public PlanSections {
        purposeAndRequirements = Texts.body(purposeAndRequirements, "purposeAndRequirements");
        content = Texts.body(content, "content");
        organisation = Texts.body(organisation, "organisation");
    }
}
