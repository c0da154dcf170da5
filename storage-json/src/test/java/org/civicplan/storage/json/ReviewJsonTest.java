package org.civicplan.storage.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.civicplan.core.CivicTime;
import org.civicplan.core.memory.InMemoryPortfolioStore;
import org.civicplan.core.model.Frequency;
import org.civicplan.core.model.FundingSource;
import org.civicplan.core.model.IndicatorCode;
import org.civicplan.core.model.IndicatorKind;
import org.civicplan.core.model.ItemId;
import org.civicplan.core.model.PlanId;
import org.civicplan.core.model.ProgramId;
import org.civicplan.core.model.Target;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.money.Vnd;
import org.civicplan.core.period.Period;
import org.civicplan.core.review.Rag;
import org.civicplan.core.review.ReportingPeriod;
import org.civicplan.core.review.Review;
import org.civicplan.core.review.ReviewStatus;
import org.civicplan.core.service.ReviewService;
import org.civicplan.core.spi.AggregatedValue;
import org.civicplan.testing.TestPortfolios;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ReviewJsonTest {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final Period H1 = Period.firstHalf(2021);

    @Test
    void everyFieldInItsPlaceAndForm() {
        JsonNode root = MAPPER.readTree(ReviewJson.create().toJson(handBuilt()));

        assertThat(names(root))
                .containsExactly(
                        "program",
                        "period",
                        "dataFrom",
                        "dataTo",
                        "due",
                        "asOf",
                        "itemCounts",
                        "indicatorCounts",
                        "items",
                        "indicators",
                        "unitsNotReported",
                        "resources",
                        "proposedAdjustments");
        assertThat(root.get("program").stringValue()).isEqualTo("07-CTr/TU");
        assertThat(root.get("period").stringValue()).isEqualTo("2021-H1");
        assertThat(root.get("dataFrom").stringValue()).isEqualTo("2020-12-15");
        assertThat(root.get("dataTo").stringValue()).isEqualTo("2021-06-14");
        assertThat(root.get("due").stringValue()).isEqualTo("2021-06-20");
        assertThat(root.get("asOf").stringValue()).isEqualTo("2021-06-14");
        // every status, zeros included, in the enums' order
        assertThat(names(root.get("itemCounts")))
                .containsExactly(List.of(ReviewStatus.values()).stream()
                        .map(ReviewStatus::code)
                        .toArray(String[]::new));
        assertThat(root.get("itemCounts").get("qua-han").intValue()).isEqualTo(1);
        assertThat(root.get("itemCounts").get("hoan-thanh-dung-han").intValue()).isEqualTo(1);
        assertThat(root.get("itemCounts").get("huy-bo").intValue()).isZero();
        assertThat(names(root.get("indicatorCounts")))
                .containsExactly(List.of(Rag.values()).stream().map(Rag::code).toArray(String[]::new));
        assertThat(root.get("indicatorCounts").get("co-nguy-co").intValue()).isEqualTo(1);

        JsonNode done = root.get("items").get(0);
        assertThat(names(done))
                .containsExactly(
                        "id",
                        "plan",
                        "number",
                        "title",
                        "lead",
                        "leadUnits",
                        "leadAsWritten",
                        "status",
                        "due",
                        "completedOn",
                        "percentDone");
        assertThat(done.get("id").stringValue()).isEqualTo("KH-186/1");
        assertThat(done.get("plan").stringValue()).isEqualTo("KH-186");
        assertThat(done.get("number").intValue()).isEqualTo(1);
        assertThat(done.get("title").stringValue()).isEqualTo("Xây dựng Đề án hỗ trợ khởi nghiệp");
        assertThat(done.get("lead").stringValue()).isEqualTo("SKHCN");
        assertThat(done.get("leadUnits").get(0).stringValue()).isEqualTo("SKHCN");
        assertThat(done.get("leadAsWritten").get(0).stringValue()).isEqualTo("Sở KH&CN");
        assertThat(done.get("status").stringValue()).isEqualTo("hoan-thanh-dung-han");
        assertThat(done.get("due").stringValue()).isEqualTo("2021-06-30");
        assertThat(done.get("completedOn").stringValue()).isEqualTo("2021-05-20");
        assertThat(done.get("percentDone").intValue()).isEqualTo(100);
        JsonNode unknown = root.get("items").get(1);
        assertThat(unknown.get("lead").isNull()).isTrue();
        assertThat(unknown.get("leadAsWritten").isEmpty()).isTrue();
        assertThat(unknown.get("due").isNull()).isTrue();
        assertThat(unknown.get("completedOn").isNull()).isTrue();
        assertThat(unknown.get("percentDone").isNull()).isTrue();

        JsonNode indicator = root.get("indicators").get(0);
        assertThat(names(indicator)).containsExactly("code", "name", "value", "target", "achievementPercent", "status");
        assertThat(indicator.get("code").stringValue()).isEqualTo("CT07-02");
        // exact decimals as strings: the value without trailing zeros, the target to two decimals
        assertThat(indicator.get("value").stringValue()).isEqualTo("12.3");
        assertThat(indicator.get("target").stringValue()).isEqualTo("15.13");
        assertThat(indicator.get("achievementPercent").stringValue()).isEqualTo("81.30");
        assertThat(indicator.get("status").stringValue()).isEqualTo("co-nguy-co");
        JsonNode noData = root.get("indicators").get(1);
        assertThat(noData.get("value").isNull()).isTrue();
        assertThat(noData.get("target").isNull()).isTrue();
        assertThat(noData.get("achievementPercent").isNull()).isTrue();

        assertThat(root.get("unitsNotReported").toString()).isEqualTo("[\"QCG\",\"STTTT\"]");
        JsonNode resource = root.get("resources").get(0);
        assertThat(names(resource)).containsExactly("source", "unit", "year", "planned", "reported");
        assertThat(resource.get("source").stringValue()).isEqualTo("ngan-sach-thanh-pho");
        assertThat(resource.get("unit").stringValue()).isEqualTo("SKHCN");
        assertThat(resource.get("year").intValue()).isEqualTo(2021);
        assertThat(resource.get("planned").stringValue()).isEqualTo("1500000000");
        assertThat(resource.get("reported").stringValue()).isEqualTo("0");
        assertThat(root.get("proposedAdjustments").toString()).isEqualTo("[\"KH-186/1\"]");
    }

    @Test
    void aComputedReviewListsEveryItemAndIndicatorInOrder() {
        Clock clock = Clock.fixed(Instant.parse("2022-01-10T02:00:00Z"), CivicTime.VIETNAM);
        Review review = new ReviewService(InMemoryPortfolioStore.of(TestPortfolios.portfolio()), clock)
                .review(TestPortfolios.PROGRAM, H1);

        JsonNode root = MAPPER.readTree(ReviewJson.create().toJson(review));

        assertThat(root.get("items").size()).isEqualTo(review.items().size()).isPositive();
        for (int i = 0; i < review.items().size(); i++) {
            Review.ItemLine line = review.items().get(i);
            JsonNode item = root.get("items").get(i);
            assertThat(item.get("id").stringValue()).isEqualTo(line.id().value());
            assertThat(item.get("status").stringValue()).isEqualTo(line.status().code());
        }
        assertThat(root.get("indicators").size())
                .isEqualTo(review.indicators().size())
                .isPositive();
        review.itemCounts().forEach((status, n) -> assertThat(
                        root.get("itemCounts").get(status.code()).intValue())
                .as(status.code())
                .isEqualTo(n));
        assertThat(root.get("asOf").stringValue()).isEqualTo(review.asOf().toString());
    }

    @Test
    void prettyPrintedWithoutTrailingNewline() {
        String json = ReviewJson.create().toJson(handBuilt());

        assertThat(json).startsWith("{").endsWith("}").contains("\n  \"program\"");
    }

    @Test
    void noReviewIsAnError() {
        assertThatThrownBy(() -> ReviewJson.create().toJson(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("review is null");
    }

    private static List<String> names(JsonNode node) {
        return new ArrayList<>(node.propertyNames());
    }

    private static Review handBuilt() {
        UnitCode skhcn = UnitCode.of("SKHCN");
        PlanId plan = PlanId.of("KH-186");
        Review.ItemLine done = new Review.ItemLine(
                ItemId.of("KH-186/1"),
                plan,
                1,
                "Xây dựng Đề án hỗ trợ khởi nghiệp",
                Optional.of(skhcn),
                List.of(skhcn),
                List.of("Sở KH&CN"),
                ReviewStatus.DONE_ON_TIME,
                Optional.of(LocalDate.of(2021, 6, 30)),
                Optional.of(LocalDate.of(2021, 5, 20)),
                Optional.of(100));
        Review.ItemLine unknown = new Review.ItemLine(
                ItemId.of("KH-186/2"),
                plan,
                2,
                "Nhiệm vụ chưa rõ chủ trì",
                Optional.empty(),
                List.of(),
                List.of(),
                ReviewStatus.OVERDUE,
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
        IndicatorCode innov = IndicatorCode.of("CT07-02");
        Review.IndicatorLine atRisk = new Review.IndicatorLine(
                innov,
                "Chỉ số đổi mới sáng tạo",
                Optional.of("điểm"),
                Optional.of(new AggregatedValue(
                        innov,
                        IndicatorKind.COUNT,
                        new BigDecimal("12.300"),
                        Optional.empty(),
                        2,
                        LocalDate.of(2021, 6, 14))),
                Optional.of(Target.atLeast(new BigDecimal("15.125"), Period.year(2021))),
                Optional.empty(),
                Optional.of(new BigDecimal("81.30")),
                Rag.AT_RISK);
        Review.IndicatorLine noData = new Review.IndicatorLine(
                IndicatorCode.of("CT07-03"),
                "Nền tảng số",
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Rag.NO_DATA);
        return new Review(
                ProgramId.of("07-CTr/TU"),
                new ReportingPeriod(
                        H1,
                        Frequency.SEMI_ANNUAL,
                        LocalDate.of(2020, 12, 15),
                        LocalDate.of(2021, 6, 14),
                        LocalDate.of(2021, 6, 20)),
                LocalDate.of(2021, 6, 14),
                List.of(done, unknown),
                List.of(atRisk, noData),
                List.of(),
                List.of(UnitCode.of("QCG"), UnitCode.of("STTTT")),
                List.of(new Review.ResourceLine(
                        FundingSource.CITY_BUDGET, skhcn, 2021, Vnd.of(1_500_000_000L), Vnd.ZERO)),
                List.of(),
                List.of(TestPortfolios.adjustment()));
    }
}
