package org.civicplan.core.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civicplan.testing.TestPortfolios.PLAN;
import static org.civicplan.testing.TestPortfolios.PROGRAM;
import static org.civicplan.testing.TestPortfolios.SKHCN;
import static org.civicplan.testing.TestPortfolios.UNIT_PLAN;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.civicplan.core.CivicTime;
import org.civicplan.core.NoSuchEntityException;
import org.civicplan.core.memory.InMemoryPortfolioStore;
import org.civicplan.core.model.Adjustment;
import org.civicplan.core.model.AdjustmentId;
import org.civicplan.core.model.AdjustmentStatus;
import org.civicplan.core.model.FundingLine;
import org.civicplan.core.model.FundingSource;
import org.civicplan.core.model.IndicatorCode;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.ItemId;
import org.civicplan.core.model.Plan;
import org.civicplan.core.model.PlanId;
import org.civicplan.core.model.ProgramId;
import org.civicplan.core.model.ProgressReport;
import org.civicplan.core.model.ReportId;
import org.civicplan.core.model.ReportStatus;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.money.Vnd;
import org.civicplan.core.period.Period;
import org.civicplan.core.service.ReviewService;
import org.civicplan.core.spi.AggregatedValue;
import org.civicplan.core.spi.PortfolioStore;
import org.civicplan.core.spi.ReviewItem;
import org.civicplan.core.spi.ReviewQueries;
import org.civicplan.core.spi.ReviewReport;
import org.civicplan.testing.ForwardingPortfolioStore;
import org.civicplan.testing.TestPortfolios;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The reference review queries over the repositories, and the review's use of a store's own. */
class MeasurementAggregationTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2022-01-10T02:00:00Z"), CivicTime.VIETNAM);

    private InMemoryPortfolioStore store;
    private MeasurementAggregation queries;

    @BeforeEach
    void setUp() {
        store = InMemoryPortfolioStore.of(TestPortfolios.portfolio());
        queries = new MeasurementAggregation(store);
    }

    @Test
    void withoutQueriesOfItsOwnAStoreIsReviewedByTheReference() {
        assertThat(store.reviewQueries()).isEmpty();
        assertThat(MeasurementAggregation.queriesOf(store)).isInstanceOf(MeasurementAggregation.class);
        ReviewQueries own = new MeasurementAggregation(store);
        assertThat(MeasurementAggregation.queriesOf(new ReviewQueriesStore(store, own)))
                .isSameAs(own);
    }

    @Test
    void reviewItemsWalkThePlanTreeAndKeepTheFundingOfThePeriodsYears() {
        Item cascaded = TestPortfolios.item(1).toBuilder()
                .id(ItemId.of("KH-SKHCN-2021/1"))
                .plan(UNIT_PLAN)
                .build();
        store.items().create(cascaded);

        List<ReviewItem> year = queries.reviewItems(PROGRAM, Period.year(2022));

        assertThat(year)
                .extracting(ReviewItem::id)
                .containsExactly(
                        ItemId.of("KH-186/1"),
                        ItemId.of("KH-186/2"),
                        ItemId.of("KH-186/3"),
                        ItemId.of("KH-186/4"),
                        cascaded.id());
        assertThat(year)
                .extracting(ReviewItem::id)
                .containsExactlyElementsOf(
                        ProgramItems.of(store, PROGRAM).stream().map(Item::id).toList());
        ReviewItem first = year.get(0);
        assertThat(first.plan()).isEqualTo(PLAN);
        assertThat(first.lead()).contains(SKHCN);
        assertThat(first.reportingUnit()).contains(SKHCN);
        assertThat(first.dueDate()).isEqualTo(store.items().get(first.id()).dueDate());
        assertThat(first.funding())
                .containsExactly(new FundingLine(FundingSource.CITY_BUDGET, 2022, Vnd.of(2_000_000_000L)));
        assertThat(year.get(1).publicInvestment()).isPresent();
        assertThat(queries.reviewItems(PROGRAM, Period.years(2021, 2025)).get(0).funding())
                .hasSize(2);
        assertThat(queries.reviewItems(PROGRAM, Period.parse("Hằng năm")).get(0).funding())
                .as("an unbounded period covers no year")
                .isEmpty();
        assertThatThrownBy(() -> queries.reviewItems(ProgramId.of("99-CTr/TU"), Period.year(2022)))
                .isInstanceOf(NoSuchEntityException.class);
    }

    @Test
    void reviewReportsCarryLinesOnlyForReportsThatCount() {
        ProgressReport submitted = TestPortfolios.report();
        ProgressReport draft = new ProgressReport(
                ReportId.of("BC-QCG-2021-H1"),
                PROGRAM,
                TestPortfolios.QCG,
                Period.firstHalf(2021),
                ReportStatus.DRAFT,
                submitted.items(),
                Optional.empty(),
                List.of(),
                List.of(),
                Optional.empty(),
                0);
        store.reports().create(draft);

        List<ReviewReport> reports = queries.reviewReports(PROGRAM, Period.firstHalf(2021));

        assertThat(reports).extracting(ReviewReport::unit).containsExactly(TestPortfolios.QCG, SKHCN);
        assertThat(reports.get(0).counts()).isFalse();
        assertThat(reports.get(0).lines()).isEmpty();
        ReviewReport counted = reports.get(1);
        assertThat(counted.status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(counted.lines())
                .containsExactly(new ReviewReport.Line(
                        ItemId.of("KH-186/1"),
                        submitted.items().get(0).status(),
                        40,
                        Optional.empty(),
                        submitted.items().get(0).spent()));
    }

    @Test
    void pendingAdjustmentsAreTheProposedOnesOfTheProgramsItemsOldestFirst() {
        Item item = store.items().get(ItemId.of("KH-186/2"));
        Plan outsidePlan = new Plan(
                PlanId.of("KH-KHAC"),
                Optional.empty(),
                Optional.empty(),
                TestPortfolios.UBND,
                Optional.empty(),
                "Kế hoạch khác",
                Optional.empty(),
                org.civicplan.core.model.PlanSections.EMPTY,
                List.of(),
                org.civicplan.core.model.PlanStatus.DRAFT,
                0);
        store.plans().create(outsidePlan);
        Item outside = store.items()
                .create(item.toBuilder()
                        .id(ItemId.of("KH-KHAC/1"))
                        .plan(outsidePlan.id())
                        .number(1)
                        .build());
        store.adjustments().create(adjustment("DC-2", item, Instant.parse("2021-09-01T00:00:00Z"), false));
        store.adjustments().create(adjustment("DC-3", item, Instant.parse("2021-08-01T00:00:00Z"), true));
        store.adjustments().create(adjustment("DC-4", outside, Instant.parse("2021-07-01T00:00:00Z"), false));

        assertThat(queries.pendingAdjustments(PROGRAM))
                .extracting(a -> a.id().value())
                .containsExactly("DC-2", "DC-1");
        assertThat(queries.pendingAdjustments(ProgramId.of("99-CTr/TU"))).isEmpty();
    }

    @Test
    void theReviewReadsThroughTheStoresReviewQueriesInOneRead() {
        CountingQueries counting = new CountingQueries(new MeasurementAggregation(store));
        Review expected = new ReviewService(store, CLOCK).review(PROGRAM, Period.firstHalf(2021));

        Review actual = new ReviewService(new ReviewQueriesStore(store, counting), CLOCK)
                .review(PROGRAM, Period.firstHalf(2021));

        assertThat(actual).isEqualTo(expected);
        assertThat(counting.reads.get()).isEqualTo(1);
        assertThat(counting.callsOutsideRead).isEmpty();
        assertThat(counting.calls)
                .containsExactlyInAnyOrder("reviewItems", "reviewReports", "indicatorValues", "pendingAdjustments");
    }

    private static Adjustment adjustment(String id, Item item, Instant at, boolean decided) {
        Adjustment proposed = new Adjustment(
                AdjustmentId.of(id),
                item.id(),
                item.revision(),
                SKHCN,
                "Lùi thời hạn",
                item,
                AdjustmentStatus.PROPOSED,
                at,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                0);
        return decided
                ? proposed.decided(AdjustmentStatus.REJECTED, UnitCode.of("UBND"), at.plusSeconds(60), null)
                : proposed;
    }

    /** Review queries that note which were called, and whether inside {@link #read}. */
    private static final class CountingQueries implements ReviewQueries {
        final ReviewQueries target;
        final AtomicInteger reads = new AtomicInteger();
        final List<String> calls = new ArrayList<>();
        final List<String> callsOutsideRead = new ArrayList<>();
        private boolean reading;

        CountingQueries(ReviewQueries target) {
            this.target = target;
        }

        private void called(String name) {
            calls.add(name);
            if (!reading) {
                callsOutsideRead.add(name);
            }
        }

        @Override
        public <T> T read(Supplier<T> reads) {
            this.reads.incrementAndGet();
            reading = true;
            try {
                return reads.get();
            } finally {
                reading = false;
            }
        }

        @Override
        public Map<IndicatorCode, AggregatedValue> indicatorValues(ProgramId program, Period period) {
            called("indicatorValues");
            return target.indicatorValues(program, period);
        }

        @Override
        public List<ReviewItem> reviewItems(ProgramId program, Period period) {
            called("reviewItems");
            return target.reviewItems(program, period);
        }

        @Override
        public List<ReviewReport> reviewReports(ProgramId program, Period period) {
            called("reviewReports");
            return target.reviewReports(program, period);
        }

        @Override
        public List<Adjustment> pendingAdjustments(ProgramId program) {
            called("pendingAdjustments");
            return target.pendingAdjustments(program);
        }
    }

    /** A store that answers review queries with its own, everything else from {@code store}. */
    private static final class ReviewQueriesStore extends ForwardingPortfolioStore {
        private final ReviewQueries queries;

        ReviewQueriesStore(PortfolioStore store, ReviewQueries queries) {
            super(store);
            this.queries = queries;
        }

        @Override
        public Optional<ReviewQueries> reviewQueries() {
            return Optional.of(queries);
        }
    }
}
