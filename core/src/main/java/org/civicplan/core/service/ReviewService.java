package org.civicplan.core.service;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.civicplan.core.CivicTime;
import org.civicplan.core.model.Adjustment;
import org.civicplan.core.model.Comparison;
import org.civicplan.core.model.FundingLine;
import org.civicplan.core.model.FundingSource;
import org.civicplan.core.model.Indicator;
import org.civicplan.core.model.IndicatorCode;
import org.civicplan.core.model.ItemId;
import org.civicplan.core.model.ProgramId;
import org.civicplan.core.model.ProgressState;
import org.civicplan.core.model.ReportStatus;
import org.civicplan.core.model.Target;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.money.Vnd;
import org.civicplan.core.period.Period;
import org.civicplan.core.review.ItemStates;
import org.civicplan.core.review.MeasurementAggregation;
import org.civicplan.core.review.Rag;
import org.civicplan.core.review.RagThresholds;
import org.civicplan.core.review.ReportingCalendar;
import org.civicplan.core.review.ReportingPeriod;
import org.civicplan.core.review.Review;
import org.civicplan.core.review.ReviewStatus;
import org.civicplan.core.spi.AggregatedValue;
import org.civicplan.core.spi.PortfolioStore;
import org.civicplan.core.spi.ReviewItem;
import org.civicplan.core.spi.ReviewQueries;
import org.civicplan.core.spi.ReviewReport;

/**
 * Computes reviews: the six-month review (sơ kết), the yearly one and the final one (tổng kết) are
 * the same computation over different periods.
 *
 * <ul>
 *   <li>Items: every item of the program's plans (the city plan and the units' cascaded plans).
 *       Its status is its state on the review date (the end of the data window unless given) by the
 *       one rule of {@link ItemStates}: the record moved by approved reports and the standing
 *       agency's decisions, judged against its deadline — the same state every export shows. The
 *       percent done is the one in its reporting unit's submitted or approved report for the period.
 *   <li>Indicators: the combined value for the period ({@link MeasurementAggregation#queriesOf}:
 *       the store's own {@link PortfolioStore#reviewQueries()}, pushed into SQL by relational stores) against the interim target for the period, else the
 *       final target; short of a target that falls due after the period (a half-year against a
 *       yearly target) it is not yet due, not failed. Achievement is the share of the way from the baseline to the target (so it
 *       works for indicators that should go down); without a baseline, actual ÷ target (inverted for
 *       "at most" targets). A met target is on track; otherwise {@link RagThresholds} decide.
 *   <li>Units: a scorecard per reporting unit; units expected to report (items' reporting units and
 *       indicators' reporting units) with no submitted or approved report are listed.
 *   <li>Resources: planned funding lines for the years the period covers against the amounts
 *       reported spent, by funding source, lead unit and year.
 * </ul>
 *
 * What it reads of the store comes from {@link PortfolioStore#reviewQueries()} where a store can
 * answer in lean form (else from the reference computation, {@link MeasurementAggregation}) (item facts, report lines, pending adjustments, indicator values; a relational
 * store in a few SQL statements), and from the repositories otherwise (the program's indicators). The work is linear in the number of items, reports and indicators.
 */
public final class ReviewService {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final PortfolioStore store;
    private final Clock clock;
    private final ReportingCalendar calendar;
    private final RagThresholds thresholds;

    @Inject
    public ReviewService(PortfolioStore store, Clock clock) {
        this(store, clock, ReportingCalendar.stateRegime(), RagThresholds.DEFAULT);
    }

