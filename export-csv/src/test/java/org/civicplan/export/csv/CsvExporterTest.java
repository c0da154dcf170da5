package org.civicplan.export.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.civicplan.core.Lang;
import org.civicplan.core.memory.InMemoryPortfolioStore;
import org.civicplan.core.model.Item;
import org.civicplan.core.model.Portfolio;
import org.civicplan.core.model.Product;
import org.civicplan.core.model.ProductKind;
import org.civicplan.core.spi.ExportRequest;
import org.civicplan.core.spi.PortfolioStore;
import org.civicplan.testing.TestPortfolios;
import org.junit.jupiter.api.Test;

class CsvExporterTest {
    private static final LocalDate AS_OF = LocalDate.of(2022, 1, 10);

    static byte[] export(PortfolioStore store, Lang lang, boolean onePlan) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CsvExporter()
                .export(
                        new ExportRequest(
                                store,
                                onePlan ? Optional.of(TestPortfolios.PLAN) : Optional.empty(),
                                lang,
                                AS_OF,
                                Optional.empty()),
                        out);
        return out.toByteArray();
    }

    static List<CSVRecord> parse(byte[] csv) throws IOException {
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        return CSVFormat.RFC4180.parse(new StringReader(text.substring(1))).getRecords();
    }

    @Test
    void describesItself() {
        CsvExporter exporter = new CsvExporter();
        assertThat(exporter.format()).isEqualTo("csv");
        assertThat(exporter.fileExtension()).isEqualTo("csv");
        assertThat(exporter.mediaType()).isEqualTo("text/csv; charset=UTF-8");
    }

    @Test
    void startsWithAUtf8ByteOrderMarkAndEndsLinesWithCrLf() {
        byte[] csv = export(InMemoryPortfolioStore.of(TestPortfolios.portfolio()), Lang.VI, true);
        assertThat(csv).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).endsWith("\r\n");
        assertThat(text.replace("\r\n", "")).doesNotContain("\n");
    }

    @Test
    void oneRowPerItemWithVietnameseLabels() throws IOException {
        List<CSVRecord> records = parse(export(InMemoryPortfolioStore.of(TestPortfolios.portfolio()), Lang.VI, true));
        assertThat(records).hasSize(1 + 4);
        assertThat(records.get(0).toList()).isEqualTo(CsvExporter.header(Lang.VI));
        assertThat(records.get(1).toList())
                .containsExactly(
                        "KH-186/1",
                        "KH-186",
                        "1",
                        "Đề án",
                        "Xây dựng Đề án số 1 về đổi mới sáng tạo",
                        "Sở KH&CN",
                        "Sở Tài chính; Sở TT&TT",
                        "Quý IV/2021",
                        "Quyết định phê duyệt Đề án của UBND Thành phố",
                        "UBND Thành phố",
                        // judged on the cut-off of 2021-H2 (the latest period with data), before the deadline
                        "Chưa triển khai",
                        "3500000000",
                        "Ngân sách Thành phố",
                        "CT07-02",
                        "2021-12-14");
        CSVRecord techfest = records.get(3);
        assertThat(techfest.get(4)).isEqualTo("Tổ chức Techfest Hà Nội hằng năm");
        assertThat(techfest.get(7)).isEqualTo("Hằng năm");
        assertThat(techfest.get(8)).isEqualTo("Sự kiện Techfest (số lượng: 5)");
        assertThat(techfest.get(10)).isEqualTo("Đang thực hiện");
        assertThat(techfest.get(11)).isEqualTo("0");
        assertThat(techfest.get(12)).isEqualTo("Kinh phí chi thường xuyên");
        assertThat(records.get(4).get(10)).isEqualTo("Hoàn thành chậm");
    }

    @Test
    void englishHeadersAndLabels() throws IOException {
        List<CSVRecord> records = parse(export(InMemoryPortfolioStore.of(TestPortfolios.portfolio()), Lang.EN, true));
        assertThat(records.get(0).get(0)).isEqualTo("Item id");
        assertThat(records.get(1).get(3)).isEqualTo("Scheme");
        assertThat(records.get(1).get(7)).isEqualTo("Q4 2021");
        assertThat(records.get(1).get(10)).isEqualTo("Not started");
        assertThat(records.get(0).get(14)).isEqualTo("Status as of");
    }

    @Test
    void withoutAPlanEveryPlansItemsAreListed() throws IOException {
        List<CSVRecord> records = parse(export(InMemoryPortfolioStore.of(TestPortfolios.portfolio()), Lang.VI, false));
        assertThat(records).hasSize(1 + 4);
    }

    @Test
    void commasAndQuotesAreQuotedAndReadBackUnchanged() throws IOException {
        Portfolio p = TestPortfolios.portfolio();
        String title = "Đề án \"Thành phố thông minh\", giai đoạn 2021-2025; thử nghiệm";
        Item hostile = TestPortfolios.item(1).toBuilder()
                .title(title)
                .product(Product.of(ProductKind.REPORT, "Báo cáo, kèm \"phụ lục\""))
                .build();
        Portfolio changed = new Portfolio(
                p.id(),
                p.name(),
                p.units(),
                p.programs(),
                p.plans(),
                List.of(hostile),
                p.indicators(),
                p.measurements(),
                List.of(),
                List.of());
        byte[] csv = export(InMemoryPortfolioStore.of(changed), Lang.VI, true);
        assertThat(new String(csv, StandardCharsets.UTF_8))
                .contains("\"Đề án \"\"Thành phố thông minh\"\", giai đoạn 2021-2025; thử nghiệm\"");
        List<CSVRecord> records = parse(csv);
        assertThat(records.get(1).get(4)).isEqualTo(title);
        assertThat(records.get(1).get(8)).isEqualTo("Báo cáo, kèm \"phụ lục\"");
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
        new CsvExporter()
                .export(
                        new ExportRequest(
                                InMemoryPortfolioStore.of(TestPortfolios.portfolio()),
                                Optional.empty(),
                                Lang.VI,
                                AS_OF,
                                Optional.empty()),
                        out);
        assertThat(closed[0]).isFalse();
        assertThat(out.size()).isGreaterThan(100);
    }
}
