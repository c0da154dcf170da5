package org.civicplan.core.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicplan.testing.TestPortfolios.PROGRAM;
import static org.civicplan.testing.TestPortfolios.SKHCN;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.civicplan.core.CivicTime;
import org.civicplan.core.memory.InMemoryPortfolioStore;
import org.civicplan.core.model.Actor;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.ItemId;
import org.civicplan.core.model.ItemProgress;
import org.civicplan.core.model.ItemStatus;
import org.civicplan.core.model.ProgressReport;
import org.civicplan.core.model.ProgressState;
import org.civicplan.core.model.ReportId;
import org.civicplan.core.model.ReportStatus;
import org.civicplan.core.period.Period;
import org.civicplan.core.service.PlanService;
import org.civicplan.core.service.ReportService;
import org.civicplan.core.service.ReviewService;
import org.civicplan.core.service.StandardAccessPolicy;
import org.civicplan.testing.TestPortfolios;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 18: an item's state follows its approved reports, the same in the review and the plan queries. */
class ItemStatesTest {
    private static final Actor SKHCN_USER = Actor.of("SKHCN", "thuky.bcd");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2022-03-01T02:00:00Z"), CivicTime.VIETNAM);
    private static final ItemId FIRST = ItemId.of("KH-186/1"); // due Quý IV/2021 (31/12/2021)

    private InMemoryPortfolioStore store;
    private ReportService reports;
    private PlanService plans;
    private ReviewService reviews;

    @BeforeEach
    void setUp() {
        store = InMemoryPortfolioStore.of(TestPortfolios.portfolio());
        reports = new ReportService(store, new StandardAccessPolicy(), CLOCK);
        plans = new PlanService(store, new StandardAccessPolicy(), CLOCK);
        reviews = new ReviewService(store, CLOCK);
    }

    @Test
    void approvingAReportThatSaysDoneMovesTheItemEverywhere() {
        ReportId id = submit(Period.secondHalf(2021), ItemStatus.DONE, LocalDate.of(2021, 11, 20));
        // submitted, not approved: the item has not moved, and it is overdue after its deadline
        assertThat(store.items().get(FIRST).status()).isEqualTo(ItemStatus.NOT_STARTED);
        assertThat(plans.overdue(LocalDate.of(2022, 1, 15)))
                .extracting(Item::id)
                .contains(FIRST);

        reports.approve(SKHCN_USER, id);

        Item moved = store.items().get(FIRST);
        assertThat(moved.status()).isEqualTo(ItemStatus.DONE);
        assertThat(moved.completedOn()).contains(LocalDate.of(2021, 11, 20));
        assertThat(moved.stateOn(LocalDate.of(2022, 1, 15))).isEqualTo(ProgressState.DONE_ON_TIME);
        assertThat(plans.overdue(LocalDate.of(2022, 1, 15)))
                .extracting(Item::id)
                .doesNotContain(FIRST);
        Review review = reviews.review(PROGRAM, Period.secondHalf(2021));
        Review.ItemLine line = review.items().stream()
                .filter(l -> l.id().equals(FIRST))
                .findFirst()
                .orElseThrow();
        assertThat(line.status()).isEqualTo(ReviewStatus.DONE_ON_TIME);
        assertThat(line.completedOn()).contains(LocalDate.of(2021, 11, 20));
        assertThat(store.audit().forEntity("item", FIRST.value()))
                .extracting(e -> e.action())
                .contains("approve-report");
    }

    @Test
    void aCompletionAfterTheDateJudgedAtIsNotYetDone() {
        Item item = store.items().get(FIRST).toBuilder()
                .status(ItemStatus.DONE)
                .completedOn(LocalDate.of(2022, 2, 10))
                .build();
        assertThat(item.stateOn(LocalDate.of(2021, 12, 1))).isEqualTo(ProgressState.IN_PROGRESS);
        assertThat(item.stateOn(LocalDate.of(2022, 1, 15))).isEqualTo(ProgressState.OVERDUE);
        assertThat(item.stateOn(LocalDate.of(2022, 2, 20))).isEqualTo(ProgressState.DONE_LATE);
    }

    @Test
    void anOlderApprovedReportDoesNotUndoALaterOne() {
        ReportId h2 = submit(Period.secondHalf(2021), ItemStatus.DONE, LocalDate.of(2021, 11, 20));
        reports.approve(SKHCN_USER, h2);
        // the first-half report (in the test portfolio, submitted: in progress, 40 %) approved afterwards
        reports.approve(SKHCN_USER, ReportId.of("BC-SKHCN-2021-H1"));
        assertThat(store.items().get(FIRST).status()).isEqualTo(ItemStatus.DONE);
    }

    @Test
    void laterPeriodsAreLater() {
        assertThat(ItemStates.isLater(Period.secondHalf(2021), Period.firstHalf(2021)))
                .isTrue();
        assertThat(ItemStates.isLater(Period.quarter(2021, 4), Period.secondHalf(2021)))
                .isTrue();
        assertThat(ItemStates.isLater(Period.firstHalf(2021), Period.year(2021)))
                .isFalse();
        assertThat(ItemStates.isLater(Period.year(2021), Period.year(2021))).isFalse();
    }

    private ReportId submit(Period period, ItemStatus status, LocalDate completedOn) {
        ProgressReport report = new ProgressReport(
                ReportId.of("BC-SKHCN-" + period.code()),
                PROGRAM,
                SKHCN,
                period,
                ReportStatus.DRAFT,
                List.of(new ItemProgress(
                        FIRST, status, 100, Optional.ofNullable(completedOn), Optional.empty(), List.of())),
                Optional.empty(),
                List.of(),
                List.of(),
                Optional.empty(),
                0);
        ProgressReport saved = reports.saveDraft(SKHCN_USER, report);
        return reports.submit(SKHCN_USER, saved.id()).id();
    }
}