    public ReviewService(PortfolioStore store, Clock clock, ReportingCalendar calendar, RagThresholds thresholds) {
        this.store = requireNonNull(store, "store is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.calendar = requireNonNull(calendar, "calendar is null");
        this.thresholds = requireNonNull(thresholds, "thresholds is null");
    }

    public static ReviewService of(PortfolioStore store) {
        return new ReviewService(store, CivicTime.systemClock());
    }

    /** The review as of the end of the period's data window (or today, if that is earlier). */
    public Review review(ProgramId programId, Period period) {
        ReportingCalendar.requireReviewable(requireNonNull(period, "period is null"));
        ReportingPeriod reporting = calendar.forPeriod(period);
        LocalDate today = CivicTime.today(clock);
        LocalDate asOf = today.isBefore(reporting.dataTo()) ? today : reporting.dataTo();
        return review(programId, period, asOf);
    }

    public Review review(ProgramId programId, Period period, LocalDate asOf) {
        requireNonNull(programId, "programId is null");
        requireNonNull(asOf, "asOf is null");
        ReportingCalendar.requireReviewable(requireNonNull(period, "period is null"));
        ReviewQueries queries = MeasurementAggregation.queriesOf(store);
        // the reads share one connection where the store offers it (a relational store: one
        // transaction); the review is worked out after it has ended, so no lock outlives the reads
        Reads reads = queries.read(() -> {
            // first: it refuses an unknown program before anything else is read
            List<ReviewItem> items = queries.reviewItems(programId, period);
            List<ReviewReport> reports = queries.reviewReports(programId, period);
            List<Indicator> indicators = store.indicators().byProgram(programId);
            Map<IndicatorCode, AggregatedValue> values = queries.indicatorValues(programId, period);
            List<Adjustment> proposed = queries.pendingAdjustments(programId);
            return new Reads(items, reports, indicators, values, proposed);
        });
        return compute(reads, programId, period, asOf);
    }

    /** What a review reads from the store. */
    private record Reads(
            List<ReviewItem> items,
            List<ReviewReport> reports,
            List<Indicator> indicators,
            Map<IndicatorCode, AggregatedValue> values,
            List<Adjustment> proposed) {}

    private Review compute(Reads reads, ProgramId programId, Period period, LocalDate asOf) {
        ReportingPeriod reporting = calendar.forPeriod(period);
        List<ReviewItem> items = reads.items();

        Map<UnitCode, ReviewReport> reports = new HashMap<>();
        Map<UnitCode, ReportStatus> anyReport = new HashMap<>();
        for (ReviewReport report : reads.reports()) {
            anyReport.put(report.unit(), report.status());
            if (report.counts()) {
                reports.put(report.unit(), report);
            }
        }
        // an item several units report on (its reporting unit and coordinators) is judged by its
        // reporting unit's line; otherwise by the line of the first unit in code order, never by chance
        Map<ItemId, ReviewReport.Line> lines = new HashMap<>();
        Map<ItemId, Map<UnitCode, ReviewReport.Line>> linesByUnit = new HashMap<>();
        for (ReviewReport report : new TreeMap<>(reports).values()) {
            for (ReviewReport.Line line : report.lines()) {
                lines.putIfAbsent(line.item(), line);
                linesByUnit.computeIfAbsent(line.item(), k -> new HashMap<>()).put(report.unit(), line);
            }
        }

        List<Review.ItemLine> itemLines = new ArrayList<>(items.size());
        Map<UnitCode, Map<ReviewStatus, Integer>> perUnit = new TreeMap<>();
        Map<UnitCode, Integer> led = new TreeMap<>();
        Set<UnitCode> expected = new LinkedHashSet<>();
        Map<String, Vnd[]> money = new TreeMap<>();
        List<Review.InvestmentLine> investments = new ArrayList<>();

        for (ReviewItem item : items) {
            Optional<UnitCode> reporter = item.reportingUnit();
            reporter.ifPresent(expected::add);
            // the percent done from the reporting unit's line (else the first unit's, in code order)
            ReviewReport.Line line = reporter.map(
                            u -> linesByUnit.getOrDefault(item.id(), Map.of()).get(u))
                    .orElse(lines.get(item.id()));
            // the state by the one rule (ItemStates): the record moved by approved reports, judged on asOf
            ProgressState state = ItemStates.of(item, asOf);
            ReviewStatus status = ItemStates.reviewStatus(state);
            Optional<LocalDate> completed = state == ProgressState.DONE_ON_TIME || state == ProgressState.DONE_LATE
                    ? item.completedOn()
                    : Optional.empty();
            Optional<Integer> percent = line == null ? Optional.empty() : Optional.of(line.percentDone());
            itemLines.add(new Review.ItemLine(
                    item.id(),
                    item.plan(),
                    item.number(),
                    item.title(),
                    item.lead(),
                    item.leadUnits(),
                    item.leadAsWritten(),
                    status,
                    item.dueDate(),
                    completed,
                    percent));
            UnitCode scoreUnit = reporter.orElse(null);
            if (scoreUnit != null) {
                perUnit.computeIfAbsent(scoreUnit, k -> new EnumMap<>(ReviewStatus.class))
                        .merge(status, 1, Integer::sum);
                led.merge(scoreUnit, 1, Integer::sum);
            }
            UnitCode lead = item.lead().or(() -> reporter).orElse(null);
            if (lead != null) {
                for (FundingLine f : item.funding()) {
                    if (ReviewItem.covers(period, f.year())) {
                        Vnd[] pair = money.computeIfAbsent(
                                key(f.source(), lead, f.year()), k -> new Vnd[] {Vnd.ZERO, Vnd.ZERO});
                        pair[0] = pair[0].plus(f.amount());
                    }
                }
                if (line != null) {
                    for (FundingLine f : line.spent()) {
                        if (ReviewItem.covers(period, f.year())) {
                            Vnd[] pair = money.computeIfAbsent(
                                    key(f.source(), lead, f.year()), k -> new Vnd[] {Vnd.ZERO, Vnd.ZERO});
                            pair[1] = pair[1].plus(f.amount());
                        }
                    }
                }
            }
            item.publicInvestment()
                    .ifPresent(pi -> investments.add(new Review.InvestmentLine(
                            item.id(),
                            item.number(),
                            item.title(),
                            item.lead(),
                            pi.estimatedTotal(),
                            pi.projectGroup())));
        }

        List<Indicator> indicators = reads.indicators();
        Map<IndicatorCode, AggregatedValue> values = reads.values();
        List<Review.IndicatorLine> indicatorLines = new ArrayList<>(indicators.size());
        for (Indicator indicator : indicators) {
            indicator.reportingUnit().ifPresent(expected::add);
            indicatorLines.add(indicatorLine(indicator, period, Optional.ofNullable(values.get(indicator.code()))));
        }

        List<Review.UnitScore> scores = new ArrayList<>();
        for (UnitCode unit : new TreeMap<>(led).keySet()) {
            scores.add(new Review.UnitScore(
                    unit,
                    led.get(unit),
                    perUnit.getOrDefault(unit, Map.of()),
                    Optional.ofNullable(anyReport.get(unit))));
        }
        List<UnitCode> notReported =
                expected.stream().filter(u -> !reports.containsKey(u)).sorted().toList();

        List<Review.ResourceLine> resources = new ArrayList<>();
        money.forEach((k, pair) -> {
            String[] parts = k.split("\u0000");
            resources.add(new Review.ResourceLine(
                    FundingSource.valueOf(parts[0]),
                    UnitCode.of(parts[1]),
                    Integer.parseInt(parts[2]),
                    pair[0],
                    pair[1]));
        });

        List<Adjustment> proposed = reads.proposed();

        return new Review(
                programId,
                reporting,
                asOf,
                itemLines,
                indicatorLines,
                scores,
                notReported,
                resources,
                investments,
                proposed);
    }

    Review.IndicatorLine indicatorLine(Indicator indicator, Period period, Optional<AggregatedValue> value) {
        Optional<Target> target = indicator.targetFor(period);
        Optional<BigDecimal> achievement = Optional.empty();
        Rag rag;
        if (target.isEmpty()) {
            rag = Rag.NO_TARGET;
        } else if (value.isEmpty()) {
            rag = Rag.NO_DATA;
        } else {
            BigDecimal actual = value.get().value();
            achievement = achievement(actual, target.get(), indicator.baseline().map(b -> b.value()));
            if (target.get().metBy(actual)) {
                rag = Rag.ON_TRACK;
            } else if (endsAfter(target.get().period(), period)) {
                // a half-year value against a yearly target: the target is not due yet, so it is
                // not failed (a half-year interim target, when set, is chosen by targetFor instead)
                rag = Rag.NOT_YET_DUE;
            } else if (achievement.isPresent() && achievement.get().compareTo(thresholds.green()) >= 0) {
                rag = Rag.ON_TRACK;
            } else if (achievement.isPresent() && achievement.get().compareTo(thresholds.amber()) >= 0) {
                rag = Rag.AT_RISK;
            } else {
                rag = Rag.OFF_TRACK;
            }
        }
        return new Review.IndicatorLine(
                indicator.code(),
                indicator.name(),
                indicator.unitOfMeasure(),
                value,
                target,
                indicator.target(),
                achievement,
                rag);
    }

    /** True when the target's period ends after the review period's end. */
    private static boolean endsAfter(Period target, Period review) {
        return target.end().isPresent()
                && review.end().isPresent()
                && target.end().get().isAfter(review.end().get());
    }

    /** Percent of the way to the target: from the baseline when there is one, else a plain ratio. */
    static Optional<BigDecimal> achievement(BigDecimal actual, Target target, Optional<BigDecimal> baseline) {
        BigDecimal goal = target.value();
        if (baseline.isPresent() && baseline.get().compareTo(goal) != 0 && target.comparison() != Comparison.EQUAL) {
            BigDecimal span = goal.subtract(baseline.get());
            return Optional.of(actual.subtract(baseline.get())
                    .multiply(HUNDRED)
                    .divide(span, MathContext.DECIMAL64)
                    .setScale(1, RoundingMode.HALF_UP));
        }
        if (target.comparison() == Comparison.AT_MOST) {
            if (actual.signum() == 0) {
                return Optional.of(HUNDRED.setScale(1));
            }
            return Optional.of(
                    goal.multiply(HUNDRED).divide(actual, MathContext.DECIMAL64).setScale(1, RoundingMode.HALF_UP));
        }
        if (goal.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(
                actual.multiply(HUNDRED).divide(goal, MathContext.DECIMAL64).setScale(1, RoundingMode.HALF_UP));
    }

    private static String key(FundingSource source, UnitCode unit, int year) {
        return source.name() + "\u0000" + unit.value() + "\u0000" + year;
    }
}
