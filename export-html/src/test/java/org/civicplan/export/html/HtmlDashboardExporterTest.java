package org.civicplan.export.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.civicplan.core.Lang;
import org.civicplan.core.memory.InMemoryPortfolioStore;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.Portfolio;
import org.civicplan.core.model.ProgressState;
import org.civicplan.core.period.Period;
import org.civicplan.core.review.Review;
import org.civicplan.core.service.ReviewService;
import org.civicplan.core.spi.ExportRequest;
import org.civicplan.core.spi.PortfolioStore;
import org.civicplan.testing.TestPortfolios;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HtmlDashboardExporterTest {
    static final LocalDate AS_OF = LocalDate.of(2021, 7, 20);
    static final Period H1 = Period.firstHalf(2021);

    private final InMemoryPortfolioStore store = InMemoryPortfolioStore.of(TestPortfolios.portfolio());

    static String export(PortfolioStore store, Lang lang, Optional<Period> period) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlDashboardExporter()
                .export(new ExportRequest(store, Optional.of(TestPortfolios.PLAN), lang, AS_OF, period), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private Document page(Lang lang) {
        return Jsoup.parse(export(store, lang, Optional.of(H1)));
    }

    private static String vi(Element element) {
        Element span = element.selectFirst("[lang=vi]");
        return span == null ? element.text() : span.text();
    }

    @Test
    void describesItself() {
        HtmlDashboardExporter exporter = new HtmlDashboardExporter();
        assertThat(exporter.format()).isEqualTo("html");
        assertThat(exporter.fileExtension()).isEqualTo("html");
        assertThat(exporter.mediaType()).isEqualTo("text/html; charset=UTF-8");
    }

    @Test
    void everyItemAppearsWithItsCurrentStateAndReviewStatus() {
        Document doc = page(Lang.VI);
        for (Item item : TestPortfolios.items()) {
            Element row =
                    doc.selectFirst("table.items tr[data-item=" + item.id().value() + "]");
            assertThat(row).as(item.id().value()).isNotNull();
            assertThat(row.selectFirst("td.title").text()).isEqualTo(item.title());
            // the one date the page judges on: the review's cut-off, 14/06/2021
            ProgressState state = item.stateOn(LocalDate.of(2021, 6, 14));
            Element stateCell = row.selectFirst("td.state");
            assertThat(stateCell.attr("data-state")).isEqualTo(state.code());
            assertThat(vi(stateCell)).isEqualTo(state.vi());
            assertThat(doc.select("g.tl-row[data-item=" + item.id().value() + "]"))
                    .singleElement()
                    .satisfies(g -> assertThat(g.attr("data-state")).isEqualTo(state.code()));
        }
        Element first = doc.selectFirst("table.items tr[data-item=KH-186/1]");
        // the report is submitted, not approved: it moves nothing
        assertThat(first.selectFirst("td.review").attr("data-status")).isEqualTo("chua-trien-khai");
        assertThat(vi(first.selectFirst("td.review"))).isEqualTo("Chưa triển khai");
        assertThat(vi(first.selectFirst("td.percent"))).isEqualTo("40 %");
        Element techfest = doc.selectFirst("table.items tr[data-item=KH-186/3]");
        assertThat(techfest.selectFirst("td.review").attr("data-status")).isEqualTo("dang-thuc-hien");
        assertThat(vi(techfest.select("td").get(4))).isEqualTo("Hằng năm");
        assertThat(doc.select("table.items tbody tr"))
                .hasSize(TestPortfolios.items().size());
    }

    @Test
    void everyIndicatorAppearsWithItsValueTargetsAchievementAndStanding() {
        Document doc = page(Lang.VI);
        Review review = ReviewService.of(store).review(TestPortfolios.PROGRAM, H1, LocalDate.of(2021, 6, 14));
        assertThat(doc.select("table.indicators tbody tr"))
                .hasSize(TestPortfolios.indicators().size());
        for (Review.IndicatorLine line : review.indicators()) {
            Element row = doc.selectFirst("tr[data-indicator=" + line.code().value() + "]");
            assertThat(row).as(line.code().value()).isNotNull();
            assertThat(row.attr("data-rag")).isEqualTo(line.rag().code());
            assertThat(row.text()).contains(line.name());
            assertThat(vi(row.selectFirst("span.badge"))).isEqualTo(line.rag().vi());
            assertThat(row.select("svg.progress")).hasSize(1);
        }
        Element tfp = doc.selectFirst("tr[data-indicator=CT07-01]");
        assertThat(vi(tfp.selectFirst("td.value"))).isEqualTo("41");
        // numbers the same in both languages are written once
        assertThat(tfp.selectFirst("td.target").text()).startsWith("≥ 43");
        assertThat(tfp.selectFirst("td.target").select("[lang=vi]").eachText()).containsExactly("Năm 2021");
        assertThat(tfp.selectFirst("td.final").text()).startsWith("≥ 55");
        assertThat(tfp.selectFirst("td.final").select("[lang=vi]").eachText()).containsExactly("Năm 2025");
        // one number format per language (NumberText): 33,3 % in Vietnamese, 33.3% in English
        assertThat(vi(tfp.selectFirst("td.achievement"))).isEqualTo("33,3 %");
        assertThat(tfp.selectFirst("td.achievement").select("[lang=en]").text()).isEqualTo("33.3%");
        Element innov = doc.selectFirst("tr[data-indicator=CT07-02]");
        assertThat(vi(innov.selectFirst("td.value"))).isEqualTo("135");
        assertThat(innov.attr("data-rag")).isEqualTo("dat");
        Element platform = doc.selectFirst("tr[data-indicator=CT07-03]");
        assertThat(platform.selectFirst("td.value").text()).isEqualTo("—");
        assertThat(platform.attr("data-rag")).isEqualTo("chua-co-so-lieu");
    }

    @Test
    void countsAtAGlanceAndTheUnitScorecard() {
        Document doc = page(Lang.VI);
        assertThat(doc.selectFirst("[data-count=total] .num").text()).isEqualTo("4");
        assertThat(doc.selectFirst("[data-count=in-progress] .num").text()).isEqualTo("2");
        assertThat(doc.selectFirst("[data-count=indicators] .num").text()).isEqualTo("1/3");
        Element skhcn = doc.selectFirst("table.scorecard tr[data-unit=SKHCN]");
        assertThat(skhcn.child(0).text()).isEqualTo("Sở KH&CN");
        assertThat(vi(skhcn.child(1))).isEqualTo("Đã gửi");
        assertThat(skhcn.child(2).text()).isEqualTo("3");
        assertThat(skhcn.selectFirst("td[data-status=dang-thuc-hien]").text()).isEqualTo("1");
        assertThat(skhcn.selectFirst("td[data-status=chua-trien-khai]").text()).isEqualTo("2");
        assertThat(doc.select("p.missing .unit").eachText()).contains("UBND quận Cầu Giấy");
    }

    @Test
    void headerNamesTheProgramPeriodAndDate() {
        Document doc = page(Lang.VI);
        assertThat(doc.selectFirst("h1").text())
                .isEqualTo(TestPortfolios.program().title());
        assertThat(doc.selectFirst("[data-period]").attr("data-period")).isEqualTo("2021-H1");
        assertThat(vi(doc.selectFirst("[data-period]"))).isEqualTo("6 tháng đầu năm 2021");
        assertThat(doc.selectFirst("header").text()).contains("20/07/2021");
    }

    @Test
    void bothLanguagesAreInThePageAndTheRequestedOneShowsFirst() {
        Document vi = page(Lang.VI);
        assertThat(vi.selectFirst("html").attr("data-lang")).isEqualTo("vi");
        assertThat(vi.select("span[lang=en]")).isNotEmpty();
        assertThat(vi.select("span[lang=vi]")).isNotEmpty();
        assertThat(vi.selectFirst("style").data())
                .contains(
                        "html[data-lang=\"vi\"] body [lang=\"en\"], html[data-lang=\"en\"] body [lang=\"vi\"] { display: none; }");
        assertThat(vi.selectFirst("#lang-toggle")).isNotNull();
        Document en = page(Lang.EN);
        assertThat(en.selectFirst("html").attr("data-lang")).isEqualTo("en");
        assertThat(en.selectFirst("html").attr("lang")).isEqualTo("en");
        Element row = en.selectFirst("tr[data-indicator=CT07-01]");
        assertThat(row.selectFirst("td.achievement [lang=en]").text()).isEqualTo("33.3%");
    }

    @Test
    void hostileTextIsEscapedAndShownAsText() {
        Portfolio p = TestPortfolios.portfolio();
        String hostile = "<script>alert('x')</script> & <img src=x onerror=alert(1)> \"quoted\"";
        Item item = TestPortfolios.item(1).toBuilder().title(hostile).build();
        Portfolio changed = new Portfolio(
                p.id(),
                p.name(),
                p.units(),
                p.programs(),
                p.plans(),
                List.of(item),
                p.indicators(),
                p.measurements(),
                p.reports(),
                List.of());
        String html = export(InMemoryPortfolioStore.of(changed), Lang.VI, Optional.of(H1));
        assertThat(html).doesNotContain("<script>alert").doesNotContain("<img");
        Document doc = Jsoup.parse(html);
        assertThat(doc.select("img")).isEmpty();
        assertThat(doc.select("script")).hasSize(2).allSatisfy(s -> assertThat(s.data())
                .doesNotContain("alert"));
        assertThat(doc.selectFirst("tr[data-item=KH-186/1] td.title").text()).isEqualTo(hostile);
        assertThat(doc.selectFirst("g.tl-row title").text()).contains(hostile);
    }

    @Test
    void theItemListAndTimelineShowTheOfficialsWordsWhenKept() {
        // a phrase of the period corpus (P104): recurring, so no single due date, and the words say so
        Item first = store.items().get(TestPortfolios.item(1).id());
        store.items()
                .update(first.toBuilder()
                        .deadlineAsWritten(org.civicplan.core.period.PeriodReader.read("định kỳ hàng quý"))
                        .build());
        for (Lang lang : Lang.values()) {
            Document doc = Jsoup.parse(export(store, lang, Optional.of(H1)));
            assertThat(doc.selectFirst("tr[data-item=KH-186/1]").text()).contains("định kỳ hàng quý");
            assertThat(doc.select("text.tl-note").eachText()).contains("định kỳ hàng quý");
        }
    }

    @Test
    void theTimelineDrawsTheEarliestDeadlinesOfALargePlanAndTheListHasEveryItem() {
        Portfolio p = TestPortfolios.portfolio();
        List<Item> items = new java.util.ArrayList<>();
        for (int n = 1; n <= 200; n++) {
            items.add(TestPortfolios.item(1).toBuilder()
                    .id(org.civicplan.core.model.ItemId.of("KH-186/" + n))
                    .number(n)
                    .deadline(Period.month(2021 + n % 5, 1 + n % 12))
                    .build());
        }
        Portfolio big = new Portfolio(
                p.id(),
                p.name(),
                p.units(),
                p.programs(),
                p.plans(),
                items,
                p.indicators(),
                p.measurements(),
                List.of(),
                List.of());
        Document doc = Jsoup.parse(export(InMemoryPortfolioStore.of(big), Lang.VI, Optional.of(H1)));
        assertThat(doc.select("g.tl-row")).hasSize(150);
        assertThat(vi(doc.selectFirst(".legend .more"))).contains("50 nhiệm vụ");
        assertThat(doc.select("table.items tbody tr")).hasSize(200);
    }

    @Test
    void referencesNothingOutsideTheFile() {
        String html = export(store, Lang.VI, Optional.of(H1));
        Document doc = Jsoup.parse(html);
        assertThat(doc.select("[src]")).isEmpty();
        for (Element e : doc.select("[href], [xlink:href]")) {
            assertThat(e.attr("href")).doesNotStartWith("http").doesNotStartWith("//");
        }
        assertThat(doc.select("link, img, iframe, object, embed")).isEmpty();
        assertThat(html).doesNotContain("http://").doesNotContain("https://").doesNotContain("@import");
        assertThat(html).doesNotContain("url(").doesNotContain("@font-face");
    }

    @Test
    void printsOnA4() {
        String css = page(Lang.VI).selectFirst("style").data();
        assertThat(css).contains("@page { size: A4;").contains("@media print");
    }

    @Test
    void withoutAReviewPeriodTheLatestPeriodWithDataIsReviewedAndItsDateStated() {
        Document doc = Jsoup.parse(export(store, Lang.VI, Optional.empty()));
        // 2021-H2 has begun by 20/07/2021 and holds indicator values
        assertThat(doc.selectFirst("[data-period]").attr("data-period")).isEqualTo("2021-H2");
        assertThat(doc.selectFirst("[data-judged-on]").attr("data-judged-on")).isEqualTo("2021-07-20");
    }

    @Test
    void leavesTheStreamOpen() {
        boolean[] closed = {false};
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        new HtmlDashboardExporter()
                .export(new ExportRequest(store, Optional.empty(), Lang.VI, AS_OF, Optional.empty()), out);
        assertThat(closed[0]).isFalse();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .startsWith("<!DOCTYPE html>")
                .endsWith("</html>\n");
    }
}
