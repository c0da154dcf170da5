package org.civicplan.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civicplan.testing.TestPortfolios.PLAN;
import static org.civicplan.testing.TestPortfolios.PROGRAM;
import static org.civicplan.testing.TestPortfolios.QCG;
import static org.civicplan.testing.TestPortfolios.STC;
import static org.civicplan.testing.TestPortfolios.STTTT;
import static org.civicplan.testing.TestPortfolios.UNIT_PLAN;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.civicplan.core.AccessDeniedException;
import org.civicplan.core.CivicPlanException;
import org.civicplan.core.CivicTime;
import org.civicplan.core.IllegalStateTransitionException;
import org.civicplan.core.InvalidInputException;
import org.civicplan.core.NoSuchEntityException;
import org.civicplan.core.docref.DocumentRef;
import org.civicplan.core.memory.InMemoryPortfolioStore;
import org.civicplan.core.model.Actor;
import org.civicplan.core.model.Assignment;
import org.civicplan.core.model.FundingLine;
import org.civicplan.core.model.FundingSource;
import org.civicplan.core.model.Indicator;
import org.civicplan.core.model.IndicatorCode;
import org.civicplan.core.model.IndicatorKind;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.ItemId;
import org.civicplan.core.model.ItemProgress;
import org.civicplan.core.model.ItemStatus;
import org.civicplan.core.model.MeasuredValue;
import org.civicplan.core.model.Measurement;
import org.civicplan.core.model.Official;
import org.civicplan.core.model.Plan;
import org.civicplan.core.model.PlanStatus;
import org.civicplan.core.model.Portfolio;
import org.civicplan.core.model.ProgressReport;
import org.civicplan.core.model.ReportId;
import org.civicplan.core.model.ReportStatus;
import org.civicplan.core.model.Resources;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.money.Vnd;
import org.civicplan.core.period.Period;
import org.civicplan.testing.TestPortfolios;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Writes judged on the state after them, not only the stored one (issue 19): each case below was
 * accepted before and changed what the writer could not have created that way. A refused write
 * changes nothing and appends no audit entry.
 */
class HostileWritesTest {
    private static final Actor STANDING = Actor.of("SKHCN", "chuyenvien.skhcn");
    private static final Actor ISSUER = Actor.of("UBND", "vanthu.ubnd");
    private static final Actor DISTRICT = Actor.of("QCG", "chuyenvien.caugiay");
    private static final Actor TELECOM = Actor.of("STTTT", "chuyenvien.stttt");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2022-03-01T02:00:00Z"), CivicTime.VIETNAM);
    private static final IndicatorCode IND_BROADBAND = IndicatorCode.of("CT07-09");

    private InMemoryPortfolioStore store;
    private PlanService plans;
    private ReportService reports;

    @BeforeEach
    void setUp() {
        store = InMemoryPortfolioStore.of(TestPortfolios.portfolio());
        plans = new PlanService(store, new StandardAccessPolicy(), CLOCK);
        reports = new ReportService(store, new StandardAccessPolicy(), CLOCK);
        Indicator telecom =
                TestPortfolios.indicator(IND_BROADBAND, "Tỷ lệ hộ gia đình có cáp quang", IndicatorKind.PERCENT, "%");
        store.indicators()
                .create(new Indicator(
                        telecom.code(),
                        telecom.program(),
                        telecom.name(),
                        telecom.unitOfMeasure(),
                        telecom.kind(),
                        telecom.direction(),
                        telecom.baseline(),
                        telecom.target(),
                        telecom.interimTargets(),
                        telecom.frequency(),
                        telecom.dataSource(),
                        Optional.of(STTTT),
                        0));
    }

    /** Runs the write, expects the exception, and checks the store and its audit trail unchanged. */
    private void refused(Class<? extends CivicPlanException> type, Executable write) {
        Portfolio before = store.snapshot();
        int audit = store.audit().all().size();
        assertThatThrownBy(write::execute).isInstanceOf(type);
        assertThat(store.snapshot()).isEqualTo(before);
        assertThat(store.audit().all()).hasSize(audit);
    }

