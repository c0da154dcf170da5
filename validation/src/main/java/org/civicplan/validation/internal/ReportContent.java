package org.civicplan.validation.internal;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import org.civicplan.core.constraints.Stage;
import org.civicplan.core.model.ItemId;
import org.civicplan.core.model.PlanId;
import org.civicplan.validation.Dimension;
import org.civicplan.validation.Finding;
import org.civicplan.validation.Profile;
import org.civicplan.validation.Status;

/**
 * What {@link ReportRenderer} writes, handed over by the clarity report: so the renderer needs the
 * report's content, not the report, and the report can call the renderer without the two depending
 * on each other.
 *
 * @param ready per stage, whether no error required at it was found
 * @param items items checked
 * @param itemsWithoutErrors items with no error in any dimension
 * @param errors findings of severity error
 * @param warnings findings of severity warning
 * @param failingItems per dimension, how many items fail it
 * @param checked every item checked, in order, with its statuses and findings
 * @param findings every finding: items in the order checked, then indicators, then the portfolio's
 * @param profiles per plan checked, the profile that ran
 * @param documents per plan checked, its number and symbol (its id when it has none)
 */
public record ReportContent(
        Map<Stage, Boolean> ready,
        int items,
        int itemsWithoutErrors,
        int errors,
        int warnings,
        Map<Dimension, Integer> failingItems,
        List<Checked> checked,
        List<Finding> findings,
        Map<PlanId, Profile> profiles,
        Map<PlanId, String> documents) {
    public ReportContent {
        profiles = requireNonNull(profiles, "profiles is null");
        documents = requireNonNull(documents, "documents is null");
        ready = Map.copyOf(ready);
        failingItems = requireNonNull(failingItems, "failingItems is null");
        checked = requireNonNull(checked, "checked is null");
        findings = requireNonNull(findings, "findings is null");
    }

    /** One checked item: where it is, the status of each dimension, and the findings about it. */
    public record Checked(
            ItemId id, PlanId plan, int number, String title, Map<Dimension, Status> status, List<Finding> findings) {
        public Checked {
            requireNonNull(id, "id is null");
            requireNonNull(plan, "plan is null");
            requireNonNull(title, "title is null");
            requireNonNull(status, "status is null");
            requireNonNull(findings, "findings is null");
        }
    }
}
