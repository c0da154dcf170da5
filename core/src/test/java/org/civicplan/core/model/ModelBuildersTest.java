package org.civicplan.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.civicplan.core.docref.DocumentRef;
import org.civicplan.core.period.Period;
import org.civicplan.testing.TestPortfolios;
import org.junit.jupiter.api.Test;

/** The builders of the wide records: defaults, round trips, and the record's own checks still apply. */
class ModelBuildersTest {
    @Test
    void toBuilderRoundTripsEveryWideRecord() {
        Program program = TestPortfolios.program();
        Plan plan = TestPortfolios.plan();
        Indicator indicator = TestPortfolios.indicators().get(0);
        ProgressReport report = TestPortfolios.report();

        assertThat(program.toBuilder().build()).isEqualTo(program);
        assertThat(plan.toBuilder().build()).isEqualTo(plan);
        assertThat(indicator.toBuilder().build()).isEqualTo(indicator);
        assertThat(report.toBuilder().build()).isEqualTo(report);
    }

    @Test
    void aPlanBuiltFromItsRequiredPartsHasTheDocumentedDefaults() {
        Plan built = Plan.builder(
                        TestPortfolios.UNIT_PLAN,
                        TestPortfolios.SKHCN,
                        "Kế hoạch của Sở Khoa học và Công nghệ thực hiện Kế hoạch số 186/KH-UBND")
                .parentPlan(TestPortfolios.PLAN)
                .build();

        assertThat(built).isEqualTo(TestPortfolios.unitPlan());
        assertThat(built.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(built.sections()).isEqualTo(PlanSections.EMPTY);
        assertThat(built.program()).isEmpty();
        assertThat(built.version()).isZero();
    }

    @Test
    void changingOnePartLeavesTheOthers() {
        Plan plan = TestPortfolios.plan();

        Plan issued = plan.toBuilder()
                .status(PlanStatus.ISSUED)
                .document(DocumentRef.parse("186/KH-UBND"))
                .build();

        assertThat(issued.status()).isEqualTo(PlanStatus.ISSUED);
        assertThat(issued.document()).contains(DocumentRef.parse("186/KH-UBND"));
        assertThat(issued.toBuilder().status(plan.status()).document(null).build())
                .isEqualTo(plan);
    }

    @Test
    void listPartsCanBeAddedOneAtATimeAndTheBuilderDoesNotShareItsList() {
        Program.Builder builder = Program.builder(
                        TestPortfolios.PROGRAM, "Chương trình", TestPortfolios.TU, Period.years(2021, 2025))
                .indicator(TestPortfolios.IND_TFP);
        Program first = builder.build();
        Program second = builder.indicator(TestPortfolios.IND_INNOV).build();

        assertThat(first.indicators()).containsExactly(TestPortfolios.IND_TFP);
        assertThat(second.indicators()).containsExactly(TestPortfolios.IND_TFP, TestPortfolios.IND_INNOV);
    }

    @Test
    void indicatorAndReportDefaults() {
        Indicator indicator = Indicator.builder(
                        IndicatorCode.of("CT07-09"),
                        TestPortfolios.PROGRAM,
                        "Số doanh nghiệp KH&CN",
                        IndicatorKind.COUNT)
                .target(Target.atLeast(new BigDecimal("100"), Period.year(2025)))
                .build();
        ProgressReport report = ProgressReport.builder(
                        ReportId.of("BC-1"), TestPortfolios.PROGRAM, TestPortfolios.SKHCN, Period.firstHalf(2021))
                .difficulty("Thiếu nhân lực chuyên trách")
                .build();

        assertThat(indicator.direction()).isEqualTo(Direction.INCREASE);
        assertThat(indicator.interimTargets()).isEmpty();
        assertThat(indicator.unitOfMeasure()).isEqualTo(Optional.empty());
        assertThat(report.status()).isEqualTo(ReportStatus.DRAFT);
        assertThat(report.difficulties()).isEqualTo(List.of("Thiếu nhân lực chuyên trách"));
    }

    @Test
    void theRecordStillChecksWhatTheBuilderHandsIt() {
        assertThatThrownBy(() -> Plan.builder(TestPortfolios.PLAN, TestPortfolios.UBND, "Kế hoạch")
                        .parentPlan(TestPortfolios.PLAN)
                        .build())
                .hasMessageContaining(TestPortfolios.PLAN.value());
    }
}
