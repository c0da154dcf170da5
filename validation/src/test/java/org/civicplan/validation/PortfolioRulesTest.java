package org.civicplan.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.civicplan.core.Lang;
import org.civicplan.core.constraints.Stage;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.ItemId;
import org.civicplan.core.model.OrgUnit;
import org.civicplan.core.model.Plan;
import org.civicplan.core.model.PlanId;
import org.civicplan.core.model.PlanStatus;
import org.civicplan.core.model.Portfolio;
import org.civicplan.core.model.Program;
import org.civicplan.core.model.ProgramId;
import org.civicplan.core.model.UnitKind;
import org.junit.jupiter.api.Test;

class PortfolioRulesTest {
    static final ClarityCheck CHECK = ClarityCheck.create();

    @Test
    void dependencyCycleIsReportedWithItsItemNumbers() {
        List<Item> items = new ArrayList<>(Fixtures.items(5));
        // 2 needs 3, 3 needs 4, 4 needs 2: a cycle; 5 needs 2 and is not part of it
        items.set(1, items.get(1).toBuilder().prerequisite(items.get(2).id()).build());
        items.set(2, items.get(2).toBuilder().prerequisite(items.get(3).id()).build());
        items.set(3, items.get(3).toBuilder().prerequisite(items.get(1).id()).build());
        items.set(4, items.get(4).toBuilder().prerequisite(items.get(1).id()).build());
        ClarityReport report = CHECK.check(Fixtures.portfolio(items));
        assertThat(report.findings())
                .extracting(Finding::code, Finding::path, f -> f.message(Lang.VI), f -> f.message(Lang.EN))
                .containsExactly(tuple(
                        "structure.dependency.cycle",
                        "items[2].prerequisites",
                        "Các nhiệm vụ phụ thuộc vòng tròn: 2 → 3 → 4 → 2; cần bỏ vòng phụ thuộc",
                        "Items depend on each other in a cycle: 2 → 3 → 4 → 2; break the cycle"));
        assertThat(report.readyFor(Stage.DRAFT)).isFalse();
        assertThat(report.status(ItemId.of("KH-UBND-2021/2"), Dimension.STRUCTURE))
                .isEqualTo(Status.FAIL);
    }

    @Test
    void twoSeparateCyclesAreTwoFindings() {
        List<Item> items = new ArrayList<>(Fixtures.items(4));
        items.set(0, items.get(0).toBuilder().prerequisite(items.get(1).id()).build());
        items.set(1, items.get(1).toBuilder().prerequisite(items.get(0).id()).build());
        items.set(2, items.get(2).toBuilder().prerequisite(items.get(3).id()).build());
        items.set(3, items.get(3).toBuilder().prerequisite(items.get(2).id()).build());
        assertThat(CHECK.check(Fixtures.portfolio(items)).findings())
                .extracting(f -> f.message(Lang.EN))
                .containsExactly(
                        "Items depend on each other in a cycle: 1 → 2 → 1; break the cycle",
                        "Items depend on each other in a cycle: 3 → 4 → 3; break the cycle");
    }

    @Test
    void uncoveredAndUndefinedIndicators() {
        List<Item> items = new ArrayList<>(Fixtures.items(2));
        items.set(
                0,
                items.get(0).toBuilder()
                        .indicators(List.of(Fixtures.INNOVATION))
                        .build());
        Program program = Fixtures.program();
        Program wider = new Program(
                program.id(),
                program.document(),
                program.title(),
                program.issuer(),
                program.term(),
                program.period(),
                program.viewpoints(),
                program.goals(),
                List.of(Fixtures.INNOVATION, Fixtures.STARTUPS, org.civicplan.core.model.IndicatorCode.of("CT07-09")),
                program.sections(),
                program.steeringCommittee(),
                0);
        ClarityReport report = CHECK.check(Fixtures.portfolio(items, List.of(Fixtures.plan()), List.of(wider)));
        assertThat(report.findings())
                .extracting(Finding::code, Finding::path, f -> f.message(Lang.EN))
                .containsExactly(
                        tuple(
                                "structure.indicator.uncovered",
                                "programs[CT07].indicators[CT07-02]",
                                "Indicator \"CT07-02\" of program \"CT07\" is not covered by any item"),
                        tuple(
                                "structure.indicator.undefined",
                                "programs[CT07].indicators[CT07-09]",
                                "Program \"CT07\" lists indicator \"CT07-09\", which is not defined"),
                        tuple(
                                "structure.indicator.uncovered",
                                "programs[CT07].indicators[CT07-09]",
                                "Indicator \"CT07-09\" of program \"CT07\" is not covered by any item"));
        assertThat(report.findings().get(0).message(Lang.VI))
                .isEqualTo("Chỉ tiêu \"CT07-02\" của Chương trình \"CT07\" chưa có nhiệm vụ nào thực hiện");
    }

