package org.civicplan.core.review;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicplan.core.model.Adjustment;
import org.civicplan.core.model.FundingSource;
import org.civicplan.core.model.IndicatorCode;
import org.civicplan.core.model.ItemId;
import org.civicplan.core.model.PlanId;
import org.civicplan.core.model.ProgramId;
import org.civicplan.core.model.ReportStatus;
import org.civicplan.core.model.Target;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.money.Vnd;
import org.civicplan.core.spi.AggregatedValue;

/**
 * A computed review (sơ kết six-monthly, yearly, or tổng kết final) of a program for a period: item
 * statuses, indicator standing, a per-unit scorecard, units that did not report, resources planned
 * against reported, public-investment candidates and pending adjustments.
 */
public record Review(
        ProgramId program,
        ReportingPeriod reporting,
        LocalDate asOf,
        List<ItemLine> items,
        List<IndicatorLine> indicators,
        List<UnitScore> units,
        List<UnitCode> unitsNotReported,
        List<ResourceLine> resources,
        List<InvestmentLine> publicInvestment,
        List<Adjustment> proposedAdjustments) {
    public Review {
        requireNonNull(program, "program is null");
        requireNonNull(reporting, "reporting is null");
        requireNonNull(asOf, "asOf is null");
        items = List.copyOf(items);
        indicators = List.copyOf(indicators);
        units = List.copyOf(units);
        unitsNotReported = List.copyOf(unitsNotReported);
        resources = List.copyOf(resources);
        publicInvestment = List.copyOf(publicInvestment);
        proposedAdjustments = List.copyOf(proposedAdjustments);
    }

    /** Items per status, every status present (zero when none). */
    public Map<ReviewStatus, Integer> itemCounts() {
        Map<ReviewStatus, Integer> counts = new EnumMap<>(ReviewStatus.class);
        for (ReviewStatus s : ReviewStatus.values()) {
            counts.put(s, 0);
        }
        items.forEach(i -> counts.merge(i.status(), 1, Integer::sum));
        return counts;
    }

    /** Indicators per standing, every standing present. */
    public Map<Rag, Integer> indicatorCounts() {
        Map<Rag, Integer> counts = new EnumMap<>(Rag.class);
        for (Rag r : Rag.values()) {
            counts.put(r, 0);
        }
        indicators.forEach(i -> counts.merge(i.rag(), 1, Integer::sum));
        return counts;
    }

    public List<ItemLine> itemsWith(ReviewStatus status) {
        return items.stream().filter(i -> i.status() == status).toList();
    }

    /**
     * One item's line.
     *
     * @param lead the single lead unit, when there is exactly one
     * @param leadUnits every lead unit, in the item's order
     * @param leadAsWritten the lead units as the plan writes them, empty when given by codes: an
     *     output prints the line's lead from these two ({@code ItemText.leadUnits(ItemLine, ...)}),
     *     as the appendix prints the item's, without reading the item again
     */
    public record ItemLine(
            ItemId id,
            PlanId plan,
            int number,
            String title,
            Optional<UnitCode> lead,
            List<UnitCode> leadUnits,
            List<String> leadAsWritten,
            ReviewStatus status,
            Optional<LocalDate> due,
            Optional<LocalDate> completedOn,
            Optional<Integer> percentDone) {
        public ItemLine {
            requireNonNull(id, "id is null");
            requireNonNull(lead, "lead is null");
            leadUnits = List.copyOf(leadUnits);
            leadAsWritten = List.copyOf(leadAsWritten);
        }
    }

    /** One indicator's standing. */
    public record IndicatorLine(
            IndicatorCode code,
            String name,
            Optional<String> unitOfMeasure,
            Optional<AggregatedValue> value,
            Optional<Target> target,
            Optional<Target> finalTarget,
            Optional<BigDecimal> achievementPercent,
            Rag rag) {}

    /** A unit's scorecard. */
    public record UnitScore(
            UnitCode unit, int itemsLed, Map<ReviewStatus, Integer> counts, Optional<ReportStatus> report) {
        public UnitScore {
            counts = Map.copyOf(counts);
        }

        public int count(ReviewStatus status) {
            return counts.getOrDefault(status, 0);
        }
    }

    /** Money planned and reported spent, by source, lead unit and year. */
    public record ResourceLine(FundingSource source, UnitCode unit, int year, Vnd planned, Vnd reported) {}

    /** A public-investment candidate. */
    public record InvestmentLine(
            ItemId id,
            int number,
            String title,
            Optional<UnitCode> lead,
            Vnd estimatedTotal,
            Optional<String> projectGroup) {}
}
