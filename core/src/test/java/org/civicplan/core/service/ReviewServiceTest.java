package org.civicplan.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civicplan.testing.TestPortfolios.IND_INNOV;
import static org.civicplan.testing.TestPortfolios.IND_PLATFORM;
import static org.civicplan.testing.TestPortfolios.IND_TFP;
import static org.civicplan.testing.TestPortfolios.PROGRAM;
import static org.civicplan.testing.TestPortfolios.QCG;
import static org.civicplan.testing.TestPortfolios.SKHCN;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicplan.core.AccessDeniedException;
import org.civicplan.core.CivicTime;
import org.civicplan.core.IllegalStateTransitionException;
import org.civicplan.core.InvalidInputException;
import org.civicplan.core.memory.InMemoryPortfolioStore;
import org.civicplan.core.model.Actor;
import org.civicplan.core.model.FundingLine;
import org.civicplan.core.model.FundingSource;
import org.civicplan.core.model.Indicator;
import org.civicplan.core.model.ItemId;
import org.civicplan.core.model.ItemProgress;
import org.civicplan.core.model.ItemStatus;
import org.civicplan.core.model.MeasuredValue;
import org.civicplan.core.model.Measurement;
import org.civicplan.core.model.ProgressReport;
import org.civicplan.core.model.ReportId;
import org.civicplan.core.model.ReportStatus;
import org.civicplan.core.model.Target;
import org.civicplan.core.money.Vnd;
import org.civicplan.core.period.Period;
import org.civicplan.core.review.Rag;
import org.civicplan.core.review.RagThresholds;
import org.civicplan.core.review.ReportingCalendar;
import org.civicplan.core.review.Review;
import org.civicplan.core.review.ReviewStatus;
import org.civicplan.core.spi.AggregatedValue;
import org.civicplan.testing.TestPortfolios;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReviewServiceTest {
    private static final Actor SKHCN_USER = Actor.of("SKHCN", "thuky.bcd");
    private static final Actor QCG_USER = Actor.of("QCG", "chuyenvien.caugiay");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2022-01-10T02:00:00Z"), CivicTime.VIETNAM);

    private InMemoryPortfolioStore store;
    private ReviewService reviews;
    private ReportService reports;
    private PlanService plans;

    @BeforeEach
    void setUp() {
        store = InMemoryPortfolioStore.of(TestPortfolios.portfolio());
        reviews = new ReviewService(store, CLOCK);
        reports = new ReportService(store, new StandardAccessPolicy(), CLOCK);
        plans = new PlanService(store, new StandardAccessPolicy(), CLOCK);
    }

    @Test
    void firstHalfReview() {
        Review review = reviews.review(PROGRAM, Period.firstHalf(2021));

        assertThat(review.asOf()).isEqualTo(LocalDate.of(2021, 6, 14));
        assertThat(review.reporting().due()).isEqualTo(LocalDate.of(2021, 6, 20));
        // the states of the records (a submitted report moves nothing); item 4, done on 2/8/2021,
        // was not yet done on 14/6/2021
        assertThat(review.itemCounts()).containsExactlyInAnyOrderEntriesOf(counts(0, 0, 0, 2, 2, 0, 0, 0));
        assertThat(review.itemsWith(ReviewStatus.IN_PROGRESS))
                .extracting(Review.ItemLine::number)
                .containsExactly(3, 4);
        assertThat(review.itemsWith(ReviewStatus.NOT_STARTED))
                .extracting(Review.ItemLine::number)
                .containsExactly(1, 2);
        assertThat(review.itemsWith(ReviewStatus.NOT_STARTED).get(0).percentDone())
                .contains(40);
        assertThat(review.unitsNotReported()).containsExactly(QCG);

        assertThat(review.indicators())
                .extracting(Review.IndicatorLine::code)
                .containsExactly(IND_TFP, IND_INNOV, IND_PLATFORM);
        Review.IndicatorLine tfp = review.indicators().get(0);
        assertThat(tfp.value().orElseThrow().value()).isEqualByComparingTo("41");
        assertThat(tfp.target().orElseThrow().value()).isEqualByComparingTo("43");
        assertThat(tfp.achievementPercent()).contains(new BigDecimal("33.3")); // (41-40)/(43-40)
        // a half-year value against the yearly 2021 target: not yet due, not failed (issue 18)
        assertThat(tfp.rag()).isEqualTo(Rag.NOT_YET_DUE);
        Review.IndicatorLine innov = review.indicators().get(1);
        assertThat(innov.value().orElseThrow().value()).isEqualByComparingTo("135"); // 120 (SKHCN) + 15 (QCG)
        assertThat(innov.value().orElseThrow().units()).isEqualTo(2);
        assertThat(innov.rag()).isEqualTo(Rag.ON_TRACK);
        assertThat(review.indicators().get(2).rag()).isEqualTo(Rag.NO_DATA); // its value is for the whole year
        assertThat(review.indicatorCounts())
                .containsEntry(Rag.ON_TRACK, 1)
                .containsEntry(Rag.NOT_YET_DUE, 1)
                .containsEntry(Rag.OFF_TRACK, 0)
                .containsEntry(Rag.NO_DATA, 1)
                .containsEntry(Rag.AT_RISK, 0);

        assertThat(review.units()).extracting(Review.UnitScore::unit).containsExactly(QCG, SKHCN);
        Review.UnitScore qcg = review.units().get(0);
        assertThat(qcg.itemsLed()).isEqualTo(1);
        assertThat(qcg.count(ReviewStatus.IN_PROGRESS)).isEqualTo(1);
        assertThat(qcg.report()).isEmpty();
        Review.UnitScore skhcn = review.units().get(1);
        assertThat(skhcn.itemsLed()).isEqualTo(3);
        assertThat(skhcn.count(ReviewStatus.IN_PROGRESS)).isEqualTo(1);
        assertThat(skhcn.count(ReviewStatus.NOT_STARTED)).isEqualTo(2);
        assertThat(skhcn.report()).contains(ReportStatus.SUBMITTED);

        // items 1, 2, 4 each plan 1.5 billion of city budget for 2021; 300 million reported spent on item 1
        assertThat(review.resources())
                .containsExactly(new Review.ResourceLine(
                        FundingSource.CITY_BUDGET, SKHCN, 2021, Vnd.of(4_500_000_000L), Vnd.of(300_000_000L)));
        assertThat(review.publicInvestment())
                .extracting(Review.InvestmentLine::number, Review.InvestmentLine::estimatedTotal)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, Vnd.of(350_000_000_000L)));
        assertThat(review.proposedAdjustments()).extracting(a -> a.id().value()).containsExactly("DC-1");
    }

    @Test
    void secondHalfFromReportsSubmittedThroughTheService() {
        ProgressReport skhcn = new ProgressReport(
                ReportId.of("BC-SKHCN-2021-H2"),
                PROGRAM,
                SKHCN,
                Period.secondHalf(2021),
                ReportStatus.DRAFT,
                List.of(
                        line("KH-186/1", ItemStatus.DONE, 100, LocalDate.of(2021, 11, 30)),
                        line("KH-186/2", ItemStatus.IN_PROGRESS, 20, null),
                        line("KH-186/4", ItemStatus.DONE, 100, LocalDate.of(2021, 8, 2))),
                Optional.of("Hoàn thành các nhiệm vụ khung"),
                List.of(),
                List.of(),
                Optional.empty(),
                0);
        ProgressReport saved = reports.saveDraft(SKHCN_USER, skhcn);
        assertThat(saved.status()).isEqualTo(ReportStatus.DRAFT);
        reports.submit(SKHCN_USER, saved.id());
        ProgressReport qcg = new ProgressReport(
                ReportId.of("BC-QCG-2021-H2"),
                PROGRAM,
                QCG,
                Period.secondHalf(2021),
                ReportStatus.DRAFT,
                List.of(line("KH-186/3", ItemStatus.IN_PROGRESS, 50, null)),
                Optional.empty(),
                List.of("Thiếu kinh phí"),
                List.of(),
                Optional.empty(),
                0);
        reports.submit(QCG_USER, reports.saveDraft(QCG_USER, qcg).id());
        // submitted reports move nothing; approving them moves their items
        assertThat(reviews.review(PROGRAM, Period.secondHalf(2021)).itemCounts())
                .containsEntry(ReviewStatus.DONE_ON_TIME, 0);
        reports.approve(SKHCN_USER, saved.id());
        reports.approve(SKHCN_USER, ReportId.of("BC-QCG-2021-H2"));

        Review review = reviews.review(PROGRAM, Period.secondHalf(2021));
        assertThat(review.asOf()).isEqualTo(LocalDate.of(2021, 12, 14));
        assertThat(review.itemCounts()).containsExactlyInAnyOrderEntriesOf(counts(1, 1, 0, 2, 0, 0, 0, 0));
        assertThat(review.itemsWith(ReviewStatus.DONE_ON_TIME))
                .extracting(Review.ItemLine::number)
                .containsExactly(1);
        assertThat(review.itemsWith(ReviewStatus.DONE_LATE))
                .extracting(Review.ItemLine::number)
                .containsExactly(4);
        assertThat(review.itemsWith(ReviewStatus.IN_PROGRESS))
                .extracting(Review.ItemLine::number)
                .containsExactly(2, 3);
        assertThat(review.unitsNotReported()).isEmpty();
        Review.IndicatorLine tfp = review.indicators().get(0);
        assertThat(tfp.value().orElseThrow().value()).isEqualByComparingTo("43"); // 86 / 200
        assertThat(tfp.rag()).isEqualTo(Rag.ON_TRACK);
        assertThat(review.indicators().get(1).rag()).isEqualTo(Rag.NO_DATA);
    }

    @Test
    void yearlyReviewTakesEachUnitsLatestValue() {
        Review review = reviews.review(PROGRAM, Period.year(2021));
        assertThat(review.reporting().dataFrom()).isEqualTo(LocalDate.of(2020, 12, 15));
        assertThat(review.asOf()).isEqualTo(LocalDate.of(2021, 12, 14));
        assertThat(review.indicators().get(0).value().orElseThrow().value())
                .isEqualByComparingTo("43"); // H2 is later than H1
        assertThat(review.indicators().get(1).value().orElseThrow().value()).isEqualByComparingTo("135");
        assertThat(review.indicators().get(2).value().orElseThrow().value()).isEqualByComparingTo("0");
        assertThat(review.indicators().get(2).rag()).isEqualTo(Rag.OFF_TRACK);
        assertThat(review.itemCounts().get(ReviewStatus.NOT_REPORTED)).isZero(); // states come from the records
        assertThat(review.itemsWith(ReviewStatus.DONE_LATE))
                .extracting(Review.ItemLine::number)
                .containsExactly(4);
    }

    @Test
    void approvalLocksThePeriodAndReopeningIsAudited() {
        ReportId id = ReportId.of("BC-SKHCN-2021-H1");
        assertThatThrownBy(() -> reports.approve(QCG_USER, id)).isInstanceOf(AccessDeniedException.class);
        ProgressReport approved = reports.approve(SKHCN_USER, id);
        assertThat(approved.status()).isEqualTo(ReportStatus.APPROVED);

        Measurement late = new Measurement(
                IND_TFP,
                Period.firstHalf(2021),
                SKHCN,
                new MeasuredValue.Ratio(BigDecimal.ONE, BigDecimal.TEN),
                Optional.empty());
        assertThatThrownBy(() -> plans.recordMeasurement(SKHCN_USER, late))
                .isInstanceOf(IllegalStateTransitionException.class)
                .hasMessageContaining("2021-H1")
                .hasMessageContaining("khóa");
        assertThatThrownBy(() -> reports.saveDraft(SKHCN_USER, approved))
                .isInstanceOf(IllegalStateTransitionException.class)
                .hasMessageContaining("locked");
        assertThatThrownBy(() -> reports.reopen(SKHCN_USER, id, " ")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> reports.reopen(QCG_USER, id, "sửa số liệu")).isInstanceOf(AccessDeniedException.class);

        ProgressReport reopened = reports.reopen(SKHCN_USER, id, "Cục Thống kê điều chỉnh số liệu TFP");
        assertThat(reopened.status()).isEqualTo(ReportStatus.RETURNED);
        assertThat(reopened.returnReason()).contains("Cục Thống kê điều chỉnh số liệu TFP");
        plans.recordMeasurement(SKHCN_USER, late);
        assertThat(store.measurements()
                        .find(IND_TFP, Period.firstHalf(2021), SKHCN)
                        .orElseThrow()
                        .value())
                .isEqualTo(late.value());
        assertThat(store.audit().forEntity("report", id.value()))
                .extracting(e -> e.action())
                .containsExactly("approve-report", "reopen-report");
    }

    @Test
    void unitsReportOnlyTheirOwnItems() {
        ProgressReport foreign = new ProgressReport(
                ReportId.of("BC-QCG-x"),
                PROGRAM,
                QCG,
                Period.secondHalf(2021),
                ReportStatus.DRAFT,
                List.of(line("KH-186/1", ItemStatus.DONE, 100, LocalDate.of(2021, 9, 1))),
                Optional.empty(),
                List.of(),
                List.of(),
                Optional.empty(),
                0);
        assertThatThrownBy(() -> reports.saveDraft(QCG_USER, foreign))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("KH-186/1");
        ProgressReport onBehalf = new ProgressReport(
                ReportId.of("BC-x"),
                PROGRAM,
                SKHCN,
                Period.secondHalf(2021),
                ReportStatus.DRAFT,
                List.of(),
                Optional.empty(),
                List.of(),
                List.of(),
                Optional.empty(),
                0);
        assertThatThrownBy(() -> reports.saveDraft(QCG_USER, onBehalf))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("on behalf");
        assertThat(store.reports().all()).hasSize(1);
        ProgressReport duplicate = new ProgressReport(
                ReportId.of("BC-SKHCN-other"),
                PROGRAM,
                SKHCN,
                Period.firstHalf(2021),
                ReportStatus.DRAFT,
                List.of(),
                Optional.empty(),
                List.of(),
                List.of(),
                Optional.empty(),
                0);
        assertThatThrownBy(() -> reports.saveDraft(SKHCN_USER, duplicate))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("BC-SKHCN-2021-H1");
    }

    @Test
    void returnNeedsAReasonAndAllowsResubmission() {
        ReportId id = ReportId.of("BC-SKHCN-2021-H1");
        assertThatThrownBy(() -> reports.returnReport(SKHCN_USER, id, "")).isInstanceOf(InvalidInputException.class);
        ProgressReport returned = reports.returnReport(SKHCN_USER, id, "Thiếu số liệu chỉ tiêu CT07-02");
        assertThat(returned.status()).isEqualTo(ReportStatus.RETURNED);
        assertThat(reviews.review(PROGRAM, Period.firstHalf(2021)).unitsNotReported())
                .containsExactly(QCG, SKHCN);
        ProgressReport resubmitted = reports.submit(SKHCN_USER, id);
        assertThat(resubmitted.status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThatThrownBy(() -> reports.submit(SKHCN_USER, id)).isInstanceOf(IllegalStateTransitionException.class);
    }

    @Test
    void achievementIsDirectionAware() {
        Target up = Target.atLeast(new BigDecimal("50"), Period.year(2025));
        assertThat(ReviewService.achievement(new BigDecimal("40"), up, Optional.of(new BigDecimal("30"))))
                .contains(new BigDecimal("50.0"));
        assertThat(ReviewService.achievement(new BigDecimal("40"), up, Optional.empty()))
                .contains(new BigDecimal("80.0"));
        Target down = Target.atMost(new BigDecimal("10"), Period.year(2025)); // e.g. a ranking: lower is better
        assertThat(ReviewService.achievement(new BigDecimal("14"), down, Optional.of(new BigDecimal("18"))))
                .contains(new BigDecimal("50.0"));
        assertThat(ReviewService.achievement(new BigDecimal("20"), down, Optional.empty()))
                .contains(new BigDecimal("50.0"));
        assertThat(ReviewService.achievement(BigDecimal.ZERO, down, Optional.empty()))
                .contains(new BigDecimal("100.0"));
        assertThat(ReviewService.achievement(
                        BigDecimal.ONE, Target.atLeast(BigDecimal.ZERO, Period.year(2025)), Optional.empty()))
                .isEmpty();
        RagThresholds strict = new RagThresholds(new BigDecimal("95"), new BigDecimal("30"));
        ReviewService custom = new ReviewService(store, CLOCK, ReportingCalendar.stateRegime(), strict);
        Indicator tfp = store.indicators().get(IND_TFP);
        AggregatedValue h1 = new AggregatedValue(
                IND_TFP, tfp.kind(), new BigDecimal("41"), Optional.empty(), 1, LocalDate.of(2021, 6, 30));
        // 41 against the 2021 target 43 from the baseline 40: 33.3 % of the way
        assertThat(custom.indicatorLine(tfp, Period.year(2021), Optional.of(h1)).rag())
                .isEqualTo(Rag.AT_RISK); // 33.3 ≥ 30
        assertThat(reviews.indicatorLine(tfp, Period.year(2021), Optional.of(h1))
                        .rag())
                .isEqualTo(Rag.OFF_TRACK);
        assertThatThrownBy(() -> new RagThresholds(BigDecimal.ONE, BigDecimal.TEN))
                .hasMessageContaining("above green");
    }

    private static ItemProgress line(String item, ItemStatus status, int percent, LocalDate completed) {
        return new ItemProgress(
                ItemId.of(item),
                status,
                percent,
                Optional.ofNullable(completed),
                Optional.empty(),
                List.of(new FundingLine(FundingSource.CITY_BUDGET, 2021, Vnd.of(100_000_000L))));
    }

    private static Map<ReviewStatus, Integer> counts(
            int onTime,
            int late,
            int overdue,
            int inProgress,
            int notStarted,
            int notReported,
            int suspended,
            int cancelled) {
        return Map.of(
                ReviewStatus.DONE_ON_TIME,
                onTime,
                ReviewStatus.DONE_LATE,
                late,
                ReviewStatus.OVERDUE,
                overdue,
                ReviewStatus.IN_PROGRESS,
                inProgress,
                ReviewStatus.NOT_STARTED,
                notStarted,
                ReviewStatus.NOT_REPORTED,
                notReported,
                ReviewStatus.SUSPENDED,
                suspended,
                ReviewStatus.CANCELLED,
                cancelled);
    }
    /** Item 3 is QCG's to report; SKHCN coordinates it and reports on it too: QCG's line decides, whatever the order. */
    @Test
    void anItemSeveralUnitsReportOnIsJudgedByItsReportingUnitsLine() {
        Period h2 = Period.secondHalf(2021);
        ItemId third = ItemId.of("KH-186/3");
        for (Actor actor : List.of(QCG_USER, SKHCN_USER)) {
            boolean reporting = actor.unit().equals(QCG);
            ProgressReport draft = new ProgressReport(
                    ReportId.of("BC-" + actor.unit() + "-H2"),
                    PROGRAM,
                    actor.unit(),
                    h2,
                    ReportStatus.DRAFT,
                    List.of(new ItemProgress(
                            third,
                            reporting ? ItemStatus.IN_PROGRESS : ItemStatus.SUSPENDED,
                            reporting ? 50 : 10,
                            Optional.empty(),
                            Optional.empty(),
                            List.of())),
                    Optional.empty(),
                    List.of(),
                    List.of(),
                    Optional.empty(),
                    0);
            reports.saveDraft(actor, draft);
            reports.submit(actor, draft.id());
        }
        Review.ItemLine line = reviews.review(PROGRAM, h2).items().stream()
                .filter(l -> l.id().equals(third))
                .findFirst()
                .orElseThrow();
        assertThat(line.percentDone()).contains(50);
        assertThat(line.status()).isNotEqualTo(ReviewStatus.SUSPENDED);
    }
}
