package org.civicplan.core.spi;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.civicplan.core.model.FundingLine;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.ItemId;
import org.civicplan.core.model.ItemStatus;
import org.civicplan.core.model.PlanId;
import org.civicplan.core.model.ProgressState;
import org.civicplan.core.model.PublicInvestment;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.period.Period;

/**
 * What a review reads of one item of the program, and nothing more: a store can answer with these
 * from a few columns instead of rebuilding whole {@link Item} records (texts, products, child
 * lists). {@link #of(Item, Period)} gives the value for an item; a store's own answer must be equal
 * (the title as the item holds it, already normalised).
 *
 * @param lead the single lead unit, when there is exactly one ({@code Assignment.lead()})
 * @param leadUnits every lead unit, in the item's order ({@code Assignment.leadUnits()})
 * @param leadAsWritten the lead units as the plan writes them ({@code Assignment.leadAsWritten()}),
 *     so that a review prints them as every export does without reading the item again
 * @param reportingUnit the unit that reports on it: the named reporting unit, else the single lead
 *     ({@code Assignment.effectiveReportingUnit()})
 * @param deadline when it is due
 * @param funding the planned funding lines for the years the review period covers, in the item's
 *     order (none when the period is unbounded)
 * @param publicInvestment set when it is a public-investment candidate
 * @param status the recorded status (moved by approved reports and the standing agency's decisions)
 * @param completedOn the recorded completion date, when done
 */
public record ReviewItem(
        ItemId id,
        PlanId plan,
        int number,
        String title,
        Optional<UnitCode> lead,
        List<UnitCode> leadUnits,
        List<String> leadAsWritten,
        Optional<UnitCode> reportingUnit,
        Optional<Period> deadline,
        List<FundingLine> funding,
        Optional<PublicInvestment> publicInvestment,
        ItemStatus status,
        Optional<LocalDate> completedOn) {
    public ReviewItem {
        requireNonNull(id, "id is null");
        requireNonNull(plan, "plan is null");
        requireNonNull(title, "title is null");
        requireNonNull(lead, "lead is null");
        leadUnits = List.copyOf(leadUnits);
        leadAsWritten = List.copyOf(leadAsWritten);
        requireNonNull(reportingUnit, "reportingUnit is null");
        requireNonNull(deadline, "deadline is null");
        funding = List.copyOf(funding);
        requireNonNull(publicInvestment, "publicInvestment is null");
        requireNonNull(status, "status is null");
        requireNonNull(completedOn, "completedOn is null");
    }

    /** The item's review facts for {@code period}: funding lines outside the period's years left out. */
    public static ReviewItem of(Item item, Period period) {
        requireNonNull(item, "item is null");
        requireNonNull(period, "period is null");
        List<FundingLine> funding = new ArrayList<>();
        for (FundingLine line : item.assignment().resources().funding()) {
            if (covers(period, line.year())) {
                funding.add(line);
            }
        }
        return new ReviewItem(
                item.id(),
                item.plan(),
                item.number(),
                item.title(),
                item.assignment().lead(),
                item.assignment().leadUnits(),
                item.assignment().leadAsWritten(),
                item.assignment().effectiveReportingUnit(),
                item.deadline(),
                funding,
                item.publicInvestment(),
                item.status(),
                item.completedOn());
    }

    /** True when {@code year} is one of the calendar years a bounded period touches. */
    public static boolean covers(Period period, int year) {
        return period.start().isPresent()
                && period.end().isPresent()
                && year >= period.start().get().getYear()
                && year <= period.end().get().getYear();
    }

    /** Its state judged on {@code date}, by the same rule as {@link Item#stateOn}. */
    public ProgressState stateOn(LocalDate date) {
        return ProgressState.judge(status, dueDate(), completedOn, date);
    }

    /** The date it is due, when its deadline has one (as {@link Item#dueDate()}). */
    public Optional<LocalDate> dueDate() {
        return deadline.flatMap(Period::deadline);
    }
}
