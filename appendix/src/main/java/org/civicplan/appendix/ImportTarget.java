package org.civicplan.appendix;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.civicplan.core.docref.DocumentRef;
import org.civicplan.core.model.PlanId;
import org.civicplan.core.model.ProgramId;

/** Where an appendix is imported: into a plan that exists, or into a new draft plan. */
public sealed interface ImportTarget {
    PlanId plan();

    /** A plan of the store: a draft has its items updated, an issued one gets adjustment proposals. */
    record Existing(PlanId plan) implements ImportTarget {
        public Existing {
            requireNonNull(plan, "plan is null");
        }
    }

    /**
     * A new draft plan, issued by the acting unit.
     *
     * @param plan its id
     * @param program the program it implements
     * @param document its number and symbol with the date ("186/KH-UBND", 2021-07-20)
     * @param title its title; empty for "Kế hoạch số …" from the document number
     */
    record NewDraft(PlanId plan, ProgramId program, DocumentRef document, Optional<String> title)
            implements ImportTarget {
        public NewDraft {
            requireNonNull(plan, "plan is null");
            requireNonNull(program, "program is null");
            requireNonNull(document, "document is null");
            requireNonNull(title, "title is null");
        }
    }
}
