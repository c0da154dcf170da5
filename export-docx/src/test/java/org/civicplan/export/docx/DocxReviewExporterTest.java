package org.civicplan.export.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.civicplan.core.Lang;
import org.civicplan.core.export.ExportScope;
import org.civicplan.core.memory.InMemoryPortfolioStore;
import org.civicplan.core.period.Period;
import org.civicplan.core.review.Review;
import org.civicplan.core.review.ReviewKind;
import org.civicplan.core.review.ReviewStatus;
import org.civicplan.core.spi.ExportRequest;
import org.civicplan.testing.TestPortfolios;
import org.junit.jupiter.api.Test;

/** The review report in Word: opened with Apache POI, its text and tables checked against the review. */
class DocxReviewExporterTest {
    private static final LocalDate AS_OF = LocalDate.of(2021, 12, 31);

    private final InMemoryPortfolioStore store = InMemoryPortfolioStore.of(TestPortfolios.portfolio());

    private ExportRequest request(Lang lang, Period period) {
        return new ExportRequest(store, Optional.empty(), lang, AS_OF, Optional.of(period));
    }

    private static byte[] export(ExportRequest request) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxReviewExporter().export(request, out);
        return out.toByteArray();
    }

    private static String text(XWPFDocument doc) {
        StringBuilder all = new StringBuilder();
        for (XWPFParagraph p : doc.getParagraphs()) {
            all.append(p.getText()).append('\n');
        }
        return all.toString();
    }

    @Test
    void theSixMonthReportHasTheDecree30PartsAndTheReviewsNumbers() throws IOException {
        ExportRequest request = request(Lang.VI, Period.firstHalf(2021));
        Review review = ExportScope.review(request, TestPortfolios.PROGRAM, Period.firstHalf(2021));

        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(export(request)))) {
            String text = text(doc);
            assertThat(text)
                    .contains("BÁO CÁO")
                    .contains("Sơ kết 6 tháng đầu năm 2021 thực hiện ")
                    .contains("I. KẾT QUẢ THỰC HIỆN", "II. TỒN TẠI, HẠN CHẾ", "III. NHIỆM VỤ KỲ TỚI")
                    .contains("Tổng số nhiệm vụ: " + review.items().size() + ".")
                    .contains("Tổng số chỉ tiêu: " + review.indicators().size() + ".")
                    .contains("2. Đơn vị chưa gửi báo cáo: "
                            + review.unitsNotReported().size())
                    .contains("Phụ lục I", "Phụ lục II", "Phụ lục III");
            for (ReviewStatus status : ReviewStatus.values()) {
                int n = review.itemCounts().get(status);
                if (n > 0) {
                    assertThat(text).contains("- " + status.label(Lang.VI) + ": " + n + " nhiệm vụ");
                }
            }
            // the heading block is a borderless table: the national name and motto on the right
            String heading = doc.getTables().get(0).getText();
            assertThat(heading)
                    .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số:")
                    .contains("SỞ KHOA HỌC VÀ CÔNG NGHỆ");
            List<XWPFTable> tables = doc.getTables();
            XWPFTable items = tables.get(tables.size() - 3);
            XWPFTable indicators = tables.get(tables.size() - 2);
            assertThat(items.getRows()).hasSize(1 + review.items().size());
            assertThat(indicators.getRows()).hasSize(1 + review.indicators().size());
            assertThat(items.getRow(0).getCell(1).getText()).isEqualTo("Nhiệm vụ");
        }
    }

    @Test
    void theNextPeriodListsTheOpenItemsDueInIt() throws IOException {
        try (XWPFDocument doc =
                new XWPFDocument(new ByteArrayInputStream(export(request(Lang.VI, Period.firstHalf(2021)))))) {
            String text = text(doc);
            String next = text.substring(text.indexOf("III. NHIỆM VỤ KỲ TỚI"));

            // item 1 is due in 2021-Q4, inside 2021-H2; item 2 is due in 2023
            assertThat(next).contains("Nhiệm vụ đến hạn trong 6 tháng cuối năm 2021: 1.");
            assertThat(next).contains("Xây dựng Đề án số 1 về đổi mới sáng tạo");
            assertThat(next).doesNotContain("Đầu tư xây dựng Trung tâm đổi mới sáng tạo Hà Nội");
        }
    }

    @Test
    void aReviewOverTheWholeTermIsAFinalReview() throws IOException {
        try (XWPFDocument doc =
                new XWPFDocument(new ByteArrayInputStream(export(request(Lang.VI, Period.years(2021, 2025)))))) {
            String text = text(doc);
            assertThat(text)
                    .contains(ReviewKind.title(Period.years(2021, 2025), Lang.VI) + " thực hiện ")
                    .startsWith("\nBÁO CÁO\nTổng kết ")
                    .doesNotContain("Sơ kết");
            assertThat(text).contains("nhiệm vụ giai đoạn tới do Chương trình mới xác định");
        }
    }

    @Test
    void inEnglish() throws IOException {
        try (XWPFDocument doc =
                new XWPFDocument(new ByteArrayInputStream(export(request(Lang.EN, Period.firstHalf(2021)))))) {
            assertThat(text(doc))
                    .contains("REPORT", "I. RESULTS", "Appendix III")
                    .doesNotContain("BÁO CÁO");
        }
    }

    @Test
    void theReportIsOnPortraitPagesAndTheAppendixTablesOnLandscapePages() throws IOException {
        String document = "";
        try (ZipInputStream zip =
                new ZipInputStream(new ByteArrayInputStream(export(request(Lang.VI, Period.firstHalf(2021)))))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("word/document.xml")) {
                    document = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        int reportSection = document.indexOf("<w:sectPr>");
        int appendixSection = document.lastIndexOf("<w:sectPr>");
        assertThat(reportSection).isPositive().isLessThan(appendixSection);
        assertThat(document.substring(reportSection, document.indexOf("</w:sectPr>", reportSection)))
                .doesNotContain("landscape");
        assertThat(document.substring(appendixSection)).contains("w:orient=\"landscape\"");
    }
}
