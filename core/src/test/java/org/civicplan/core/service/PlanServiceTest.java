package org.civicplan.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civicplan.testing.TestPortfolios.PLAN;
import static org.civicplan.testing.TestPortfolios.QCG;
import static org.civicplan.testing.TestPortfolios.SKHCN;
import static org.civicplan.testing.TestPortfolios.STC;
import static org.civicplan.testing.TestPortfolios.UBND;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.civicplan.core.AccessDeniedException;
import org.civicplan.core.CivicTime;
import org.civicplan.core.DanglingReferenceException;
import org.civicplan.core.DuplicateEntityException;
import org.civicplan.core.IllegalStateTransitionException;
import org.civicplan.core.InvalidInputException;
import org.civicplan.core.Lang;
import org.civicplan.core.VersionConflictException;
import org.civicplan.core.docref.DocumentRef;
import org.civicplan.core.memory.InMemoryPortfolioStore;
import org.civicplan.core.model.Actor;
import org.civicplan.core.model.Adjustment;
import org.civicplan.core.model.AdjustmentStatus;
import org.civicplan.core.model.Assignment;
import org.civicplan.core.model.AuditEntry;
import org.civicplan.core.model.FieldChange;
import org.civicplan.core.model.IndicatorCode;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.ItemId;
import org.civicplan.core.model.ItemStatus;
import org.civicplan.core.model.MeasuredValue;
import org.civicplan.core.model.Measurement;
import org.civicplan.core.model.Official;
import org.civicplan.core.model.Plan;
import org.civicplan.core.model.PlanStatus;
import org.civicplan.core.model.Portfolio;
import org.civicplan.core.model.ProgressState;
import org.civicplan.core.model.Resources;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.period.Period;
import org.civicplan.testing.TestPortfolios;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PlanServiceTest {
    private static final Actor STANDING = Actor.of("SKHCN", "chuyenvien.skhcn");
    private static final Actor ISSUER = Actor.of("UBND", "vanthu.ubnd");
    private static final Actor DISTRICT = Actor.of("QCG", "chuyenvien.caugiay");
    private static final Actor FINANCE = Actor.of("STC", "chuyenvien.stc");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2022-03-01T02:00:00Z"), CivicTime.VIETNAM);

    private InMemoryPortfolioStore store;
    private PlanService service;

    @BeforeEach
    void setUp() {
        store = InMemoryPortfolioStore.of(TestPortfolios.portfolio());
        service = new PlanService(store, new StandardAccessPolicy(), CLOCK);
    }

    @Test
    void registersItemsWithAuditAndRefusesDuplicateNumbers() {
        Item item = TestPortfolios.item(5);
        Item created = service.registerItem(ISSUER, item);
        assertThat(created.version()).isEqualTo(1);
        assertThat(created.revision()).isEqualTo(1);
        List<AuditEntry> trail = service.auditTrail("item", item.id().value());
        assertThat(trail).hasSize(1);
        assertThat(trail.get(0).actor()).isEqualTo(ISSUER);
        assertThat(trail.get(0).action()).isEqualTo("register-item");
        assertThat(trail.get(0).at()).isEqualTo(CLOCK.instant());
        assertThat(trail.get(0).changes()).extracting(FieldChange::field).contains("title", "assignment");

        Item sameNumber =
                TestPortfolios.item(5).toBuilder().id(ItemId.of("other")).build();
        assertThatThrownBy(() -> service.registerItem(ISSUER, sameNumber))
                .isInstanceOf(DuplicateEntityException.class)
                .hasMessageContaining("#5");
        Item unknownPrerequisite = TestPortfolios.item(6).toBuilder()
                .prerequisite(ItemId.of("missing"))
                .build();
        assertThatThrownBy(() -> service.registerItem(ISSUER, unknownPrerequisite))
                .isInstanceOfSatisfying(DanglingReferenceException.class, e -> assertThat(e.field())
                        .isEqualTo("prerequisites"))
                .hasMessageContaining("missing");
        // units and indicators too: registerItem accepted them before
        Item unknownUnit = TestPortfolios.item(7).toBuilder()
                .assignment(Assignment.lead(
                        UnitCode.of("KHONG-CO"),
                        List.of(),
                        Official.post("Giám đốc", UnitCode.of("KHONG-CO")),
                        Resources.NONE))
                .build();
        assertThatThrownBy(() -> service.registerItem(ISSUER, unknownUnit))
                .isInstanceOfSatisfying(DanglingReferenceException.class, e -> {
                    assertThat(e.field()).isEqualTo("assignment.leadUnits");
                    assertThat(e.getMessage(Lang.EN)).contains("unit \"KHONG-CO\" does not exist");
                });
        Item unknownIndicator = TestPortfolios.item(8).toBuilder()
                .indicators(List.of(IndicatorCode.of("CT07-99")))
                .build();
        assertThatThrownBy(() -> service.registerItem(ISSUER, unknownIndicator))
                .isInstanceOfSatisfying(DanglingReferenceException.class, e -> assertThat(e.field())
                        .isEqualTo("indicators"));
        assertThat(store.items().find(unknownUnit.id())).isEmpty();
        assertThat(store.items().find(unknownIndicator.id())).isEmpty();
        assertThat(store.items().find(unknownPrerequisite.id())).isEmpty();
    }

    @Test
    void unauthorisedWritesChangeNothing() {
        Portfolio before = store.snapshot();
        int auditBefore = store.audit().all().size();
        assertThatThrownBy(() -> service.registerItem(DISTRICT, TestPortfolios.item(5)))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("QCG")
                .hasMessageContaining("không có quyền")
                .hasMessageContaining("may not");
        Item one = store.items().get(ItemId.of("KH-186/1"));
        assertThatThrownBy(() ->
                        service.recordProgress(DISTRICT, one.id(), one.version(), ItemStatus.DONE, Optional.empty()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.assign(FINANCE, one.id(), one.version(), Assignment.NONE))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.recordMeasurement(
                        DISTRICT,
                        new Measurement(
                                TestPortfolios.IND_INNOV,
                                Period.year(2022),
                                QCG,
                                MeasuredValue.count(3),
                                Optional.empty())))
                .isInstanceOf(AccessDeniedException.class);
        Adjustment pending = store.adjustments().all().get(0);
        assertThatThrownBy(() -> service.acceptAdjustment(ISSUER, pending.id(), "ok"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(store.snapshot()).isEqualTo(before);
        assertThat(store.audit().all()).hasSize(auditBefore);
    }

    @Test
    void onlyTheStandingAgencyDecidesAnItemsStatus() {
        // issue 18: a unit's word counts through an approved report; a direct status is a decision
        Item one = store.items().get(ItemId.of("KH-186/1"));
        assertThatThrownBy(() -> service.recordProgress(
                        FINANCE, one.id(), one.version(), ItemStatus.DONE, Optional.of(LocalDate.of(2022, 1, 15))))
                .isInstanceOf(AccessDeniedException.class);
        Item done = service.recordProgress(
                STANDING, one.id(), one.version(), ItemStatus.DONE, Optional.of(LocalDate.of(2022, 1, 15)));
        assertThat(done.status()).isEqualTo(ItemStatus.DONE);
        assertThat(done.completedOn()).contains(LocalDate.of(2022, 1, 15));
        assertThat(service.stateOf(done)).isEqualTo(ProgressState.DONE_LATE);
        assertThatThrownBy(() -> service.recordProgress(
                        STANDING, one.id(), one.version(), ItemStatus.IN_PROGRESS, Optional.empty()))
                .isInstanceOf(VersionConflictException.class);
        Item three = store.items().get(ItemId.of("KH-186/3"));
        assertThatThrownBy(() -> service.recordProgress(
                        DISTRICT, three.id(), three.version(), ItemStatus.DONE, Optional.empty()))
                .isInstanceOf(AccessDeniedException.class);
        Item todayDone =
                service.recordProgress(STANDING, three.id(), three.version(), ItemStatus.DONE, Optional.empty());
        assertThat(todayDone.completedOn()).contains(LocalDate.of(2022, 3, 1));
        Item again = store.items().get(ItemId.of("KH-186/3"));
        assertThatThrownBy(() -> service.recordProgress(
                        STANDING, again.id(), again.version(), ItemStatus.DONE, Optional.of(LocalDate.of(2023, 1, 1))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("future");
    }

    @Test
    void overdueIsJudgedByTheClock() {
        assertThat(service.today()).isEqualTo(LocalDate.of(2022, 3, 1));
        assertThat(service.overdue()).extracting(Item::number).containsExactly(1);
        assertThat(service.overdue(LocalDate.of(2021, 6, 1))).isEmpty();
        assertThat(service.itemsOfUnit(QCG)).extracting(Item::number).containsExactly(3);
        assertThat(service.contributingTo(TestPortfolios.IND_PLATFORM))
                .extracting(Item::number)
                .containsExactly(2);
        assertThat(service.itemsOfPlan(PLAN)).hasSize(4);
    }

    @Test
    void adjustmentReRegistersTheItemAndKeepsHistory() {
        Item one = store.items().get(ItemId.of("KH-186/1"));
        Item proposed =
                one.toBuilder().deadline(Period.parse("6 tháng đầu năm 2022")).build();
        assertThatThrownBy(() -> service.proposeAdjustment(STANDING, one.id(), proposed, "  "))
                .isInstanceOf(InvalidInputException.class);
        Adjustment adjustment = service.proposeAdjustment(FINANCE, one.id(), proposed, "Chờ ý kiến Bộ Tài chính");
        assertThat(adjustment.status()).isEqualTo(AdjustmentStatus.PROPOSED);
        assertThat(store.items().get(one.id()).deadline()).contains(Period.quarter(2021, 4));

        Item next = service.acceptAdjustment(STANDING, adjustment.id(), "Đồng ý gia hạn");
        assertThat(next.revision()).isEqualTo(2);
        assertThat(next.deadline()).contains(Period.firstHalf(2022));
        assertThat(service.history(one.id())).extracting(Item::revision).containsExactly(1, 2);
        assertThat(store.adjustments().get(adjustment.id()).status()).isEqualTo(AdjustmentStatus.ACCEPTED);
        assertThat(store.adjustments().get(adjustment.id()).decidedBy()).contains(SKHCN);
        assertThatThrownBy(() -> service.acceptAdjustment(STANDING, adjustment.id(), "again"))
                .isInstanceOf(IllegalStateTransitionException.class);

        // the sample's older proposal was made against revision 1: now stale
        Adjustment older = store.adjustments().get(org.civicplan.core.model.AdjustmentId.of("DC-1"));
        assertThatThrownBy(() -> service.acceptAdjustment(STANDING, older.id(), "muộn"))
                .isInstanceOf(VersionConflictException.class);
        Adjustment rejected = service.rejectAdjustment(STANDING, older.id(), "Đã điều chỉnh theo đề xuất khác");
        assertThat(rejected.status()).isEqualTo(AdjustmentStatus.REJECTED);
        assertThat(service.auditTrail("item", one.id().value()))
                .extracting(AuditEntry::action)
                .containsExactly("propose-adjustment", "accept-adjustment", "reject-adjustment");
    }

    @Test
    void planLifecycleAndIssuedPlansAreFrozen() {
        Plan plan = store.plans().get(PLAN);
        assertThatThrownBy(() -> service.advancePlan(ISSUER, PLAN, plan.version(), PlanStatus.ISSUED, Optional.empty()))
                .isInstanceOf(IllegalStateTransitionException.class)
                .hasMessageContaining("Draft");
        Plan consultation =
                service.advancePlan(ISSUER, PLAN, plan.version(), PlanStatus.CONSULTATION, Optional.empty());
        Plan submitted =
                service.advancePlan(ISSUER, PLAN, consultation.version(), PlanStatus.SUBMITTED, Optional.empty());
        assertThatThrownBy(() ->
                        service.advancePlan(ISSUER, PLAN, submitted.version(), PlanStatus.ISSUED, Optional.empty()))
                .isInstanceOf(AccessDeniedException.class); // only the standing agency issues the city plan
        assertThatThrownBy(() ->
                        service.advancePlan(STANDING, PLAN, submitted.version(), PlanStatus.ISSUED, Optional.empty()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("186/KH-UBND");
        Plan issued = service.advancePlan(
                STANDING,
                PLAN,
                submitted.version(),
                PlanStatus.ISSUED,
                Optional.of(DocumentRef.parse("186/KH-UBND").withDate(LocalDate.of(2021, 7, 26))));
        assertThat(issued.status()).isEqualTo(PlanStatus.ISSUED);
        assertThat(issued.document().orElseThrow().symbol()).isEqualTo("186/KH-UBND");
        assertThatThrownBy(() -> service.registerItem(STANDING, TestPortfolios.item(9)))
                .isInstanceOf(IllegalStateTransitionException.class)
                .hasMessageContaining("đề xuất điều chỉnh");
        Item one = store.items().get(ItemId.of("KH-186/1"));
        assertThatThrownBy(() ->
                        service.updateItem(STANDING, one.toBuilder().title("x").build()))
                .isInstanceOf(IllegalStateTransitionException.class);
        assertThatThrownBy(
                        () -> service.advancePlan(STANDING, PLAN, issued.version(), PlanStatus.DRAFT, Optional.empty()))
                .isInstanceOf(IllegalStateTransitionException.class);
    }

    @Test
    void assignmentIsAudited() {
        Item one = store.items().get(ItemId.of("KH-186/1"));
        Assignment assignment = Assignment.lead(
                STC, List.of(SKHCN), Official.post("Giám đốc Sở Tài chính", STC), Resources.regularOperatingBudget());
        Item assigned = service.assign(ISSUER, one.id(), one.version(), assignment);
        assertThat(assigned.assignment()).isEqualTo(assignment);
        AuditEntry entry = service.auditTrail("item", one.id().value()).get(0);
        assertThat(entry.changes())
                .extracting(FieldChange::field)
                .contains(
                        "assignment.leadUnits",
                        "assignment.coordinatingUnits",
                        "assignment.resources.funding",
                        "assignment.resources.regularBudget");
    }

    @Test
    void measurementsMustMatchTheIndicatorKind() {
        Measurement wrongKind = new Measurement(
                TestPortfolios.IND_TFP, Period.year(2022), SKHCN, MeasuredValue.count(3), Optional.empty());
        assertThatThrownBy(() -> service.recordMeasurement(STANDING, wrongKind))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Percentage");
        Measurement ok = new Measurement(
                TestPortfolios.IND_TFP,
                Period.year(2022),
                SKHCN,
                new MeasuredValue.Ratio(new BigDecimal("45"), new BigDecimal("100")),
                Optional.of("Cục Thống kê"));
        service.recordMeasurement(STANDING, ok);
        assertThat(store.measurements().find(ok.indicator(), ok.period(), ok.reportedBy()))
                .contains(ok);
        assertThat(service.auditTrail("measurement", ok.key())).hasSize(1);
    }

    @Test
    void planLifecycleRules() {
        assertThat(PlanLifecycle.allowed(PlanStatus.DRAFT, PlanStatus.CONSULTATION))
                .isTrue();
        assertThat(PlanLifecycle.allowed(PlanStatus.DRAFT, PlanStatus.SUBMITTED))
                .isFalse();
        assertThat(PlanLifecycle.allowed(PlanStatus.SUBMITTED, PlanStatus.DRAFT))
                .isTrue();
        assertThat(PlanLifecycle.allowed(PlanStatus.DRAFT, PlanStatus.DRAFT)).isFalse();
        assertThat(PlanLifecycle.allowed(PlanStatus.ISSUED, PlanStatus.DRAFT)).isFalse();
        assertThat(UBND.value()).isEqualTo("UBND");
    }
}
