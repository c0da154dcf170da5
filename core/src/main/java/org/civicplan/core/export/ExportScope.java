package org.civicplan.core.export;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.civicplan.core.CivicTime;
import org.civicplan.core.model.Plan;
import org.civicplan.core.model.PlanId;
import org.civicplan.core.model.Program;
import org.civicplan.core.model.ProgramId;
import org.civicplan.core.period.Period;
import org.civicplan.core.review.ItemStates;
import org.civicplan.core.review.MeasurementAggregation;
import org.civicplan.core.review.ProgramItems;
import org.civicplan.core.review.ReportingCalendar;
import org.civicplan.core.review.Review;
import org.civicplan.core.service.ReviewService;
import org.civicplan.core.spi.ExportRequest;
import org.civicplan.core.spi.PortfolioStore;
import org.civicplan.core.spi.ReviewQueries;

/** Which plans, programs and review period an export request covers; shared by the exporters. */
public final class ExportScope {
    private ExportScope() {}

    /** The requested plan, or every plan of the portfolio (ordered by id). */
    public static List<Plan> plans(ExportRequest request) {
        PortfolioStore store = request.store();
        if (request.plan().isPresent()) {
            return List.of(store.plans().get(request.plan().get()));
        }
        List<Plan> plans = new ArrayList<>(store.plans().all());
        plans.sort((a, b) -> a.id().compareTo(b.id()));
        return plans;
    }

    /** The program of the requested plan (following parent plans up), or every program. */
    public static List<Program> programs(ExportRequest request) {
        PortfolioStore store = request.store();
        if (request.plan().isPresent()) {
            return store.plans()
                    .programOf(store.plans().get(request.plan().get()))
                    .map(id -> List.of(store.programs().get(id)))
                    .orElse(List.of());
        }
        List<Program> programs = new ArrayList<>(store.programs().all());
        programs.sort((a, b) -> a.id().value().compareTo(b.id().value()));
        return programs;
    }

    /**
     * The requested review period, else the latest six-month period inside the programs exported
     * that has data (a progress report or an indicator value) and has begun by the request's date;
     * without any data, the latest such half-year that has begun (the first one, before the
     * program starts). Never the current half-year of the clock alone: a finished program's export
     * judges its last period with data, not an empty one.
     */
    public static Period reviewPeriod(ExportRequest request) {
        if (request.reviewPeriod().isPresent()) {
            return request.reviewPeriod().get();
        }
        LocalDate asOf = request.asOf();
        ReviewQueries queries = MeasurementAggregation.queriesOf(request.store());
        Period withData = null;
        Period begun = null;
        Period first = null;
        for (Program program : programs(request)) {
            for (Period half : halves(program.period())) {
                if (first == null || ItemStates.isLater(first, half)) {
                    first = half;
                }
                if (half.start().orElseThrow().isAfter(asOf)) {
                    continue;
                }
                if (begun == null || ItemStates.isLater(half, begun)) {
                    begun = half;
                }
                if ((withData == null || ItemStates.isLater(half, withData))
                        && hasData(request, queries, program, half)) {
                    withData = half;
                }
            }
        }
        if (withData != null) {
            return withData;
        }
        if (begun != null) {
            return begun;
        }
        if (first != null) {
            return first;
        }
        return asOf.getMonthValue() <= 6 ? Period.firstHalf(asOf.getYear()) : Period.secondHalf(asOf.getYear());
    }

    /**
     * The one date every part of an export judges item states on, and states: the review's date
     * (the end of the review period's data window, or the request's date when that is earlier).
     */
    public static LocalDate judgedOn(ExportRequest request) {
        LocalDate dataTo =
                ReportingCalendar.stateRegime().forPeriod(reviewPeriod(request)).dataTo();
        return request.asOf().isBefore(dataTo) ? request.asOf() : dataTo;
    }

    /** The half-years of a bounded period (none for a recurring or open one, or one over a century). */
    private static List<Period> halves(Period period) {
        List<Period> out = new ArrayList<>();
        if (period.start().isEmpty() || period.end().isEmpty()) {
            return out;
        }
        int from = period.start().get().getYear();
        int to = period.end().get().getYear();
        if (to - from > 100) {
            return out;
        }
        for (int year = from; year <= to; year++) {
            for (Period half : List.of(Period.firstHalf(year), Period.secondHalf(year))) {
                if (!half.end().orElseThrow().isBefore(period.start().get())
                        && !half.start().orElseThrow().isAfter(period.end().get())) {
                    out.add(half);
                }
            }
        }
        return out;
    }

    private static boolean hasData(ExportRequest request, ReviewQueries queries, Program program, Period half) {
        return !request.store().reports().byPeriod(program.id(), half).isEmpty()
                || !queries.indicatorValues(program.id(), half).isEmpty();
    }

    /** The requested plan and the plans cascading from it; empty when no plan was requested (everything). */
    public static Set<PlanId> planAndCascade(ExportRequest request) {
        Set<PlanId> plans = new java.util.LinkedHashSet<>();
        if (request.plan().isEmpty()) {
            return plans;
        }
        List<PlanId> frontier = new ArrayList<>(List.of(request.plan().get()));
        while (!frontier.isEmpty()) {
            PlanId id = frontier.remove(frontier.size() - 1);
            if (plans.add(id)) {
                request.store().plans().children(id).forEach(p -> frontier.add(p.id()));
            }
        }
        return plans;
    }

    /** The program's review for the period, judged on the request's date (capped at the data window's end). */
    public static Review review(ExportRequest request, ProgramId program, Period period) {
        Clock clock = Clock.fixed(request.asOf().atStartOfDay(CivicTime.VIETNAM).toInstant(), CivicTime.VIETNAM);
        return new ReviewService(request.store(), clock).review(program, period);
    }

    /** The items of the program's plans and their cascades, in plan then appendix order. */
    public static List<org.civicplan.core.model.Item> programItems(ExportRequest request, ProgramId program) {
        return ProgramItems.of(request.store(), program);
    }
}
