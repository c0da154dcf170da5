package org.civicplan.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.civicplan.core.Lang;
import org.civicplan.core.memory.InMemoryPortfolioStore;
import org.civicplan.core.model.Assignment;
import org.civicplan.core.model.FundingLine;
import org.civicplan.core.model.FundingSource;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.Official;
import org.civicplan.core.model.Product;
import org.civicplan.core.model.ProductKind;
import org.civicplan.core.model.Resources;
import org.civicplan.core.model.UnitDirectory;
import org.civicplan.core.money.Vnd;
import org.civicplan.core.period.Period;
import org.civicplan.core.review.Review;
import org.civicplan.core.service.ReviewService;
import org.civicplan.testing.TestPortfolios;
import org.junit.jupiter.api.Test;

class ItemTextTest {
    @Test
    void productIsTheDescriptionWithTheQuantityInTheLanguage() {
        Product event = Product.of(ProductKind.EVENT, "Sự kiện Techfest", 5);
        assertThat(ItemText.product(event, Lang.VI)).isEqualTo("Sự kiện Techfest (số lượng: 5)");
        assertThat(ItemText.product(event, Lang.EN)).isEqualTo("Sự kiện Techfest (quantity: 5)");
        assertThat(ItemText.product(Product.of(ProductKind.SCHEME_DOCUMENT, "Quyết định"), Lang.EN))
                .isEqualTo("Quyết định");
    }

    @Test
    void productWithoutDescriptionIsItsKindAndWithoutEitherIsEmpty() {
        Product kindOnly = new Product(Optional.of(ProductKind.SCHEME_DOCUMENT), Optional.empty(), Optional.empty());
        assertThat(ItemText.product(kindOnly, Lang.VI)).isEqualTo("Đề án");
        assertThat(ItemText.product(kindOnly, Lang.EN)).isEqualTo("Scheme document");
        assertThat(ItemText.product(Product.NONE, Lang.VI)).isEmpty();
    }

    @Test
    void leadAndCoordinatingUnitsAreThePlansWordsWhenKeptElseTheDirectorysNames() {
        UnitDirectory units = UnitDirectory.of(TestPortfolios.units());
        Item byCode = TestPortfolios.item(1);
        Assignment a = byCode.assignment();
        assertThat(ItemText.leadUnits(byCode, units, "\n"))
                .isEqualTo(ItemText.unitNames(units, a.leadUnits(), "\n"))
                .isNotEmpty();
        assertThat(ItemText.coordinatingUnits(byCode, units, "; "))
                .isEqualTo(ItemText.unitNames(units, a.coordinatingUnits(), "; "));
        // wordings of the unit corpus (unit/corpus/units.tsv U130, U108, U133), kept beside the codes
        Item asWritten = byCode.toBuilder()
                .assignment(a.withUnitsAsWritten(List.of("Sở GTVT"), List.of("Sở Tài chính", "các đơn vị liên quan")))
                .build();
        assertThat(ItemText.leadUnits(asWritten, units, "\n")).isEqualTo("Sở GTVT");
        assertThat(ItemText.coordinatingUnits(asWritten, units, "; ")).isEqualTo("Sở Tài chính; các đơn vị liên quan");
        // lead words kept, coordinating not: each list falls back on its own
        Item leadOnly = byCode.toBuilder()
                .assignment(a.withUnitsAsWritten(List.of("Sở GTVT"), List.of()))
                .build();
        assertThat(ItemText.coordinatingUnits(leadOnly, units, "; "))
                .isEqualTo(ItemText.unitNames(units, a.coordinatingUnits(), "; "));
        assertThat(ItemText.leadUnits(
                        TestPortfolios.item(1).toBuilder()
                                .assignment(Assignment.NONE)
                                .build(),
                        units,
                        ", "))
                .isEmpty();
    }

