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
import org.civicplan.core.review.ProgramItems;
import org.civicplan.core.review.ReportingCalendar;
import org.civicplan.core.review.Review;
import org.civicplan.core.service.ReviewService;
import org.civicplan.core.spi.ExportRequest;
import org.civicplan.core.spi.PortfolioStore;

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
     * The requested review period, else the latest half-year whose data window (state reporting
     * regime) has closed by the request's date.
     */
    public static Period reviewPeriod(ExportRequest request) {
        if (request.reviewPeriod().isPresent()) {
            return request.reviewPeriod().get();
        }
        LocalDate asOf = request.asOf();
        Period current =
                asOf.getMonthValue() <= 6 ? Period.firstHalf(asOf.getYear()) : Period.secondHalf(asOf.getYear());
        if (!ReportingCalendar.stateRegime().forPeriod(current).dataTo().isAfter(asOf)) {
            return current;
        }
        return asOf.getMonthValue() <= 6 ? Period.secondHalf(asOf.getYear() - 1) : Period.firstHalf(asOf.getYear());
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
