package org.civicplan.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicplan.testing.TestPortfolios.PROGRAM;
import static org.civicplan.testing.TestPortfolios.SKHCN;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.civicplan.core.CivicTime;
import org.civicplan.core.Lang;
import org.civicplan.core.export.ItemText;
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
import org.civicplan.core.model.UnitDirectory;
import org.civicplan.core.period.ParseContext;
import org.civicplan.core.period.Period;
import org.civicplan.core.period.PeriodReader;
import org.civicplan.core.review.Review;
import org.civicplan.core.service.PlanService;
import org.civicplan.core.service.ReportService;
import org.civicplan.core.service.ReviewService;
import org.civicplan.core.service.StandardAccessPolicy;
import org.civicplan.core.spi.ExportRequest;
import org.civicplan.core.spi.Exporter;
import org.civicplan.core.spi.PortfolioStore;
import org.civicplan.export.csv.CsvExporter;
import org.civicplan.export.docx.DocxExporter;
import org.civicplan.export.docx.DocxReviewExporter;
import org.civicplan.export.html.HtmlDashboardExporter;
import org.civicplan.export.xlsx.XlsxExporter;
import org.civicplan.storage.jdbc.JdbcPortfolioStore;
import org.civicplan.storage.jdbc.JdbcStores;
import org.civicplan.storage.jdbc.TestDatabase;
import org.civicplan.storage.json.JsonFileStore;
import org.civicplan.storage.json.ReviewJson;
import org.civicplan.testing.TestPortfolios;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 18, end to end: a report approved through the API moves the same item in the review, the
 * workbook (appendix and review sheets), the CSV, the dashboard (table, timeline and cards) and
 * {@code PlanService.overdue}, on every store; every output states the one date it judges on.
 *
 * <p>Item KH-186/1 is due in Quý IV/2021 (31/12/2021) and recorded as not started. The unit's
 * 2021-H2 report says it was done on 20/11/2021. Exported on 15/01/2022 without a period, every
 * output reviews 2021-H2 (the latest period with data) and judges on its cut-off, 14/12/2021.
 */
