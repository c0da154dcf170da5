package org.civicplan.validation.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.civicplan.core.model.Assignment;
import org.civicplan.core.model.FundingLine;
import org.civicplan.core.model.IndicatorCode;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.ItemId;
import org.civicplan.core.model.ItemKind;
import org.civicplan.core.model.ItemScope;
import org.civicplan.core.model.OrgUnit;
import org.civicplan.core.model.ProductKind;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.model.UnitKind;
import org.civicplan.core.period.Period;
import org.civicplan.validation.Rule;

/**
 * The per-item rules that need context: the unit directory, the program period, the other items
 * and the indicators. Constant work per reference, so linear in the portfolio.
 *
 * <p>Responsibility (rõ trách nhiệm): a district or commune leading a city-wide item needs a stated
 * {@code leadRationale} (error without it); an enterprise, university, institute or association
 * leading a scheme or a policy is a warning unless a reason is stated, since such units implement
 * policy rather than make it.
 */
public final class ContextRules {
    private static final Set<UnitKind> LOCAL = EnumSet.of(UnitKind.DISTRICT, UnitKind.COMMUNE);
    private static final Set<UnitKind> NON_STATE =
            EnumSet.of(UnitKind.ENTERPRISE, UnitKind.UNIVERSITY, UnitKind.INSTITUTE, UnitKind.ORGANISATION);

    private ContextRules() {}

    public static List<Hit> check(Item item, CheckContext context) {
        List<Hit> hits = new ArrayList<>();
        check(item, item.dueDate(), context, hits);
        return hits;
    }

    /**
     * The context rules of {@code item}, appended to {@code hits}.
     *
     * @param due {@code item.dueDate()}, computed once by the caller
     */
    public static void check(Item item, Optional<LocalDate> due, CheckContext context, List<Hit> hits) {
        Optional<Period> program = context.programPeriod(item.plan());
        person(item, context, hits);
        time(item, due, context, program, hits);
        responsibility(item, context, hits);
        resources(item, program, hits);
        measurable(item, context, hits);
    }

    private static void person(Item item, CheckContext context, List<Hit> hits) {
        Assignment a = item.assignment();
        for (int i = 0; i < a.leadUnits().size(); i++) {
            UnitCode unit = a.leadUnits().get(i);
            if (context.unit(unit).isEmpty()) {
                hits.add(Hit.on(Rule.PERSON_LEAD_UNKNOWN, "assignment.leadUnits[" + i + "]")
                        .param("unit", unit.value())
                        .build());
            }
        }
        for (int i = 0; i < a.coordinatingUnits().size(); i++) {
            UnitCode unit = a.coordinatingUnits().get(i);
            if (context.unit(unit).isEmpty()) {
                hits.add(Hit.on(Rule.PERSON_COORDINATING_UNKNOWN, "assignment.coordinatingUnits[" + i + "]")
                        .param("unit", unit.value())
                        .build());
            }
        }
    }

    private static void time(
            Item item, Optional<LocalDate> due, CheckContext context, Optional<Period> program, List<Hit> hits) {
        if (program.isPresent()) {
            Period period = program.get();
            if (item.deadline().isPresent()
                    && due.isPresent()
                    && !item.deadline().get().within(period)) {
                hits.add(Hit.on(Rule.TIME_DEADLINE_OUTSIDE_PROGRAM, "deadline")
                        .param("deadline", item.deadline().get().code())
                        .param("period", period.code())
                        .build());
            }
            Optional<LocalDate> start = item.start().filter(d -> !ItemRules.absurd(d.getYear()));
            if (start.isPresent() && !period.contains(start.get())) {
                hits.add(Hit.on(Rule.TIME_START_OUTSIDE_PROGRAM, "start")
                        .param("start", start.get())
                        .param("period", period.code())
                        .build());
            }
        }
        List<ItemId> prerequisites = item.prerequisites();
        for (int i = 0; i < prerequisites.size(); i++) {
            ItemId id = prerequisites.get(i);
            Optional<Item> prerequisite = context.item(id);
            if (prerequisite.isEmpty()) {
                hits.add(Hit.on(Rule.TIME_PREREQUISITE_UNKNOWN, "prerequisites[" + i + "]")
                        .param("prerequisite", id.value())
                        .build());
                continue;
            }
            Optional<LocalDate> before = prerequisite.get().dueDate();
            if (due.isPresent() && before.isPresent() && before.get().isAfter(due.get())) {
                hits.add(Hit.on(Rule.TIME_PREREQUISITE_LATER, "prerequisites[" + i + "]")
                        .param("prerequisite", prerequisite.get().number())
                        .param("prerequisiteDue", before.get())
                        .param("deadline", due.get())
                        .build());
            }
        }
    }

    private static void responsibility(Item item, CheckContext context, List<Hit> hits) {
        Assignment a = item.assignment();
        if (a.reportingUnit().isPresent()
                && context.unit(a.reportingUnit().get()).isEmpty()) {
            hits.add(Hit.on(Rule.RESPONSIBILITY_REPORTING_UNKNOWN, "assignment.reportingUnit")
                    .param("unit", a.reportingUnit().get().value())
                    .build());
        }
        Optional<OrgUnit> lead = a.lead().flatMap(context::unit);
        if (lead.isEmpty() || a.leadRationale().isPresent()) {
            return;
        }
        UnitKind kind = lead.get().kind();
        if (LOCAL.contains(kind) && item.scope() == ItemScope.CITY) {
            hits.add(Hit.on(Rule.RESPONSIBILITY_LEAD_SCOPE, "assignment.leadUnits[0]")
                    .param("unit", lead.get().name())
                    .label("unitKind", kind)
                    .build());
        } else if (NON_STATE.contains(kind)
                && (item.kind() == ItemKind.SCHEME
                        || item.product()
                                .kind()
                                .filter(k -> k == ProductKind.POLICY)
                                .isPresent())) {
            hits.add(Hit.on(Rule.RESPONSIBILITY_LEAD_ROLE, "assignment.leadUnits[0]")
                    .param("unit", lead.get().name())
                    .label("unitKind", kind)
                    .label("kind", item.kind())
                    .build());
        }
    }

    private static void resources(Item item, Optional<Period> program, List<Hit> hits) {
        int from = program.flatMap(Period::start).map(LocalDate::getYear).orElse(ItemRules.MIN_YEAR);
        int to = program.flatMap(Period::end).map(LocalDate::getYear).orElse(ItemRules.MAX_YEAR);
        List<FundingLine> funding = item.assignment().resources().funding();
        for (int i = 0; i < funding.size(); i++) {
            int year = funding.get(i).year();
            if (year < from || year > to) {
                hits.add(Hit.on(Rule.RESOURCES_YEAR_OUTSIDE_PROGRAM, "assignment.resources.funding[" + i + "].year")
                        .param("year", year)
                        .param("from", from)
                        .param("to", to)
                        .build());
            }
        }
    }

    private static void measurable(Item item, CheckContext context, List<Hit> hits) {
        List<IndicatorCode> codes = item.indicators();
        for (int i = 0; i < codes.size(); i++) {
            if (!context.hasIndicator(codes.get(i))) {
                hits.add(Hit.on(Rule.MEASURABLE_INDICATOR_UNKNOWN, "indicators[" + i + "]")
                        .param("indicator", codes.get(i).value())
                        .build());
            }
        }
    }
}