    @Test
    void duplicateNumbersIdsAndUnknownPlans() {
        List<Item> items = new ArrayList<>(Fixtures.items(2));
        items.add(Fixtures.item(2).id(ItemId.of("KH-UBND-2021/2b")).build());
        items.add(Fixtures.item(3).id(ItemId.of("KH-UBND-2021/1")).build());
        items.add(Fixtures.item(1).id(ItemId.of("X/1")).plan(PlanId.of("KH-MA")).build());
        ClarityReport report = CHECK.check(Fixtures.portfolio(items));
        assertThat(report.findings())
                .extracting(Finding::code, Finding::path, f -> f.message(Lang.EN))
                .containsExactly(
                        tuple(
                                "structure.item.duplicateNumber",
                                "items[2].number",
                                "Number 2 is used by more than one item of the plan"),
                        tuple(
                                "structure.item.duplicateId",
                                "items[3].id",
                                "Item id \"KH-UBND-2021/1\" is used more than once"),
                        tuple(
                                "structure.item.planUnknown",
                                "items[1].plan",
                                "The item belongs to plan \"KH-MA\", which is not in the portfolio"));
    }

    @Test
    void duplicateUnitCodesAreAFindingNotAnException() {
        Portfolio base = Fixtures.valid();
        List<OrgUnit> units = new ArrayList<>(base.units());
        units.add(OrgUnit.of("SKHCN", "Sở Khoa học và Công nghệ (bản sao)", UnitKind.DEPARTMENT));
        Portfolio portfolio = new Portfolio(
                base.id(),
                base.name(),
                units,
                base.programs(),
                base.plans(),
                base.items(),
                base.indicators(),
                List.of(),
                List.of(),
                List.of());
        assertThat(CHECK.check(portfolio).findings())
                .extracting(Finding::code, f -> f.message(Lang.VI))
                .containsExactly(
                        tuple("structure.unit.duplicate", "Mã đơn vị \"SKHCN\" bị trùng trong danh mục đơn vị"));
    }

    @Test
    void duplicateIndicatorCodes() {
        Portfolio base = Fixtures.valid();
        List<org.civicplan.core.model.Indicator> indicators = new ArrayList<>(base.indicators());
        indicators.add(Fixtures.indicator(Fixtures.INNOVATION));
        Portfolio portfolio = new Portfolio(
                base.id(),
                base.name(),
                base.units(),
                base.programs(),
                base.plans(),
                base.items(),
                indicators,
                List.of(),
                List.of(),
                List.of());
        assertThat(CHECK.check(portfolio).findings())
                .extracting(Finding::code, Finding::path, f -> f.message(Lang.EN))
                .containsExactly(tuple(
                        "structure.indicator.duplicate",
                        "indicators[CT07-01]",
                        "Indicator code \"CT07-01\" is used by more than one indicator"));
    }

    @Test
    void issuedCityPlanNeedsAUnitPlanFromEachLead() {
        Plan issued = Fixtures.plan(Fixtures.PLAN, Optional.empty(), Fixtures.UBND, PlanStatus.ISSUED);
        List<Item> items = new ArrayList<>(Fixtures.items(3));
        items.set(
                2,
                items.get(2).toBuilder()
                        .assignment(RuleCases.assignment(
                                a -> a.lead(Fixtures.STTTT).coordinating().reporting(null)))
                        .build());
        Plan sttttPlan =
                Fixtures.plan(PlanId.of("KH-STTTT"), Optional.of(Fixtures.PLAN), Fixtures.STTTT, PlanStatus.DRAFT);
        ClarityReport report =
                CHECK.check(Fixtures.portfolio(items, List.of(issued, sttttPlan), List.of(Fixtures.program())));
        assertThat(report.findings())
                .extracting(f -> f.subject().kind(), Finding::code, Finding::path, f -> f.message(Lang.VI))
                .containsExactly(tuple(
                        Subject.Kind.UNIT,
                        "structure.cascade.missing",
                        "plans[KH-UBND-2021].cascade[SKHCN]",
                        "Đơn vị \"Sở Khoa học và Công nghệ\" chủ trì 2 nhiệm vụ của kế hoạch đã ban hành \"KH-UBND-2021\" nhưng chưa có"
                                + " kế hoạch cụ thể của mình"));
        assertThat(report.readyFor(Stage.SUBMISSION)).isTrue();
        assertThat(report.readyFor(Stage.ISSUE)).isFalse();
        // a draft city plan does not need unit plans yet
        assertThat(CHECK.check(Fixtures.portfolio(items)).findings()).isEmpty();
        // the plan-level check keeps the cascade finding of its plan
        assertThat(CHECK.check(
                                Fixtures.portfolio(items, List.of(issued, sttttPlan), List.of(Fixtures.program())),
                                Fixtures.PLAN)
                        .findings())
                .extracting(Finding::code)
                .containsExactly("structure.cascade.missing");
    }

    @Test
    void programsFollowOneTemplate() {
        Program other = Fixtures.program(ProgramId.of("CT08"), Optional.empty());
        ClarityReport report = CHECK.check(
                Fixtures.portfolio(Fixtures.items(2), List.of(Fixtures.plan()), List.of(Fixtures.program(), other)));
        assertThat(report.findings())
                .extracting(f -> f.subject().id(), Finding::code, f -> f.message(Lang.EN))
                .containsExactly(tuple(
                        "CT08",
                        "structure.template.mismatch",
                        "Program \"CT08\" does not follow the common template: missing term, indicators"));
        assertThat(report.findings().get(0).message(Lang.VI))
                .isEqualTo("Chương trình \"CT08\" chưa theo mẫu chung: thiếu term, indicators");
    }
}