class OneTruthTest {
    private static final Actor UNIT = Actor.of("SKHCN", "chuyenvien.skhcn");
    private static final Actor STANDING_AGENCY = Actor.of("SKHCN", "thuky.bcd");
    private static final ItemId ITEM = ItemId.of("KH-186/1");
    private static final String TITLE = "Xây dựng Đề án số 1 về đổi mới sáng tạo";
    private static final LocalDate EXPORTED_ON = LocalDate.of(2022, 1, 15);
    private static final LocalDate JUDGED_ON = LocalDate.of(2021, 12, 14);
    private static final Clock CLOCK =
            Clock.fixed(EXPORTED_ON.atTime(9, 0).atZone(CivicTime.VIETNAM).toInstant(), CivicTime.VIETNAM);

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"memory", "json", "h2"})
    void anApprovedReportMovesTheItemInEveryOutput(String kind) throws Exception {
        switch (kind) {
            case "memory" -> check(new InMemoryPortfolioStore(TestPortfolios.HANOI));
            case "json" -> check(JsonFileStore.open(dir, TestPortfolios.HANOI));
            case "h2" -> {
                try (var pool = JdbcStores.h2File(dir)) {
                    check(JdbcPortfolioStore.create(pool, TestPortfolios.HANOI));
                }
            }
            default -> throw new IllegalArgumentException(kind);
        }
    }

    @Test
    void postgres() throws Exception {
        try (var db = TestDatabase.postgres()) {
            check(JdbcPortfolioStore.create(db.pool(), TestPortfolios.HANOI));
        }
    }

    @Test
    void mariadb() throws Exception {
        try (var db = TestDatabase.mariadb()) {
            check(JdbcPortfolioStore.create(db.pool(), TestPortfolios.HANOI));
        }
    }

    private static void check(PortfolioStore store) throws IOException {
        store.importPortfolio(TestPortfolios.portfolio());
        ReportService reports = new ReportService(store, new StandardAccessPolicy(), CLOCK);
        PlanService plans = new PlanService(store, new StandardAccessPolicy(), CLOCK);

        ProgressReport draft = new ProgressReport(
                ReportId.of("BC-SKHCN-2021-H2"),
                PROGRAM,
                SKHCN,
                Period.secondHalf(2021),
                ReportStatus.DRAFT,
                List.of(new ItemProgress(
                        ITEM,
                        ItemStatus.DONE,
                        100,
                        Optional.of(LocalDate.of(2021, 11, 20)),
                        Optional.empty(),
                        List.of())),
                Optional.empty(),
                List.of(),
                List.of(),
                Optional.empty(),
                0);
        ReportId id = reports.submit(UNIT, reports.saveDraft(UNIT, draft).id()).id();

        // submitted, not yet approved: every output shows the item as recorded, not started
        assertEveryOutput(store, ProgressState.NOT_STARTED);
        assertThat(plans.overdue(EXPORTED_ON)).extracting(Item::id).contains(ITEM);

        reports.approve(STANDING_AGENCY, id);

        assertEveryOutput(store, ProgressState.DONE_ON_TIME);
        assertThat(plans.overdue(EXPORTED_ON)).extracting(Item::id).doesNotContain(ITEM);
        assertThat(store.items().get(ITEM).stateOn(EXPORTED_ON)).isEqualTo(ProgressState.DONE_ON_TIME);
    }

    private static void assertEveryOutput(PortfolioStore store, ProgressState expected) throws IOException {
        ExportRequest request = new ExportRequest(store, Optional.empty(), Lang.VI, EXPORTED_ON, Optional.empty());

        // the review, judged on the cut-off of the latest period with data
        Review review = new ReviewService(store, CLOCK).review(PROGRAM, Period.secondHalf(2021));
        assertThat(review.asOf()).isEqualTo(JUDGED_ON);
        Review.ItemLine line = review.items().stream()
                .filter(l -> l.id().equals(ITEM))
                .findFirst()
                .orElseThrow();
        assertThat(line.status().code()).as("review").isEqualTo(expected.code());

        // the workbook: the appendix's status column and the review sheet
        List<String> appendix = new ArrayList<>();
        List<String> reviewSheet = new ArrayList<>();
        List<String> statusHeaders = new ArrayList<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(
                new ByteArrayInputStream(export(new XlsxExporter(), request)), new ReadingOptions(true, false))) {
            for (Sheet sheet : wb.getSheets().toList()) {
                for (Row row : sheet.read()) {
                    int last = row.getCellCount() - 1;
                    if (sheet.getName().startsWith("Phụ lục") && last > 1 && "STT".equals(row.getCellText(0))) {
                        statusHeaders.add(row.getCellText(last));
                    }
                    if (row.getCellCount() > 5 && TITLE.equals(row.getCellText(1))) {
                        if (sheet.getName().startsWith("Phụ lục")) {
                            appendix.add(row.getCellText(last));
                        } else if (sheet.getName().equals("Sơ kết")) {
                            reviewSheet.add(row.getCellText(5));
                        }
                    }
                }
            }
        }
        assertThat(appendix).as("xlsx appendix").containsExactly(expected.vi());
        assertThat(reviewSheet).as("xlsx review sheet").containsExactly(expected.vi());
        assertThat(statusHeaders).as("the appendix states its date").allMatch(h -> h.endsWith("14/12/2021"));

        // the CSV: the status and the date it is judged on
        CSVRecord csv = csv(export(new CsvExporter(), request)).stream()
                .filter(r -> r.get(0).equals(ITEM.value()))
                .findFirst()
                .orElseThrow();
        assertThat(csv.get(10)).as("csv").isEqualTo(expected.vi());
        assertThat(csv.get(14)).isEqualTo(JUDGED_ON.toString());

        // the dashboard: its stated date, the table's two columns, the timeline and the cards
        Document html = Jsoup.parse(new String(export(new HtmlDashboardExporter(), request), StandardCharsets.UTF_8));
        assertThat(html.selectFirst("[data-judged-on]").attr("data-judged-on")).isEqualTo(JUDGED_ON.toString());
        assertThat(html.selectFirst("[data-period]").attr("data-period")).isEqualTo("2021-H2");
        Element row = html.selectFirst("table.items tr[data-item=" + ITEM.value() + "]");
        assertThat(row.selectFirst("td.state").attr("data-state"))
                .as("dashboard table")
                .isEqualTo(expected.code());
        assertThat(row.selectFirst("td.review").attr("data-status"))
                .as("dashboard review")
                .isEqualTo(expected.code());
        assertThat(html.select("g.tl-row[data-item=" + ITEM.value() + "]"))
                .singleElement()
                .satisfies(g -> assertThat(g.attr("data-state")).as("timeline").isEqualTo(expected.code()));
        int done = expected == ProgressState.DONE_ON_TIME ? 1 : 0;
        // item 4 was done (late) on 2/8/2021 in the sample; item 1 joins it once approved
        assertThat(html.selectFirst("[data-count=done] .num").text())
                .as("cards")
                .isEqualTo(Integer.toString(1 + done));
    }

    /**
     * Issue 15: an item that keeps its units as the plan writes them shows those words, the same,
     * in the workbook (appendix and review sheets), the CSV, the dashboard, the Word appendix and the
     * Word review (its sentences and its table), and the review's own line and JSON form; an item that keeps none shows the directory's names. The words: the units' full
     * names in the test directory and "các đơn vị liên quan" (core's unit corpus, U133); the deadline
     * "chậm nhất ngày 30-6" (core's period corpus, P153) makes the item overdue at the review.
     */
    @ParameterizedTest
    @ValueSource(strings = {"memory", "json", "h2"})
    void unitsAsWrittenReadTheSameInEveryOutput(String kind) throws Exception {
        switch (kind) {
            case "memory" -> checkUnitsAsWritten(new InMemoryPortfolioStore(TestPortfolios.HANOI));
            case "json" -> checkUnitsAsWritten(JsonFileStore.open(dir, TestPortfolios.HANOI));
            case "h2" -> {
                try (var pool = JdbcStores.h2File(dir)) {
                    checkUnitsAsWritten(JdbcPortfolioStore.create(pool, TestPortfolios.HANOI));
                }
            }
            default -> throw new IllegalArgumentException(kind);
        }
    }

    private static final String LEAD = "Sở Khoa học và Công nghệ";
    private static final List<String> COORDINATING =
            List.of("Sở Tài chính", "Sở Thông tin và Truyền thông", "các đơn vị liên quan");

    private static void checkUnitsAsWritten(PortfolioStore store) throws IOException {
        store.importPortfolio(TestPortfolios.portfolio());
        Item item = store.items().get(ITEM);
        store.items()
                .update(item.toBuilder()
                        .deadlineAsWritten(PeriodReader.read(
                                "chậm nhất ngày 30-6", ParseContext.documentDated(LocalDate.of(2021, 6, 1))))
                        .assignment(item.assignment().withUnitsAsWritten(List.of(LEAD), COORDINATING))
                        .build());
        Item kept = store.items().get(ITEM);
        UnitDirectory units = store.units().directory();
        String lead = ItemText.leadUnits(kept, units, ", ");
        assertThat(lead).isEqualTo(LEAD).isNotEqualTo(units.nameOf(SKHCN)); // the directory prints "Sở KH&CN"
        ExportRequest request = new ExportRequest(store, Optional.empty(), Lang.VI, EXPORTED_ON, Optional.empty());

        // the workbook: the appendix's lead and coordinating cells, the review sheet's lead
        List<List<String>> appendix = new ArrayList<>();
        List<String> reviewLead = new ArrayList<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(
                new ByteArrayInputStream(export(new XlsxExporter(), request)), new ReadingOptions(true, false))) {
            for (Sheet sheet : wb.getSheets().toList()) {
                for (Row row : sheet.read()) {
                    if (row.getCellCount() > 5 && TITLE.equals(row.getCellText(1))) {
                        if (sheet.getName().startsWith("Phụ lục")) {
                            appendix.add(List.of(row.getCellText(2), row.getCellText(3), row.getCellText(4)));
                        } else if (sheet.getName().equals("Sơ kết")) {
                            reviewLead.add(row.getCellText(3));
                        }
                    }
                }
            }
        }
        String inCell = String.join(ItemText.UNITS_IN_CELL, COORDINATING);
        assertThat(appendix).as("xlsx appendix").containsExactly(List.of(LEAD, inCell, "chậm nhất ngày 30-6"));
        assertThat(reviewLead).as("xlsx review sheet").containsExactly(LEAD);

        // the CSV
        CSVRecord csv = csv(export(new CsvExporter(), request)).stream()
                .filter(r -> r.get(0).equals(ITEM.value()))
                .findFirst()
                .orElseThrow();
        assertThat(csv.get(5)).as("csv lead").isEqualTo(LEAD);
        assertThat(csv.get(6)).as("csv coordinating").isEqualTo(String.join(ItemText.UNITS_IN_CSV, COORDINATING));

        // the dashboard's table
        Document html = Jsoup.parse(new String(export(new HtmlDashboardExporter(), request), StandardCharsets.UTF_8));
        Element row = html.selectFirst("table.items tr[data-item=" + ITEM.value() + "]");
        assertThat(row.select("td").get(3).text()).as("dashboard").isEqualTo(LEAD);

        // the Word appendix: the item's row; the Word review: the overdue item's sentence
        List<List<String>> docxRows = wordRows(export(new DocxExporter(), request)).stream()
                .filter(r -> r.size() > 4 && r.get(1).equals(TITLE))
                .toList();
        assertThat(docxRows).as("docx appendix").singleElement().satisfies(r -> {
            assertThat(r.get(2)).isEqualTo(LEAD);
            assertThat(r.get(3)).isEqualTo(inCell);
            assertThat(r.get(4)).isEqualTo("chậm nhất ngày 30-6");
        });
        byte[] wordReview = export(new DocxReviewExporter(), request);
        assertThat(wordParagraphs(wordReview))
                .as("docx review")
                .anySatisfy(p -> assertThat(p).contains(TITLE).contains("; chủ trì: " + LEAD + ";"));
        // the Word review's table of items (its Appendix I): the lead cell
        assertThat(wordRows(wordReview).stream()
                        .filter(r -> r.size() > 3 && r.get(1).equals(TITLE))
                        .toList())
                .as("docx review table")
                .singleElement()
                .satisfies(r -> assertThat(r.get(3)).isEqualTo(LEAD));
        // the review itself: its line carries the words, which its JSON form prints
        Review review = new ReviewService(store, CLOCK).review(PROGRAM, Period.secondHalf(2021));
        Review.ItemLine reviewLine = review.items().stream()
                .filter(l -> l.id().equals(ITEM))
                .findFirst()
                .orElseThrow();
        assertThat(ItemText.leadUnits(reviewLine, units, ", "))
                .as("review line")
                .isEqualTo(lead);
        assertThat(ReviewJson.create().toJson(review))
                .as("review json")
                .contains("\"leadAsWritten\" : [ \"" + LEAD + "\" ]");

        // another item keeps no words: every output prints the directory's names
        Item other = store.items().get(ItemId.of("KH-186/3"));
        assertThat(other.assignment().leadAsWritten()).isEmpty();
        assertThat(csv(export(new CsvExporter(), request)).stream()
                        .filter(r -> r.get(0).equals(other.id().value()))
                        .findFirst()
                        .orElseThrow()
                        .get(5))
                .isEqualTo(ItemText.unitNames(units, other.assignment().leadUnits(), ItemText.UNITS_IN_CSV));
    }

    /** The text of each table row's cells in a Word document, a line break in a cell as "\n". */
    private static List<List<String>> wordRows(byte[] docx) throws IOException {
        org.jsoup.nodes.Document xml = wordXml(docx);
        List<List<String>> rows = new ArrayList<>();
        for (Element tr : xml.select("w|tr")) {
            List<String> cells = new ArrayList<>();
            for (Element tc : tr.select("w|tc")) {
                cells.add(runText(tc));
            }
            rows.add(cells);
        }
        return rows;
    }

    private static List<String> wordParagraphs(byte[] docx) throws IOException {
        return wordXml(docx).select("w|body > w|p").stream()
                .map(OneTruthTest::runText)
                .toList();
    }

    private static String runText(Element e) {
        StringBuilder out = new StringBuilder();
        for (Element x : e.select("w|t, w|br")) {
            out.append(x.tagName().equals("w:br") ? "\n" : x.text());
        }
        return out.toString();
    }

    private static org.jsoup.nodes.Document wordXml(byte[] docx) throws IOException {
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new ByteArrayInputStream(docx))) {
            for (java.util.zip.ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("word/document.xml")) {
                    return Jsoup.parse(
                            new String(zip.readAllBytes(), StandardCharsets.UTF_8),
                            "",
                            org.jsoup.parser.Parser.xmlParser());
                }
            }
        }
        throw new AssertionError("no word/document.xml");
    }

    private static byte[] export(Exporter exporter, ExportRequest request) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.export(request, out);
        return out.toByteArray();
    }

    private static List<CSVRecord> csv(byte[] bytes) throws IOException {
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().get().parse(reader).getRecords();
        }
    }
}