    private static ProgressReport report(String id, UnitCode unit, Period period, ItemStatus status) {
        return new ProgressReport(
                ReportId.of(id),
                PROGRAM,
                unit,
                period,
                ReportStatus.DRAFT,
                List.of(new ItemProgress(
                        ItemId.of("KH-186/3"), status, 50, Optional.empty(), Optional.empty(), List.of())),
                Optional.empty(),
                List.of(),
                List.of(),
                Optional.empty(),
                0);
    }

    private void issue(Plan plan) {
        store.plans().update(plan.withStatus(PlanStatus.ISSUED).withDocument(DocumentRef.parse("186/KH-UBND")));
    }

    @Test
    void aUnitCannotTakeOverAnotherUnitsReturnedReport() {
        reports.returnReport(STANDING, ReportId.of("BC-SKHCN-2021-H1"), "Bổ sung số liệu");
        ProgressReport theirs = store.reports().get(ReportId.of("BC-SKHCN-2021-H1"));
        ProgressReport takenOver = report(theirs.id().value(), QCG, theirs.period(), ItemStatus.DONE)
                .withVersion(theirs.version());
        refused(AccessDeniedException.class, () -> reports.saveDraft(DISTRICT, takenOver));
        assertThat(store.reports().get(theirs.id()).unit()).isEqualTo(TestPortfolios.SKHCN);
    }

    @Test
    void aReturnedReportCannotBeMovedIntoAnApprovedPeriod() {
        ProgressReport h2 = reports.saveDraft(
                DISTRICT, report("BC-QCG-2021-H2", QCG, Period.secondHalf(2021), ItemStatus.IN_PROGRESS));
        reports.submit(DISTRICT, h2.id());
        reports.approve(STANDING, h2.id());
        ProgressReport next = reports.saveDraft(
                DISTRICT, report("BC-QCG-2022-H1", QCG, Period.firstHalf(2022), ItemStatus.IN_PROGRESS));
        reports.submit(DISTRICT, next.id());
        ProgressReport returned = reports.returnReport(STANDING, next.id(), "Thiếu số liệu");
        ProgressReport moved = report(returned.id().value(), QCG, Period.secondHalf(2021), ItemStatus.DONE)
                .withVersion(returned.version());
        refused(IllegalStateTransitionException.class, () -> reports.saveDraft(DISTRICT, moved));
        assertThat(store.reports().get(next.id()).period()).isEqualTo(Period.firstHalf(2022));
    }

    @Test
    void anUpdateCannotMoveAnItemIntoAnotherUnitsIssuedPlan() {
        issue(store.plans().get(UNIT_PLAN));
        Item one = store.items().get(ItemId.of("KH-186/1"));
        Item moved = one.toBuilder().plan(UNIT_PLAN).number(99).build();
        refused(InvalidInputException.class, () -> plans.updateItem(ISSUER, moved));
    }

    @Test
    void aDraftPlansIssuerAndParentCannotBeHandedToAnotherUnit() {
        Plan own = plans.createPlan(
                DISTRICT,
                new Plan(
                        org.civicplan.core.model.PlanId.of("KH-QCG-2022"),
                        Optional.empty(),
                        Optional.of(PLAN),
                        QCG,
                        Optional.empty(),
                        "Kế hoạch của UBND quận Cầu Giấy",
                        Optional.empty(),
                        org.civicplan.core.model.PlanSections.EMPTY,
                        List.of(),
                        PlanStatus.DRAFT,
                        0));
        Plan otherIssuer = new Plan(
                own.id(),
                own.program(),
                own.parentPlan(),
                STC,
                own.document(),
                own.title(),
                own.issueBy(),
                own.sections(),
                own.appendixSections(),
                own.status(),
                own.version());
        refused(AccessDeniedException.class, () -> plans.updatePlan(DISTRICT, otherIssuer));
        Plan child = plans.createPlan(
                DISTRICT,
                new Plan(
                        org.civicplan.core.model.PlanId.of("KH-QCG-2022-P1"),
                        Optional.empty(),
                        Optional.of(own.id()),
                        QCG,
                        Optional.empty(),
                        "Kế hoạch của phường thuộc quận Cầu Giấy",
                        Optional.empty(),
                        org.civicplan.core.model.PlanSections.EMPTY,
                        List.of(),
                        PlanStatus.DRAFT,
                        0));
        Plan cycle = new Plan(
                own.id(),
                own.program(),
                Optional.of(child.id()),
                QCG,
                own.document(),
                own.title(),
                own.issueBy(),
                own.sections(),
                own.appendixSections(),
                own.status(),
                own.version());
        refused(InvalidInputException.class, () -> plans.updatePlan(DISTRICT, cycle));
        Plan noParent = new Plan(
                own.id(),
                own.program(),
                Optional.of(org.civicplan.core.model.PlanId.of("KHONG-CO")),
                QCG,
                own.document(),
                own.title(),
                own.issueBy(),
                own.sections(),
                own.appendixSections(),
                own.status(),
                own.version());
        refused(NoSuchEntityException.class, () -> plans.updatePlan(DISTRICT, noParent));
    }