    @Test
    void reportingAndResponsibleUnitsAreThePlansWordsWhenKeptElseTheDirectorysName() {
        UnitDirectory units = UnitDirectory.of(TestPortfolios.units());
        Item byCode = TestPortfolios.item(1);
        Assignment a = byCode.assignment();
        Official official = a.responsible().orElseThrow();
        assertThat(ItemText.responsibleUnit(byCode, units))
                .isEqualTo(units.nameOf(official.unit().orElseThrow()))
                .isNotEmpty();
        assertThat(ItemText.reportingUnit(byCode, units))
                .isEqualTo(a.reportingUnit().map(units::nameOf).orElse(""));
        // the Department of Science and Technology as plans write it (its full name; "Sở KHCN", an
        // abbreviation of the family "Sở KH&CN", "Sở KHCN", "Sở KH-CN"), kept beside the code
        Item asWritten = byCode.toBuilder()
                .assignment(new Assignment(
                                a.leadUnits(),
                                a.coordinatingUnits(),
                                Optional.of(new Official(
                                        official.name(),
                                        official.post(),
                                        Optional.of(TestPortfolios.SKHCN),
                                        Optional.of("Sở KHCN"))),
                                Optional.of(TestPortfolios.SKHCN),
                                a.leadRationale(),
                                a.resources())
                        .withReportingUnitAsWritten(Optional.of("Sở Khoa học và Công nghệ")))
                .build();
        assertThat(units.nameOf(TestPortfolios.SKHCN)).isNotIn("Sở KHCN", "Sở Khoa học và Công nghệ");
        assertThat(ItemText.reportingUnit(asWritten, units)).isEqualTo("Sở Khoa học và Công nghệ");
        assertThat(ItemText.responsibleUnit(asWritten, units)).isEqualTo("Sở KHCN");
        // none named: empty, never a guess
        Item none = byCode.toBuilder().assignment(Assignment.NONE).build();
        assertThat(ItemText.reportingUnit(none, units)).isEmpty();
        assertThat(ItemText.responsibleUnit(none, units)).isEmpty();
    }

    @Test
    void aReviewLinePrintsItsLeadAsTheItemDoes() {
        UnitDirectory units = UnitDirectory.of(TestPortfolios.units());
        Item byCode = TestPortfolios.item(1);
        Item asWritten = byCode.toBuilder()
                .assignment(byCode.assignment().withUnitsAsWritten(List.of("Sở GTVT"), List.of()))
                .build();
        for (Item item : List.of(byCode, asWritten)) {
            Review review = ReviewService.of(InMemoryPortfolioStore.of(TestPortfolios.withItems(List.of(item))))
                    .review(TestPortfolios.PROGRAM, Period.year(2021), LocalDate.of(2021, 12, 31));
            assertThat(review.items()).singleElement().satisfies(line -> {
                assertThat(line.leadAsWritten()).isEqualTo(item.assignment().leadAsWritten());
                assertThat(ItemText.leadUnits(line, units, ", ")).isEqualTo(ItemText.leadUnits(item, units, ", "));
            });
        }
        assertThat(ItemText.leadUnits(asWritten, units, ", ")).isEqualTo("Sở GTVT");
    }

    @Test
    void unitNamesInTheGivenOrderWithTheSeparator() {
        UnitDirectory units = UnitDirectory.of(TestPortfolios.units());
        List<org.civicplan.core.model.UnitCode> codes = List.of(TestPortfolios.STC, TestPortfolios.SKHCN);
        assertThat(ItemText.unitNames(units, codes, "; "))
                .isEqualTo(units.nameOf(TestPortfolios.STC) + "; " + units.nameOf(TestPortfolios.SKHCN))
                .doesNotContain("SKHCN");
        assertThat(ItemText.unitNames(UnitDirectory.empty(), codes, ", ")).isEqualTo("STC, SKHCN");
        assertThat(ItemText.unitNames(units, List.of(), ", ")).isEmpty();
    }

    @Test
    void fundingSourcesOnceEachWithTheRegularBudgetLast() {
        Item twoYearsCityBudget = TestPortfolios.item(1);
        assertThat(ItemText.fundingSources(twoYearsCityBudget, Lang.VI)).isEqualTo("Ngân sách Thành phố");
        assertThat(ItemText.fundingSources(twoYearsCityBudget, Lang.EN)).isEqualTo("City budget");

        Resources both = new Resources(
                List.of(
                        new FundingLine(FundingSource.CITY_BUDGET, 2021, Vnd.of(1_000L)),
                        new FundingLine(FundingSource.CITY_BUDGET, 2022, Vnd.of(2_000L))),
                true,
                Optional.empty(),
                Optional.empty());
        Item mixed = twoYearsCityBudget.toBuilder()
                .assignment(Assignment.lead(
                        TestPortfolios.SKHCN,
                        List.of(),
                        Official.post("Giám đốc Sở Khoa học và Công nghệ", TestPortfolios.SKHCN),
                        both))
                .build();
        assertThat(ItemText.fundingSources(mixed, Lang.EN)).isEqualTo("City budget; Regular operating budget");

        Item none = twoYearsCityBudget.toBuilder()
                .assignment(Assignment.lead(
                        TestPortfolios.SKHCN,
                        List.of(),
                        Official.post("Giám đốc Sở Khoa học và Công nghệ", TestPortfolios.SKHCN),
                        Resources.NONE))
                .build();
        assertThat(ItemText.fundingSources(none, Lang.VI)).isEmpty();
    }
}
