package org.civicplan.validation.internal;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.OrgUnit;
import org.civicplan.core.model.Plan;
import org.civicplan.core.model.PlanId;
import org.civicplan.core.period.Period;
import org.civicplan.validation.Profile;

/**
 * What the calibrated rules need to know about the plan an item belongs to: the profile that runs,
 * the date of the document (or, before it is issued, the start of its issue period), its issuer,
 * and which columns its appendix has — a column some item fills is one every item should fill.
 *
 * @param document the plan's number and symbol as printed, or its id
 * @param issued the date of the document that sets the items' deadlines
 * @param approvalColumn some item states an approval level
 * @param resourcesColumn some item states resources
 * @param measureColumn some item links an indicator or counts its product
 * @param productKindColumn some item states a product kind
 * @param responsibleColumn some item names a responsible official
 */
public record PlanFacts(
        Profile profile,
        String document,
        Optional<LocalDate> issued,
        Optional<OrgUnit> issuer,
        boolean approvalColumn,
        boolean resourcesColumn,
        boolean measureColumn,
        boolean productKindColumn,
        boolean responsibleColumn) {
    public PlanFacts {
        requireNonNull(profile, "profile is null");
        requireNonNull(document, "document is null");
        requireNonNull(issued, "issued is null");
        requireNonNull(issuer, "issuer is null");
    }

    /**
     * The facts of every plan the items belong to, in one pass over them.
     *
     * @param chosen a profile the caller set for every plan, or empty to read it from each plan
     */
    public static Map<PlanId, PlanFacts> of(List<Item> items, CheckContext context, Optional<Profile> chosen) {
        Map<PlanId, List<Item>> byPlan = new HashMap<>();
        for (Item item : items) {
            byPlan.computeIfAbsent(item.plan(), k -> new ArrayList<>()).add(item);
        }
        Map<PlanId, PlanFacts> facts = new HashMap<>();
        byPlan.forEach((id, planItems) -> facts.put(id, of(id, planItems, context, chosen)));
        return facts;
    }

    private static PlanFacts of(PlanId id, List<Item> items, CheckContext context, Optional<Profile> chosen) {
        Plan plan = context.plans.get(id);
        boolean approval = false, resources = false, measure = false, kind = false, responsible = false;
        for (Item item : items) {
            approval |= item.approvalLevel().isPresent();
            resources |= !item.assignment().resources().isUnstated();
            measure |= !item.indicators().isEmpty() || item.product().quantity().isPresent();
            kind |= item.product().kind().isPresent();
            responsible |= item.assignment().responsible().isPresent();
        }
        if (plan == null) {
            return new PlanFacts(
                    chosen.orElse(Profile.PROGRAM_PLAN),
                    id.value(),
                    Optional.empty(),
                    Optional.empty(),
                    approval,
                    resources,
                    measure,
                    kind,
                    responsible);
        }
        Optional<LocalDate> issued =
                plan.document().flatMap(d -> d.date()).or(() -> plan.issueBy().flatMap(Period::start));
        String document = plan.document().map(d -> d.symbol()).orElse(id.value());
        return new PlanFacts(
                chosen.orElseGet(() -> Profile.of(plan)),
                document,
                issued,
                context.unit(plan.issuer()),
                approval,
                resources,
                measure,
                kind,
                responsible);
    }
}
