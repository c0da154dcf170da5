package org.civicplan.export.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.civicplan.core.Lang;
import org.civicplan.core.memory.InMemoryPortfolioStore;
import org.civicplan.core.period.Period;
import org.civicplan.core.spi.ExportRequest;
import org.civicplan.testing.TestPortfolios;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

class XlsxExporterTest {
    private static final LocalDate AS_OF = LocalDate.of(2021, 7, 20);

    private final InMemoryPortfolioStore store = InMemoryPortfolioStore.of(TestPortfolios.portfolio());

    private byte[] export(Lang lang, boolean onePlan) {
        ExportRequest request = new ExportRequest(
                store,
                onePlan ? Optional.of(TestPortfolios.PLAN) : Optional.empty(),
                lang,
                AS_OF,
                Optional.of(Period.firstHalf(2021)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxExporter().export(request, out);
        return out.toByteArray();
    }

    @Test
    void theDeadlineCellShowsTheOfficialsWordsWhenKept() throws IOException {
        // a phrase of the period corpus (P153), its missing year taken from a document date
        org.civicplan.core.model.Item first =
                store.items().get(TestPortfolios.item(1).id());
        store.items()
                .update(first.toBuilder()
                        .deadlineAsWritten(org.civicplan.core.period.PeriodReader.read(
                                "chậm nhất ngày 30-6",
                                org.civicplan.core.period.ParseContext.documentDated(LocalDate.of(2021, 6, 1))))
                        .build());
        for (Lang lang : Lang.values()) {
            assertThat(rows(export(lang, true), lang == Lang.VI ? "Phụ lục" : "Appendix")
                            .get(6)
                            .getCellText(4))
                    .isEqualTo("chậm nhất ngày 30-6");
        }
    }

    @Test
    void keepsASampleWorkbookAsABuildArtefact() throws IOException {
        Path target = Path.of(System.getProperty("basedir", ".")).resolve("target");
        Files.createDirectories(target);
        Files.write(target.resolve("sample.xlsx"), export(Lang.VI, true));
        assertThat(target.resolve("sample.xlsx")).isNotEmptyFile();
    }

    @Test
    void describesItself() {
        XlsxExporter exporter = new XlsxExporter();
        assertThat(exporter.format()).isEqualTo("xlsx");
        assertThat(exporter.fileExtension()).isEqualTo("xlsx");
        assertThat(exporter.mediaType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    @Test
    void workbookHasTheAppendixReviewIndicatorResourceAndInvestmentSheets() throws IOException {
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(export(Lang.VI, true)))) {
            assertThat(wb.getSheets().map(Sheet::getName))
                    .containsExactly("Phụ lục", "Sơ kết", "Chỉ tiêu", "Nguồn lực", "Đầu tư công");
        }
    }

    @Test
    void appendixHasTheVietnameseLayoutWithSectionRowsAndValues() throws IOException {
        Map<Integer, Row> rows = rows(export(Lang.VI, true), "Phụ lục");
        assertThat(rows.get(1).getCellText(0)).isEqualTo("PHỤ LỤC");
        assertThat(rows.get(2).getCellText(0))
                .contains("DANH MỤC NHIỆM VỤ", "Kế hoạch thực hiện Chương trình số 07-CTr/TU");
        assertThat(texts(rows.get(4)))
                .containsExactly(
                        "STT",
                        "Nhiệm vụ",
                        "Cơ quan chủ trì",
                        "Cơ quan phối hợp",
                        "Thời gian hoàn thành",
                        "Sản phẩm",
                        "Cấp trình",
                        "Kinh phí (đồng)",
                        "Nguồn vốn",
                        "Chỉ tiêu liên quan",
                        "Tình trạng đến 14/06/2021"); // the one date the workbook judges on
        // section I: items 1, 3, 4; section II: item 2
        assertThat(rows.get(5).getCellText(0)).isEqualTo("I");
        assertThat(rows.get(5).getCellText(1)).isEqualTo("Hoàn thiện cơ chế, chính sách");
        Row first = rows.get(6);
        assertThat(first.getCellAsNumber(0)).contains(BigDecimal.ONE);
        assertThat(first.getCellText(1)).isEqualTo("Xây dựng Đề án số 1 về đổi mới sáng tạo");
        assertThat(first.getCellText(2)).isEqualTo("Sở KH&CN");
        assertThat(first.getCellText(3)).isEqualTo("Sở Tài chính\nSở TT&TT"); // one unit per line
        assertThat(first.getCellText(4)).isEqualTo("Quý IV/2021");
        assertThat(first.getCellText(5)).isEqualTo("Quyết định phê duyệt Đề án của UBND Thành phố");
        assertThat(first.getCellText(6)).isEqualTo("UBND Thành phố");
        assertThat(first.getCellAsNumber(7).orElseThrow()).isEqualByComparingTo("3500000000");
        assertThat(first.getCell(7).getDataFormatString()).isEqualTo("#,##0");
        assertThat(first.getCellText(8)).isEqualTo("Ngân sách Thành phố");
        assertThat(first.getCellText(9)).isEqualTo("CT07-02");
        assertThat(first.getCellText(10)).isEqualTo("Chưa triển khai");
        Row techfest = rows.get(7);
        assertThat(techfest.getCellText(1)).isEqualTo("Tổ chức Techfest Hà Nội hằng năm");
        assertThat(techfest.getCellText(2)).isEqualTo("UBND quận Cầu Giấy");
        assertThat(techfest.getCellText(4)).isEqualTo("Hằng năm");
        assertThat(techfest.getCellText(5)).isEqualTo("Sự kiện Techfest (số lượng: 5)");
        assertThat(techfest.getCellText(8)).isEqualTo("Kinh phí chi thường xuyên");
        assertThat(rows.get(8).getCellText(1)).isEqualTo("Ban hành quy chế quản lý nhiệm vụ khoa học và công nghệ");
        assertThat(rows.get(9).getCellText(0)).isEqualTo("II");
        assertThat(rows.get(9).getCellText(1)).isEqualTo("Phát triển hạ tầng đổi mới sáng tạo");
        assertThat(rows.get(10).getCellText(1)).isEqualTo("Đầu tư xây dựng Trung tâm đổi mới sáng tạo Hà Nội");
        assertThat(rows.get(10).getCellText(6)).isEqualTo("HĐND Thành phố");
        assertThat(rows.get(11).getCellText(1)).isEqualTo("Tổng kinh phí");
        assertThat(rows.get(11).getCellAsNumber(7).orElseThrow()).isEqualByComparingTo("10500000000");
    }

    @Test
    void sectionRowsAreMergedAcrossTheTable() throws IOException {
        String sheet = zipEntry(export(Lang.VI, true), "xl/worksheets/sheet1.xml");
        assertThat(sheet)
                .contains("<mergeCell ref=\"B5:K5\"/>", "<mergeCell ref=\"B9:K9\"/>", "<mergeCell ref=\"A1:K1\"/>");
    }

    @Test
    void printSetupIsA4LandscapeFittedToWidthWithTheHeaderRepeatedAndFrozen() throws IOException {
        byte[] xlsx = export(Lang.VI, true);
        String sheet = zipEntry(xlsx, "xl/worksheets/sheet1.xml");
        assertThat(sheet)
                .contains("orientation=\"landscape\"", "paperSize=\"9\"", "fitToWidth=\"1\"", "fitToHeight=\"0\"");
        assertThat(sheet).contains("<pageSetUpPr fitToPage=\"true\"");
        assertThat(sheet).contains("ySplit=\"4\"", "state=\"frozen\"");
        String workbook = zipEntry(xlsx, "xl/workbook.xml");
        // fastexcel writes non-ASCII names as character references
        assertThat(workbook)
                .contains("localSheetId=\"0\" name=\"_xlnm.Print_Titles\"")
                .contains("'Ph&#x1ee5; l&#x1ee5;c'!$4:$4");
    }

    @Test
    void everyStyledCellUsesTimesNewRomanAndTextIsWrapped() throws IOException {
        String styles = zipEntry(export(Lang.VI, true), "xl/styles.xml");
        assertThat(styles).contains("<name val=\"Times New Roman\"/>").contains("wrapText=\"true\"");
        assertThat(styles.split("<font>", -1).length - 1)
                .as("fonts other than Times New Roman are only the unused default")
                .isLessThanOrEqualTo(styles.split("Times New Roman", -1).length);
    }

    @Test
    void wholeNumbersHaveNoDanglingDecimalSeparator() throws IOException {
        // issue 18: "#,##0.##" shows the integer 21 as "21." in Excel; the shared format does not
        String styles = zipEntry(export(Lang.VI, true), "xl/styles.xml");
        assertThat(styles).doesNotContain("formatCode=\"#,##0.##\"").contains("formatCode=\"#,##0\"");
        Row tfp = find(rows(export(Lang.VI, true), "Chỉ tiêu"), 0, "CT07-01");
        assertThat(tfp.getCellAsNumber(3).orElseThrow()).isEqualByComparingTo("41");
    }

    @Test
    void aReviewOverTheWholeTermIsTitledTongKet() throws IOException {
        ExportRequest request = new ExportRequest(
                store, Optional.of(TestPortfolios.PLAN), Lang.VI, AS_OF, Optional.of(Period.parse("2021-2025")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxExporter().export(request, out);
        assertThat(rows(out.toByteArray(), "Sơ kết").get(1).getCellText(0)).startsWith("TỔNG KẾT ");
    }

    @Test
    void englishHeadersWhenAskedForEnglish() throws IOException {
        byte[] xlsx = export(Lang.EN, true);
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(wb.getSheets().map(Sheet::getName))
                    .containsExactly("Appendix", "Review", "Indicators", "Resources", "Public investment");
        }
        Map<Integer, Row> rows = rows(xlsx, "Appendix");
        assertThat(rows.get(4).getCellText(0)).isEqualTo("No.");
        assertThat(rows.get(4).getCellText(2)).isEqualTo("Lead agency");
        assertThat(rows.get(6).getCellText(4)).isEqualTo("Q4 2021");
        assertThat(rows.get(6).getCellText(6)).isEqualTo("City People's Committee");
    }

    @Test
    void withoutAPlanEveryPlanGetsItsOwnAppendixSheet() throws IOException {
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(export(Lang.VI, false)))) {
            assertThat(wb.getSheets().map(Sheet::getName))
                    .containsExactly(
                            "Phụ lục KH-186",
                            "Phụ lục KH-SKHCN-2021",
                            "Sơ kết",
                            "Chỉ tiêu",
                            "Nguồn lực",
                            "Đầu tư công");
        }
    }

    @Test
    void optionalColumnsCanBeLeftOut() throws IOException {
        ExportRequest request = new ExportRequest(
                store, Optional.of(TestPortfolios.PLAN), Lang.VI, AS_OF, Optional.of(Period.firstHalf(2021)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxExporter(EnumSet.noneOf(AppendixColumn.class)).export(request, out);
        Map<Integer, Row> rows = rows(out.toByteArray(), "Phụ lục");
        assertThat(texts(rows.get(4))).hasSize(7).endsWith("Cấp trình");
    }

    @Test
    void reviewSheetShowsItemStatusAndTheUnitScorecard() throws IOException {
        Map<Integer, Row> rows = rows(export(Lang.VI, true), "Sơ kết");
        assertThat(rows.get(1).getCellText(0)).isEqualTo("SƠ KẾT 6 THÁNG ĐẦU NĂM 2021");
        Row first = find(rows, 1, "Xây dựng Đề án số 1 về đổi mới sáng tạo");
        assertThat(first.getCellText(2)).isEqualTo("KH-186");
        assertThat(first.getCellText(3)).isEqualTo("Sở KH&CN");
        // the submitted (not approved) report moves nothing: the item's record, judged on 14/06/2021
        assertThat(first.getCellText(5)).isEqualTo("Chưa triển khai");
        assertThat(first.getCellAsNumber(6).orElseThrow()).isEqualByComparingTo("40");
        assertThat(first.getCellAsDate(4).orElseThrow().toLocalDate()).isEqualTo(LocalDate.of(2021, 12, 31));
        Row techfest = find(rows, 1, "Tổ chức Techfest Hà Nội hằng năm");
        assertThat(techfest.getCellText(5)).isEqualTo("Đang thực hiện");
        Row unit = find(rows, 1, "Sở KH&CN");
        assertThat(unit.getCellText(2)).isEqualTo("Đã gửi");
        assertThat(unit.getCellAsNumber(3).orElseThrow()).isEqualByComparingTo("3");
        assertThat(unit.getCellAsNumber(7).orElseThrow()).as("in progress").isEqualByComparingTo("1");
        assertThat(find(rows, 1, "Đơn vị").getCellText(4)).isEqualTo("Hoàn thành đúng hạn");
        assertThat(rows.values().stream().map(r -> r.getCellText(0)))
                .anySatisfy(
                        t -> assertThat(t).startsWith("Đơn vị chưa báo cáo: ").contains("UBND quận Cầu Giấy"));
    }

    @Test
    void indicatorSheetShowsValuesTargetsAchievementAndStanding() throws IOException {
        Map<Integer, Row> rows = rows(export(Lang.VI, true), "Chỉ tiêu");
        Row tfp = find(rows, 0, "CT07-01");
        assertThat(tfp.getCellText(1)).isEqualTo("Tỷ lệ đóng góp của TFP vào tăng trưởng GRDP");
        assertThat(tfp.getCellText(2)).isEqualTo("%");
        assertThat(tfp.getCellAsNumber(3).orElseThrow()).isEqualByComparingTo("41");
        assertThat(tfp.getCellText(4)).isEqualTo("≥ 43 (Năm 2021)");
        assertThat(tfp.getCellText(5)).isEqualTo("≥ 55 (Năm 2025)");
        assertThat(tfp.getCellAsNumber(6).orElseThrow()).isEqualByComparingTo("33.3");
        Row innov = find(rows, 0, "CT07-02");
        assertThat(innov.getCellAsNumber(3).orElseThrow()).isEqualByComparingTo("135");
        assertThat(innov.getCellText(7)).isEqualTo("Đạt, đúng tiến độ");
    }

    @Test
    void resourceSheetShowsPlannedAgainstReportedBySource() throws IOException {
        Map<Integer, Row> rows = rows(export(Lang.VI, true), "Nguồn lực");
        Row line = find(rows, 0, "Ngân sách Thành phố");
        assertThat(line.getCellText(1)).isEqualTo("Sở KH&CN");
        assertThat(line.getCellAsNumber(2).orElseThrow()).isEqualByComparingTo("2021");
        assertThat(line.getCellAsNumber(3).orElseThrow()).isEqualByComparingTo("4500000000");
        assertThat(line.getCellAsNumber(4).orElseThrow()).isEqualByComparingTo("300000000");
        assertThat(line.getCellAsNumber(5).orElseThrow()).isEqualByComparingTo("6.7");
        Row total = find(rows, 0, "Tổng cộng");
        assertThat(total.getCellAsNumber(3).orElseThrow()).isEqualByComparingTo("4500000000");
    }

    @Test
    void investmentSheetListsTheCandidates() throws IOException {
        Map<Integer, Row> rows = rows(export(Lang.VI, true), "Đầu tư công");
        assertThat(rows.get(1).getCellText(0)).isEqualTo("DANH MỤC DỰ ÁN ĐỀ XUẤT CHUẨN BỊ ĐẦU TƯ CÔNG TRUNG HẠN");
        Row row = rows.get(4);
        assertThat(row.getCellText(1)).isEqualTo("Đầu tư xây dựng Trung tâm đổi mới sáng tạo Hà Nội");
        assertThat(row.getCellText(2)).isEqualTo("KH-186 / 2");
        assertThat(row.getCellText(3)).isEqualTo("Sở KH&CN");
        assertThat(row.getCellText(4)).isEqualTo("B");
        assertThat(row.getCellAsNumber(5).orElseThrow()).isEqualByComparingTo("350000000000");
        assertThat(row.getCellText(6)).isEqualTo("Năm 2023");
    }

    @Test
    void anEmptyPortfolioStillGivesAWorkbook() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxExporter()
                .export(
                        new ExportRequest(
                                InMemoryPortfolioStore.of(
                                        org.civicplan.core.model.Portfolio.empty(TestPortfolios.HANOI, "Trống")),
                                Optional.empty(),
                                Lang.VI,
                                AS_OF,
                                Optional.empty()),
                        out);
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(wb.getSheets().map(Sheet::getName))
                    .containsExactly("Phụ lục", "Sơ kết", "Chỉ tiêu", "Nguồn lực", "Đầu tư công");
        }
        assertThat(rows(out.toByteArray(), "Phụ lục").get(1).getCellText(0)).isEqualTo("Không có kế hoạch");
    }

    @Test
    void leavesTheStreamOpen() {
        boolean[] closed = {false};
        OutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        new XlsxExporter().export(new ExportRequest(store, Optional.empty(), Lang.VI, AS_OF, Optional.empty()), out);
        assertThat(closed[0]).isFalse();
    }

    static Map<Integer, Row> rows(byte[] xlsx, String sheetName) throws IOException {
        try (ReadableWorkbook wb =
                new ReadableWorkbook(new ByteArrayInputStream(xlsx), new ReadingOptions(true, false))) {
            Map<Integer, Row> rows = new HashMap<>();
            for (Row row : wb.findSheet(sheetName).orElseThrow().read()) {
                rows.put(row.getRowNum(), row);
            }
            return rows;
        }
    }

    static Row find(Map<Integer, Row> rows, int column, String text) {
        return rows.values().stream()
                .filter(r -> r.getCellCount() > column && text.equals(r.getCellText(column)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row with \"" + text + "\" in column " + column));
    }

    static List<String> texts(Row row) {
        return row.stream().map(c -> c == null ? "" : c.getText()).toList();
    }

    static String zipEntry(byte[] zip, String name) throws IOException {
        // entries carry data descriptors, which ZipInputStream refuses for stored entries; ZipFile reads them
        Path file = Files.createTempFile("civicplan", ".xlsx");
        try {
            Files.write(file, zip);
            try (ZipFile zf = new ZipFile(file.toFile())) {
                ZipEntry entry = zf.getEntry(name);
                if (entry == null) {
                    throw new AssertionError("no " + name + " in the workbook");
                }
                try (InputStream in = zf.getInputStream(entry)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