    @Test
    void itemsOfAnIssuedPlanAreNotReassigned() {
        issue(store.plans().get(PLAN));
        Item one = store.items().get(ItemId.of("KH-186/1"));
        Assignment rich = Assignment.lead(
                STC,
                List.of(),
                Official.post("Giám đốc Sở Tài chính", STC),
                Resources.of(new FundingLine(FundingSource.CITY_BUDGET, 2022, Vnd.of(999_000_000_000_000L))));
        refused(IllegalStateTransitionException.class, () -> plans.assign(ISSUER, one.id(), one.version(), rich));
    }

    @Test
    void valuesAreRecordedOnlyUnderTheActorsOwnExistingUnit() {
        Measurement underAnother = new Measurement(
                IND_BROADBAND,
                Period.year(2022),
                QCG,
                new MeasuredValue.Ratio(new BigDecimal("99"), new BigDecimal("100")),
                Optional.empty());
        refused(AccessDeniedException.class, () -> plans.recordMeasurement(TELECOM, underAnother));
        Measurement underNobody = new Measurement(
                IND_BROADBAND,
                Period.year(2022),
                UnitCode.of("KHONG-CO"),
                new MeasuredValue.Ratio(new BigDecimal("99"), new BigDecimal("100")),
                Optional.empty());
        refused(NoSuchEntityException.class, () -> plans.recordMeasurement(STANDING, underNobody));
        plans.recordMeasurement(
                TELECOM,
                new Measurement(
                        IND_BROADBAND,
                        Period.year(2022),
                        STTTT,
                        new MeasuredValue.Ratio(new BigDecimal("60"), new BigDecimal("100")),
                        Optional.empty()));
        assertThat(store.measurements().find(IND_BROADBAND, Period.year(2022), STTTT))
                .isPresent();
    }

    @Test
    void aMonthlyValueInsideAnApprovedHalfYearIsLocked() {
        reports.approve(STANDING, ReportId.of("BC-SKHCN-2021-H1"));
        Measurement march = new Measurement(
                TestPortfolios.IND_INNOV,
                Period.month(2021, 3),
                TestPortfolios.SKHCN,
                MeasuredValue.count(900),
                Optional.empty());
        refused(IllegalStateTransitionException.class, () -> plans.recordMeasurement(STANDING, march));
    }

    @Test
    void reasonsMustHaveVisibleText() {
        ReportId id = ReportId.of("BC-SKHCN-2021-H1");
        reports.approve(STANDING, id);
        for (String invisible : List.of("\u200B", "\u200B\u200C\uFEFF", " \u2060 ", "\u3164", "\u0301")) {
            refused(InvalidInputException.class, () -> reports.reopen(STANDING, id, invisible));
        }
        assertThat(reports.reopen(STANDING, id, "Sai số liệu chỉ tiêu").status())
                .isEqualTo(ReportStatus.RETURNED);
        reports.saveDraft(STANDING, store.reports().get(id));
        reports.submit(STANDING, id);
        refused(InvalidInputException.class, () -> reports.returnReport(STANDING, id, "\u200B"));
        Item one = store.items().get(ItemId.of("KH-186/1"));
        refused(InvalidInputException.class, () -> plans.proposeAdjustment(STANDING, one.id(), one, "\u200B"));
        refused(
                InvalidInputException.class,
                () -> plans.rejectAdjustment(
                        STANDING, store.adjustments().all().get(0).id(), "\uFEFF"));
    }
}
