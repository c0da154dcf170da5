package org.civicplan.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.civicplan.core.Lang;
import org.civicplan.core.model.FundingLine;
import org.civicplan.core.model.FundingSource;
import org.civicplan.core.model.IndicatorCode;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.ItemId;
import org.civicplan.core.model.ProductKind;
import org.civicplan.core.model.Resources;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.money.Vnd;
import org.civicplan.core.period.Period;
import org.junit.jupiter.api.Test;

/** The rules that need the unit directory, the program period or the other items. */
class ContextRulesTest {
    static final ClarityCheck CHECK = ClarityCheck.create();

    /** Checks a portfolio whose item 2 is changed; returns the findings. */
    static List<Finding> checkSecond(UnaryOperator<Item.Builder> change) {
        List<Item> items = new ArrayList<>(Fixtures.items(2));
        items.set(1, change.apply(items.get(1).toBuilder()).build());
        return CHECK.check(Fixtures.portfolio(items)).findings();
    }

    @Test
    void unknownLeadAndCoordinatingUnits() {
        List<Finding> findings = checkSecond(b -> b.assignment(RuleCases.assignment(
                a -> a.lead(UnitCode.of("SO-MA")).reporting(null).coordinating(Fixtures.STTTT, UnitCode.of("SO-AO")))));
        assertThat(findings)
                .extracting(Finding::code, Finding::path, f -> f.message(Lang.VI))
                .containsExactly(
                        tuple(
                                "person.lead.unknown",
                                "items[2].assignment.leadUnits[0]",
                                "Đơn vị chủ trì \"SO-MA\" không có trong danh mục đơn vị: sửa mã hoặc bổ sung đơn vị"),
                        tuple(
                                "person.coordinating.unknown",
                                "items[2].assignment.coordinatingUnits[1]",
                                "Đơn vị phối hợp \"SO-AO\" không có trong danh mục đơn vị: sửa mã hoặc bổ sung đơn vị"));
        assertThat(findings.get(0).message(Lang.EN))
                .isEqualTo("Lead unit \"SO-MA\" is not in the unit directory: correct the code or add the unit");
    }

    @Test
    void unknownReportingUnit() {
        List<Finding> findings =
                checkSecond(b -> b.assignment(RuleCases.assignment(a -> a.reporting(UnitCode.of("VP-X")))));
        assertThat(findings)
                .extracting(Finding::code, Finding::path, f -> f.message(Lang.EN))
                .containsExactly(tuple(
                        "responsibility.reporting.unknown",
                        "items[2].assignment.reportingUnit",
                        "Reporting unit \"VP-X\" is not in the unit directory"));
    }

    @Test
    void districtMayLeadACityItemWithAStatedReason() {
        assertThat(checkSecond(b -> b.assignment(RuleCases.assignment(a ->
                        a.lead(Fixtures.QBD).reporting(null).rationale("Quận Ba Đình thí điểm cho toàn Thành phố")))))
                .isEmpty();
        assertThat(checkSecond(b -> b.scope(org.civicplan.core.model.ItemScope.LOCAL)
                        .assignment(RuleCases.assignment(a -> a.lead(Fixtures.QBD)))))
                .isEmpty();
    }

    @Test
    void enterpriseLeadingASchemeIsAWarning() {
        List<Finding> findings = checkSecond(b -> b.assignment(RuleCases.assignment(a -> a.lead(Fixtures.VIETTEL))));
        assertThat(findings)
                .extracting(Finding::code, Finding::severity, f -> f.message(Lang.EN))
                .containsExactly(tuple(
                        "responsibility.lead.role",
                        Severity.WARNING,
                        "Unit \"Tập đoàn Viettel\" (Enterprise) leads a Scheme item: check that the role fits, or state the"
                                + " reason"));
        assertThat(findings.get(0).message(Lang.VI))
                .isEqualTo(
                        "Đơn vị \"Tập đoàn Viettel\" (Doanh nghiệp) chủ trì Đề án: xem lại vai trò hoặc nêu rõ lý do");
        assertThat(checkSecond(b -> b.kind(org.civicplan.core.model.ItemKind.TASK)
                        .product(org.civicplan.core.model.Product.of(ProductKind.REPORT, "Báo cáo"))
                        .assignment(RuleCases.assignment(a -> a.lead(Fixtures.VIETTEL)))))
                .isEmpty();
    }

    @Test
    void deadlineAndStartOutsideTheProgram() {
        List<Finding> findings =
                checkSecond(b -> b.start(LocalDate.of(2020, 6, 1)).deadline(Period.year(2026)));
        assertThat(findings)
                .extracting(Finding::code, Finding::severity, f -> f.message(Lang.VI))
                .containsExactly(
                        tuple(
                                "time.deadline.outsideProgram",
                                Severity.ERROR,
                                "Thời hạn 2026 nằm ngoài thời kỳ của Chương trình 2021-2025"),
                        tuple(
                                "time.start.outsideProgram",
                                Severity.WARNING,
                                "Thời gian bắt đầu 2020-06-01 nằm ngoài thời kỳ của Chương trình 2021-2025"));
        assertThat(checkSecond(b -> b.deadline(new Period.Before(LocalDate.of(2022, 7, 26)))))
                .isEmpty();
    }

    @Test
    void prerequisiteDueAfterItsDependant() {
        List<Item> items = new ArrayList<>(Fixtures.items(2));
        items.set(0, items.get(0).toBuilder().deadline(Period.year(2022)).build());
        items.set(
                1,
                items.get(1).toBuilder()
                        .deadline(Period.quarter(2021, 4))
                        .prerequisite(items.get(0).id())
                        .prerequisite(ItemId.of("KH-KHAC/9"))
                        .build());
        List<Finding> findings = CHECK.check(Fixtures.portfolio(items)).findings();
        assertThat(findings)
                .extracting(Finding::code, Finding::path, f -> f.message(Lang.EN))
                .containsExactly(
                        tuple(
                                "time.prerequisite.later",
                                "items[2].prerequisites[0]",
                                "Prerequisite item 1 is due 2022-12-31, after this item's deadline 2021-12-31: the"
                                        + " prerequisite must be done first"),
                        tuple(
                                "time.prerequisite.unknown",
                                "items[2].prerequisites[1]",
                                "Prerequisite \"KH-KHAC/9\" is not an item of the portfolio"));
    }

    @Test
    void fundingYearOutsideTheProgram() {
        List<Finding> findings = checkSecond(b -> b.assignment(RuleCases.assignment(a -> a.resources(Resources.of(
                new FundingLine(FundingSource.CITY_BUDGET, 2022, Vnd.of(1_000_000)),
                new FundingLine(FundingSource.ENTERPRISE, 2030, Vnd.of(1_000_000)))))));
        assertThat(findings)
                .extracting(Finding::code, Finding::path, f -> f.message(Lang.VI))
                .containsExactly(tuple(
                        "resources.year.outsideProgram",
                        "items[2].assignment.resources.funding[1].year",
                        "Kinh phí năm 2030 nằm ngoài giai đoạn 2021–2025"));
    }

    @Test
    void unknownIndicator() {
        List<Finding> findings = checkSecond(b -> b.indicator(IndicatorCode.of("CT07-99")));
        assertThat(findings)
                .extracting(Finding::code, Finding::path, f -> f.message(Lang.EN))
                .containsExactly(tuple(
                        "measurable.indicator.unknown",
                        "items[2].indicators[1]",
                        "Indicator \"CT07-99\" is not defined in the portfolio"));
    }
}
