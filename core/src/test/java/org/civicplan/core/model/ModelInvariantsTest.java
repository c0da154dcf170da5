package org.civicplan.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.civicplan.core.InvalidInputException;
import org.civicplan.core.money.Vnd;
import org.civicplan.core.period.Period;
import org.civicplan.testing.TestPortfolios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ModelInvariantsTest {
    private static String nfd(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t"})
    void idsRefuseBlank(String value) {
        assertThatThrownBy(() -> UnitCode.of(value))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("blank");
        assertThatThrownBy(() -> ItemId.of(value)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void idsAreStrippedNormalisedAndBounded() {
        assertThat(UnitCode.of("  SKHCN ").value()).isEqualTo("SKHCN");
        assertThat(ProgramId.of(nfd("Chương-07")).value()).isEqualTo("Chương-07");
        assertThat(ProgramId.of(nfd("Chương-07"))).isEqualTo(ProgramId.of("Chương-07"));
        assertThatThrownBy(() -> ItemId.of("x".repeat(65)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("64");
        assertThatThrownBy(() -> ItemId.of("a\u0000b"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("control");
        assertThatThrownBy(() -> new UnitCode(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("unit code is null");
    }

    @Test
    void textIsNormalisedToNfc() {
        OrgUnit unit = new OrgUnit(
                UnitCode.of("SKHCN"),
                nfd("  Sở   Khoa học  và Công nghệ "),
                Optional.of(nfd("Sở KH&CN")),
                UnitKind.DEPARTMENT,
                Optional.empty());
        assertThat(unit.name()).isEqualTo("Sở Khoa học và Công nghệ");
        assertThat(Normalizer.isNormalized(unit.name(), Normalizer.Form.NFC)).isTrue();
        assertThat(unit.displayName()).isEqualTo("Sở KH&CN");
        Item item = TestPortfolios.item(1).toBuilder()
                .title(nfd("Đề án  "))
                .content(nfd("  Dòng 1\nDòng 2  "))
                .build();
        assertThat(item.title()).isEqualTo("Đề án");
        assertThat(item.content()).contains("Dòng 1\nDòng 2");
    }

    @Test
    void blankOptionalTextBecomesEmpty() {
        Official official = new Official(Optional.of("   "), Optional.of(""), Optional.empty());
        assertThat(official.name()).isEmpty();
        assertThat(official.post()).isEmpty();
        assertThat(official.identified()).isFalse();
        assertThat(Official.post("Giám đốc Sở", UnitCode.of("SKHCN")).describe())
                .isEqualTo("Giám đốc Sở");
        assertThat(Official.named("Nguyễn Văn A", "Giám đốc", UnitCode.of("SKHCN"))
                        .describe())
                .isEqualTo("Nguyễn Văn A, Giám đốc");
        Item item = TestPortfolios.item(1).toBuilder().content("  \n ").build();
        assertThat(item.content()).isEmpty();
    }

    @Test
    void orgUnitInvariants() {
        assertThatThrownBy(() -> OrgUnit.of("X", "  ", UnitKind.DEPARTMENT)).hasMessageContaining("blank name");
        assertThatThrownBy(() -> OrgUnit.of("X", "Sở X", UnitKind.DEPARTMENT).withParent(UnitCode.of("X")))
                .hasMessageContaining("own parent");
        assertThatThrownBy(() -> new OrgUnit(UnitCode.of("X"), "Sở X", Optional.empty(), null, Optional.empty()))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("kind is null");
    }

    @Test
    void orgUnitAliasesAreCleanedWithoutBlanksOrRepeatsInOrder() {
        OrgUnit unit = OrgUnit.of("BNNPTNT", "Bộ Nông nghiệp và Phát triển nông thôn", UnitKind.MINISTRY)
                .withAliases(List.of(nfd(" Bộ Nông nghiệp  và PTNT "), "  ", "Bộ NN&PTNT", "Bộ Nông nghiệp và PTNT"));
        assertThat(unit.aliases()).containsExactly("Bộ Nông nghiệp và PTNT", "Bộ NN&PTNT");
        assertThat(unit.withParent(UnitCode.of("CP")).aliases()).isEqualTo(unit.aliases());
        assertThat(unit.withShortName("Bộ NN&PTNT").aliases()).isEqualTo(unit.aliases());
        assertThat(OrgUnit.of("X", "Sở X", UnitKind.DEPARTMENT).aliases()).isEmpty();
        assertThatThrownBy(() -> unit.withAliases(java.util.Arrays.asList("a", null)))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("aliases contains null");
    }

    @Test
    void itemInvariants() {
        Item.Builder base = TestPortfolios.item(1).toBuilder();
        assertThatThrownBy(() -> base.number(0).build()).hasMessageContaining("number must be 1 or more");
        assertThatThrownBy(() -> TestPortfolios.item(1).toBuilder().section(0).build())
                .hasMessageContaining("section");
        assertThatThrownBy(() -> TestPortfolios.item(1).toBuilder()
                        .prerequisite(ItemId.of("KH-186/1"))
                        .build())
                .hasMessageContaining("own prerequisite");
        assertThatThrownBy(() -> TestPortfolios.item(1).toBuilder().revision(0).build())
                .hasMessageContaining("revision");
        assertThatThrownBy(() -> TestPortfolios.item(1).toBuilder().version(-1).build())
                .hasMessageContaining("version");
    }

    @Test
    void listsAreCopiedAndImmutable() {
        List<IndicatorCode> codes = new ArrayList<>(List.of(IndicatorCode.of("A")));
        Item item = TestPortfolios.item(1).toBuilder().indicators(codes).build();
        codes.add(IndicatorCode.of("B"));
        assertThat(item.indicators()).containsExactly(IndicatorCode.of("A"));
        assertThatThrownBy(() -> item.indicators().add(IndicatorCode.of("C")))
                .isInstanceOf(UnsupportedOperationException.class);
        List<UnitCode> withNull = new ArrayList<>();
        withNull.add(null);
        assertThatThrownBy(() -> new Assignment(
                        withNull, List.of(), Optional.empty(), Optional.empty(), Optional.empty(), Resources.NONE))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("leadUnits contains null");
    }

    @Test
    void builderRoundTripsEveryField() {
        for (Item item : TestPortfolios.items()) {
            assertThat(item.toBuilder().build()).isEqualTo(item);
        }
        assertThat(TestPortfolios.item(1).withVersion(7).version()).isEqualTo(7);
    }

    @Test
    void programNeedsABoundedPeriod() {
        Program program = TestPortfolios.program();
        assertThatThrownBy(() -> new Program(
                        program.id(),
                        program.document(),
                        program.title(),
                        program.issuer(),
                        program.term(),
                        Period.parse("Thường xuyên"),
                        program.viewpoints(),
                        program.goals(),
                        program.indicators(),
                        program.sections(),
                        program.steeringCommittee(),
                        0))
                .hasMessageContaining("start and an end");
        assertThatThrownBy(() -> new Program(
                        program.id(),
                        program.document(),
                        program.title(),
                        program.issuer(),
                        program.term(),
                        Period.parse("Trước 26/7/2021"),
                        program.viewpoints(),
                        program.goals(),
                        program.indicators(),
                        program.sections(),
                        program.steeringCommittee(),
                        0))
                .hasMessageContaining("start and an end");
        assertThat(program.standingAgency()).contains(TestPortfolios.SKHCN);
    }

    @Test
    void planCannotCascadeFromItself() {
        Plan plan = TestPortfolios.plan();
        assertThatThrownBy(() -> new Plan(
                        plan.id(),
                        plan.program(),
                        Optional.of(plan.id()),
                        plan.issuer(),
                        plan.document(),
                        plan.title(),
                        plan.issueBy(),
                        plan.sections(),
                        plan.appendixSections(),
                        plan.status(),
                        0))
                .hasMessageContaining("cascade from itself");
    }

    @Test
    void assignmentHelpers() {
        Assignment two = new Assignment(
                List.of(TestPortfolios.SKHCN, TestPortfolios.STC),
                List.of(TestPortfolios.QCG),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Resources.NONE);
        assertThat(two.lead()).isEmpty();
        assertThat(two.effectiveReportingUnit()).isEmpty();
        assertThat(two.involves(TestPortfolios.QCG)).isTrue();
        assertThat(two.involves(TestPortfolios.STTTT)).isFalse();
        Assignment one = TestPortfolios.item(1).assignment();
        assertThat(one.lead()).contains(TestPortfolios.SKHCN);
        assertThat(one.effectiveReportingUnit()).contains(TestPortfolios.SKHCN);
    }

    @Test
    void resourcesTotals() {
        Resources resources = new Resources(
                List.of(
                        new FundingLine(FundingSource.CITY_BUDGET, 2021, Vnd.of(100)),
                        new FundingLine(FundingSource.CITY_BUDGET, 2022, Vnd.of(200)),
                        new FundingLine(FundingSource.ENTERPRISE, 2022, Vnd.of(50))),
                false,
                Optional.of(3),
                Optional.empty());
        assertThat(resources.total()).isEqualTo(Vnd.of(350));
        assertThat(resources.totalBySource())
                .containsEntry(FundingSource.CITY_BUDGET, Vnd.of(300))
                .containsEntry(FundingSource.ENTERPRISE, Vnd.of(50));
        assertThat(resources.totalByYear())
                .containsExactly(java.util.Map.entry(2021, Vnd.of(100)), java.util.Map.entry(2022, Vnd.of(250)));
        assertThat(resources.isUnstated()).isFalse();
        assertThat(Resources.NONE.isUnstated()).isTrue();
        assertThat(Resources.regularOperatingBudget().isUnstated()).isFalse();
    }

    @Test
    void progressStateIsDerivedFromDeadlineAndClock() {
        Item item = TestPortfolios.item(1); // due 31/12/2021, not started
        assertThat(item.stateOn(LocalDate.of(2021, 12, 31))).isEqualTo(ProgressState.NOT_STARTED);
        assertThat(item.stateOn(LocalDate.of(2022, 1, 1))).isEqualTo(ProgressState.OVERDUE);
        Item inProgress = item.toBuilder().status(ItemStatus.IN_PROGRESS).build();
        assertThat(inProgress.stateOn(LocalDate.of(2021, 6, 1))).isEqualTo(ProgressState.IN_PROGRESS);
        assertThat(inProgress.stateOn(LocalDate.of(2022, 6, 1))).isEqualTo(ProgressState.OVERDUE);
        Item onTime = item.toBuilder()
                .status(ItemStatus.DONE)
                .completedOn(LocalDate.of(2021, 12, 31))
                .build();
        assertThat(onTime.stateOn(LocalDate.of(2025, 1, 1))).isEqualTo(ProgressState.DONE_ON_TIME);
        Item late = item.toBuilder()
                .status(ItemStatus.DONE)
                .completedOn(LocalDate.of(2022, 1, 1))
                .build();
        assertThat(late.stateOn(LocalDate.of(2025, 1, 1))).isEqualTo(ProgressState.DONE_LATE);
        assertThat(item.toBuilder().status(ItemStatus.SUSPENDED).build().stateOn(LocalDate.of(2030, 1, 1)))
                .isEqualTo(ProgressState.SUSPENDED);
        assertThat(item.toBuilder().status(ItemStatus.CANCELLED).build().stateOn(LocalDate.of(2030, 1, 1)))
                .isEqualTo(ProgressState.CANCELLED);
        Item ongoing = item.toBuilder().deadline(Period.parse("Thường xuyên")).build();
        assertThat(ongoing.stateOn(LocalDate.of(2030, 1, 1))).isEqualTo(ProgressState.NOT_STARTED);
        assertThat(ongoing.dueDate()).isEmpty();
    }

    @Test
    void targetsAndInterimTargets() {
        Indicator indicator = TestPortfolios.indicators().get(0);
        assertThat(indicator.targetFor(Period.firstHalf(2021)).orElseThrow().value())
                .isEqualByComparingTo("43");
        assertThat(indicator.targetFor(Period.year(2022)).orElseThrow().value()).isEqualByComparingTo("46");
        assertThat(indicator.targetFor(Period.year(2024)).orElseThrow().value()).isEqualByComparingTo("55");
        assertThat(indicator
                        .targetFor(Period.parse("Thường xuyên"))
                        .orElseThrow()
                        .value())
                .isEqualByComparingTo("55");
        Target atLeast = Target.atLeast(new BigDecimal("10"), Period.year(2025));
        assertThat(atLeast.metBy(new BigDecimal("10.0"))).isTrue();
        assertThat(atLeast.metBy(new BigDecimal("9.99"))).isFalse();
        Target atMost = Target.atMost(new BigDecimal("10"), Period.year(2025));
        assertThat(atMost.metBy(new BigDecimal("9"))).isTrue();
        assertThat(atMost.metBy(new BigDecimal("11"))).isFalse();
        assertThat(new Target(Comparison.EQUAL, BigDecimal.ONE, Period.year(2025)).metBy(new BigDecimal("1.00")))
                .isTrue();
    }

    @Test
    void measuredValues() {
        assertThat(new MeasuredValue.Ratio(new BigDecimal("1"), new BigDecimal("3")).numeric())
                .isEqualByComparingTo("33.33333333333333");
        assertThatThrownBy(() -> new MeasuredValue.Ratio(BigDecimal.ONE, BigDecimal.ZERO))
                .hasMessageContaining("positive denominator");
        assertThat(new MeasuredValue.Milestone(true).numeric()).isEqualByComparingTo("1");
        assertThat(new MeasuredValue.Money(Vnd.of(5)).numeric()).isEqualByComparingTo("5");
        assertThat(MeasuredValue.count(3).kind()).isEqualTo(IndicatorKind.COUNT);
        Measurement m = TestPortfolios.measurements().get(0);
        assertThat(m.key()).isEqualTo("CT07-01@2021-H1@SKHCN");
    }

    @Test
    void progressAndAdjustmentInvariants() {
        assertThatThrownBy(() -> new ItemProgress(
                        ItemId.of("x"), ItemStatus.DONE, 101, Optional.empty(), Optional.empty(), List.of()))
                .hasMessageContaining("0..100");
        Item other = TestPortfolios.item(2);
        assertThatThrownBy(() -> new Adjustment(
                        AdjustmentId.of("a"),
                        ItemId.of("KH-186/1"),
                        1,
                        TestPortfolios.SKHCN,
                        "lý do",
                        other,
                        AdjustmentStatus.PROPOSED,
                        Instant.EPOCH,
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        0))
                .hasMessageContaining("proposes a change to KH-186/2");
    }

    @Test
    void enumsHaveStableCodesAndLabels() {
        assertThat(ItemKind.fromCode("de-an")).isEqualTo(ItemKind.SCHEME);
        assertThat(ItemKind.fromCode(" DE-AN ")).isEqualTo(ItemKind.SCHEME);
        assertThat(ItemKind.SCHEME.vi()).isEqualTo("Đề án");
        assertThat(ItemKind.SCHEME.label(org.civicplan.core.Lang.EN)).isEqualTo("Scheme");
        assertThat(ProductKind.EVENT.countable()).isTrue();
        assertThat(ProductKind.DECISION.countable()).isFalse();
        assertThatThrownBy(() -> FundingSource.fromCode("tien-mat"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("tien-mat")
                .hasMessageContaining("ngan-sach-thanh-pho");
        for (Class<? extends Enum<?>> type : List.<Class<? extends Enum<?>>>of(
                UnitKind.class,
                ItemKind.class,
                ProductKind.class,
                ApprovalLevel.class,
                FundingSource.class,
                IndicatorKind.class,
                Direction.class,
                Comparison.class,
                Frequency.class,
                ItemStatus.class,
                ProgressState.class,
                PlanStatus.class,
                ItemScope.class,
                ReportStatus.class,
                AdjustmentStatus.class)) {
            java.util.Set<String> codes = new java.util.HashSet<>();
            for (Enum<?> constant : type.getEnumConstants()) {
                org.civicplan.core.Labelled labelled = (org.civicplan.core.Labelled) constant;
                assertThat(codes.add(labelled.code()))
                        .as("duplicate code %s in %s", labelled.code(), type)
                        .isTrue();
                assertThat(labelled.vi()).isNotBlank();
                assertThat(labelled.en()).isNotBlank();
            }
        }
    }

    /** Issue 18: values a caller can get wrong are refused bilingually, naming the value, never a raw IllegalArgumentException. */
    @Test
    void badValuesAreRefusedWithABilingualMessageNamingTheValue() {
        assertThatThrownBy(() -> new MeasuredValue.Ratio(java.math.BigDecimal.ONE, java.math.BigDecimal.ZERO))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.getMessage(org.civicplan.core.Lang.EN)).contains("denominator, not 0");
                    assertThat(e.getMessage(org.civicplan.core.Lang.VI)).contains("mẫu số dương, không phải 0");
                });
        assertThatThrownBy(() -> OrgUnit.of("SYT", " ", UnitKind.DEPARTMENT))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("SYT");
        assertThatThrownBy(() -> UnitDirectory.of(List.of(
                        OrgUnit.of("SYT", "Sở Y tế", UnitKind.DEPARTMENT),
                        OrgUnit.of("SYT", "Sở Y tế", UnitKind.DEPARTMENT))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("\"SYT\"");
        assertThatThrownBy(() -> org.civicplan.testing.TestPortfolios.item(1).toBuilder()
                        .prerequisites(List.of(ItemId.of("KH-186/1")))
                        .build())
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("KH-186/1");
        assertThatThrownBy(() -> org.civicplan.testing.TestPortfolios.item(1).withVersion(-1))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("-1");
    }
}
