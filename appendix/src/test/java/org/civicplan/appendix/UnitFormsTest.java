package org.civicplan.appendix;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civicplan.appendix.internal.FormLayout;
import org.civicplan.core.CivicTime;
import org.civicplan.core.Lang;
import org.civicplan.core.memory.InMemoryPortfolioStore;
import org.civicplan.core.model.Actor;
import org.civicplan.core.model.ItemId;
import org.civicplan.core.model.ItemProgress;
import org.civicplan.core.model.MeasuredValue;
import org.civicplan.core.model.Measurement;
import org.civicplan.core.model.ProgressReport;
import org.civicplan.core.model.ReportId;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.period.Period;
import org.civicplan.core.review.Review;
import org.civicplan.core.service.PlanService;
import org.civicplan.core.service.ReportService;
import org.civicplan.core.service.ReviewService;
import org.civicplan.core.service.StandardAccessPolicy;
import org.civicplan.testing.TestPortfolios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Forms sent to the units for 2021-H2 and collected back: one on time and then corrected, one late,
 * one holding another unit's rows; then the review those reports imply. Filled in with Apache POI as
 * an official's Excel would save them. Illustrative data (the test portfolio).
 */
class UnitFormsTest {
    private static final Period H2 = Period.secondHalf(2021);
    private static final UnitCode SKHCN = TestPortfolios.SKHCN;
    private static final UnitCode QCG = TestPortfolios.QCG;

    private final InMemoryPortfolioStore store = InMemoryPortfolioStore.of(TestPortfolios.portfolio());
    private final ReportForms forms = new ReportForms(store);

    @TempDir
    Path dir;

    private FormCollector collectorOn(LocalDate day) {
        Clock clock = Clock.fixed(day.atTime(9, 0).toInstant(ZoneOffset.ofHours(7)), CivicTime.VIETNAM);
        StandardAccessPolicy policy = new StandardAccessPolicy();
        return new FormCollector(new PlanService(store, policy, clock), new ReportService(store, policy, clock));
    }

    /** The form written, then filled in by {@code fill} on its report sheet and saved as {@code name}. */
    private Path filled(UnitCode unit, String name, Consumer<Sheet> fill) throws IOException {
        Path blank = dir.resolve("blank-" + name);
        forms.write(TestPortfolios.PROGRAM, unit, H2, blank);
        Path out = dir.resolve(name);
        try (InputStream in = Files.newInputStream(blank);
                XSSFWorkbook wb = new XSSFWorkbook(in);
                OutputStream os = Files.newOutputStream(out)) {
            fill.accept(wb.getSheet(FormLayout.SHEET));
            wb.write(os);
        }
        return out;
    }

    private static Row rowOf(Sheet sheet, String id) {
        for (Row row : sheet) {
            Cell c = row.getCell(1);
            if (c != null && id.equals(c.getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row " + id);
    }

    private static void set(Sheet sheet, String id, int column, Object value) {
        Row row = rowOf(sheet, id);
        Cell cell = row.getCell(column) != null ? row.getCell(column) : row.createCell(column);
        if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (value instanceof LocalDate d) {
            cell.setCellValue(d);
        } else {
            cell.setCellValue(value.toString());
        }
    }

    @Test
    void theFormIsInVietnameseWithLockedIdentifiersListsAndAHiddenKey() throws IOException {
        Path file = dir.resolve("SKHCN-2021-H2.xlsx");
        UnitForm form = forms.write(TestPortfolios.PROGRAM, SKHCN, H2, file);
        assertThat(form.items())
                .extracting(i -> i.id().value())
                .containsExactly("KH-186/1", "KH-186/2", "KH-186/3", "KH-186/4");
        assertThat(form.indicators()).hasSize(3);
        try (InputStream in = Files.newInputStream(file);
                XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet sheet = wb.getSheet(FormLayout.SHEET);
            assertThat(sheet.getProtect()).isTrue();
            assertThat(wb.getSheetVisibility(wb.getSheetIndex(FormLayout.KEY_SHEET)))
                    .isEqualTo(SheetVisibility.VERY_HIDDEN);
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue())
                    .isEqualTo("Đơn vị báo cáo: Sở Khoa học và Công nghệ (SKHCN)");
            assertThat(sheet.getRow(4).getCell(0).getStringCellValue())
                    .isEqualTo("Thời gian lấy số liệu: từ ngày 15/06/2021 đến ngày 14/12/2021");
            assertThat(sheet.getRow(5).getCell(0).getStringCellValue())
                    .isEqualTo("Hạn gửi báo cáo: 20/12/2021 (theo Nghị định số 09/2019/NĐ-CP)");
            Row first = rowOf(sheet, "KH-186/1");
            assertThat(first.getCell(FormLayout.I_ID).getCellStyle().getLocked())
                    .isTrue();
            assertThat(first.getCell(FormLayout.I_STATUS).getCellStyle().getLocked())
                    .isFalse();
            assertThat(first.getCell(FormLayout.I_STATUS).getStringCellValue()).isEqualTo("Chưa triển khai");
            assertThat(rowOf(sheet, "KH-186/3").getCell(FormLayout.I_ROLE).getStringCellValue())
                    .isEqualTo("Phối hợp");
            // a row the unit only coordinates is not pre-filled: it is not reported unless filled in
            assertThat(rowOf(sheet, "KH-186/3").getCell(FormLayout.I_STATUS).getStringCellValue())
                    .isEmpty();
            // the status list, the percent, date and value checks
            assertThat(sheet.getDataValidations())
                    .anySatisfy(v -> assertThat(v.getValidationConstraint().getExplicitListValues())
                            .contains("Đang thực hiện", "Đã hoàn thành"))
                    .anySatisfy(v -> assertThat(v.getValidationConstraint().getExplicitListValues())
                            .containsExactly("Đạt", "Chưa đạt"))
                    .hasSizeGreaterThanOrEqualTo(6);
            Row ratio = rowOf(sheet, TestPortfolios.IND_TFP.value());
            assertThat(ratio.getCell(FormLayout.C_NUMERATOR).getCellStyle().getLocked())
                    .isFalse();
            assertThat(ratio.getCell(FormLayout.C_VALUE) == null
                            || ratio.getCell(FormLayout.C_VALUE).getCellStyle().getLocked())
                    .isTrue();
            for (Row row : sheet) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).isNotEqualTo(org.apache.poi.ss.usermodel.CellType.FORMULA);
                }
            }
        }
    }

    @Test
    void threeUnitsOnTimeCorrectedLateAndWrongThenTheReviewTheyImply() throws IOException {
        Path folder = dir.resolve("gui-di");
        List<Path> sent = forms.writeAll(TestPortfolios.PROGRAM, H2, folder);
        assertThat(sent)
                .extracting(p -> p.getFileName().toString())
                .containsExactlyInAnyOrder(
                        "QCG-2021-H2.xlsx", "SKHCN-2021-H2.xlsx", "STC-2021-H2.xlsx", "STTTT-2021-H2.xlsx");

        // SKHCN on time
        Path skhcn = filled(SKHCN, "skhcn.xlsx", s -> {
            set(s, "KH-186/1", FormLayout.I_STATUS, "Đang thực hiện");
            set(s, "KH-186/1", FormLayout.I_PERCENT, 40);
            set(s, "KH-186/1", FormLayout.I_DIFFICULTIES, "Chậm lấy ý kiến doanh nghiệp");
            set(s, "KH-186/4", FormLayout.I_STATUS, "Đã hoàn thành");
            set(s, "KH-186/4", FormLayout.I_DONE_ON, LocalDate.of(2021, 8, 2));
            set(s, "KH-186/4", FormLayout.I_RESULT, "Quyết định ban hành quy chế");
            set(s, TestPortfolios.IND_TFP.value(), FormLayout.C_NUMERATOR, 88);
            set(s, TestPortfolios.IND_TFP.value(), FormLayout.C_DENOMINATOR, 200);
            set(s, TestPortfolios.IND_INNOV.value(), FormLayout.C_VALUE, 130);
            set(s, TestPortfolios.IND_PLATFORM.value(), FormLayout.C_VALUE, "Đạt");
        });
        FormReceipt onTime = collectorOn(LocalDate.of(2021, 12, 18)).collect(skhcn, "can-bo-skhcn");
        assertThat(onTime.recorded()).as(onTime.lines(Lang.EN).toString()).isTrue();
        assertThat(onTime.late()).isFalse();
        // items 1 and 4 filled in, item 2 pre-filled (SKHCN reports on it), item 3 blank (SKHCN only coordinates)
        assertThat(onTime.itemLines()).isEqualTo(3);
        assertThat(onTime.values()).isEqualTo(3);
        ProgressReport draft =
                store.reports().find(TestPortfolios.PROGRAM, H2, SKHCN).orElseThrow();
        assertThat(draft.difficulties()).containsExactly("KH-186/1: Chậm lấy ý kiến doanh nghiệp");
        assertThat(line(draft, "KH-186/4").completedOn()).contains(LocalDate.of(2021, 8, 2));
        assertThat(store.measurements().find(TestPortfolios.IND_TFP, H2, SKHCN))
                .contains(new Measurement(
                        TestPortfolios.IND_TFP,
                        H2,
                        SKHCN,
                        new MeasuredValue.Ratio(new BigDecimal("88"), new BigDecimal("200")),
                        Optional.of("Biểu báo cáo skhcn.xlsx")));

        // SKHCN corrects item 1: the draft is replaced, not doubled
        Path corrected = filled(SKHCN, "skhcn-sua.xlsx", s -> {
            set(s, "KH-186/1", FormLayout.I_STATUS, "Đang thực hiện");
            set(s, "KH-186/1", FormLayout.I_PERCENT, 60);
        });
        // QCG late; STTTT's form carrying QCG's item (built as a forged form: valid key, wrong rows)
        Path qcg = filled(QCG, "qcg.xlsx", s -> {
            set(s, "KH-186/3", FormLayout.I_STATUS, "Đang thực hiện");
            set(s, "KH-186/3", FormLayout.I_PERCENT, 50);
        });
        Path wrong = dir.resolve("sttt-sai.xlsx");
        UnitForm qcgForm = forms.prepare(TestPortfolios.PROGRAM, QCG, H2);
        UnitForm forged = new UnitForm(
                qcgForm.program(),
                store.units().find(TestPortfolios.STTTT).orElseThrow(),
                qcgForm.reporting(),
                qcgForm.items(),
                List.of(),
                Optional.empty());
        try (OutputStream out = Files.newOutputStream(wrong)) {
            forms.write(forged, out);
        }
        Path inbox = Files.createDirectories(dir.resolve("nhan-ve"));
        Files.copy(corrected, inbox.resolve("1-skhcn-sua.xlsx"));
        Files.copy(qcg, inbox.resolve("2-qcg.xlsx"));
        Files.copy(wrong, inbox.resolve("3-sttt.xlsx"));
        FormCollection collected =
                collectorOn(LocalDate.of(2021, 12, 28)).collectFolder(inbox, TestPortfolios.PROGRAM, H2, "van-thu");

        assertThat(collected.receipts())
                .extracting(r -> r.unit().orElseThrow(), FormReceipt::recorded)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(SKHCN, true),
                        org.assertj.core.groups.Tuple.tuple(QCG, true),
                        org.assertj.core.groups.Tuple.tuple(TestPortfolios.STTTT, false));
        FormReceipt again = collected.receipts().get(0);
        assertThat(again.replaced()).isTrue();
        assertThat(again.report()).contains(ReportId.of("BC-SKHCN-2021-H2"));
        assertThat(collected.receipts().get(1).late()).isTrue();
        assertThat(collected.receipts().get(2).problems()).anySatisfy(p -> assertThat(p.text(Lang.VI))
                .isEqualTo("3-sttt.xlsx!'Báo cáo'!B11: nhiệm vụ KH-186/3 không phải của đơn vị STTTT"
                        + " (không chủ trì, phối hợp hay báo cáo) — xóa dòng này khỏi biểu hoặc xin biểu mới"));
        assertThat(collected.missing()).containsExactly(TestPortfolios.STC, TestPortfolios.STTTT);
        assertThat(String.join("\n", collected.lines(Lang.VI)))
                .contains("QCG\tcó (muộn)\t1\t0\t2-qcg.xlsx")
                .contains("Chưa nộp (2021-H2): STC, STTTT");
        assertThat(store.reports().find(TestPortfolios.PROGRAM, H2, TestPortfolios.STTTT))
                .isEmpty();
        assertThat(line(store.reports().find(TestPortfolios.PROGRAM, H2, SKHCN).orElseThrow(), "KH-186/1")
                        .percentDone())
                .isEqualTo(60);

        // the units submit; the review of 2021-H2 is what the forms said
        ReportService reports = new ReportService(
                store,
                new StandardAccessPolicy(),
                Clock.fixed(LocalDate.of(2021, 12, 29).atStartOfDay().toInstant(ZoneOffset.UTC), CivicTime.VIETNAM));
        reports.submit(new Actor(SKHCN, "can-bo-skhcn"), ReportId.of("BC-SKHCN-2021-H2"));
        reports.submit(new Actor(QCG, "can-bo-qcg"), ReportId.of("BC-QCG-2021-H2"));
        Review review = ReviewService.of(store).review(TestPortfolios.PROGRAM, H2, LocalDate.of(2021, 12, 14));
        assertThat(itemLine(review, "KH-186/1").percentDone()).contains(60);
        assertThat(itemLine(review, "KH-186/3").percentDone()).contains(50);
        assertThat(itemLine(review, "KH-186/4").completedOn()).contains(LocalDate.of(2021, 8, 2));
        assertThat(review.indicators())
                .filteredOn(i -> i.code().equals(TestPortfolios.IND_INNOV))
                .singleElement()
                .satisfies(i -> assertThat(i.value()).isPresent());
    }

    @Test
    void aFormulaWithoutASavedValueIsRefusedAtItsCellAndNothingIsRecorded() throws IOException {
        Path file = filled(SKHCN, "cong-thuc.xlsx", s -> {
            set(s, "KH-186/1", FormLayout.I_STATUS, "Đang thực hiện");
            rowOf(s, "KH-186/1").getCell(FormLayout.I_PERCENT).setCellFormula("30+30");
        });
        FormReceipt receipt = collectorOn(LocalDate.of(2021, 12, 18)).collect(file, "can-bo-skhcn");
        assertThat(receipt.recorded()).isFalse();
        assertThat(receipt.problems()).anySatisfy(p -> assertThat(p.text(Lang.EN))
                .startsWith("cong-thuc.xlsx!'Báo cáo'!G")
                .contains("formula with no saved value"));
        assertThat(store.reports().find(TestPortfolios.PROGRAM, H2, SKHCN)).isEmpty();
    }

    @Test
    void aLockedPeriodAndAnotherPeriodsFormAreRefused() throws IOException {
        // 2021-H1: SKHCN's report is submitted in the test portfolio
        Path h1 = dir.resolve("h1.xlsx");
        forms.write(TestPortfolios.PROGRAM, SKHCN, Period.firstHalf(2021), h1);
        FormReceipt submitted = collectorOn(LocalDate.of(2021, 6, 18)).collect(h1, "can-bo-skhcn");
        assertThat(submitted.recorded()).isFalse();
        assertThat(submitted.problems()).anySatisfy(p -> assertThat(p.text(Lang.EN))
                .contains("report BC-SKHCN-2021-H1 of unit SKHCN for 2021-H1 is submitted"));

        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Files.copy(h1, inbox.resolve("h1.xlsx"));
        FormCollection wrongPeriod =
                collectorOn(LocalDate.of(2021, 12, 18)).collectFolder(inbox, TestPortfolios.PROGRAM, H2, "van-thu");
        assertThat(wrongPeriod.receipts()).singleElement().satisfies(r -> {
            assertThat(r.recorded()).isFalse();
            assertThat(r.problems().get(0).text(Lang.EN)).contains("the form is for 2021-H1");
        });
    }

    @Test
    void aFormulaWithASavedValueIsReadAsThatValueAndSaidSo() throws IOException {
        Path file = filled(SKHCN, "cong-thuc-da-tinh.xlsx", s -> {
            set(s, "KH-186/1", FormLayout.I_STATUS, "Đang thực hiện");
            rowOf(s, "KH-186/1").getCell(FormLayout.I_PERCENT).setCellFormula("30+15");
            // what Excel does on saving: the formula's value is kept in the file
            s.getWorkbook().getCreationHelper().createFormulaEvaluator().evaluateAll();
        });
        FormReceipt receipt = collectorOn(LocalDate.of(2021, 12, 18)).collect(file, "can-bo-skhcn");
        assertThat(receipt.recorded()).as(receipt.lines(Lang.EN).toString()).isTrue();
        assertThat(receipt.problems()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isFalse();
            assertThat(p.text(Lang.EN)).contains("1 cells hold formulas: the values saved in the file were read");
        });
        assertThat(line(store.reports().find(TestPortfolios.PROGRAM, H2, SKHCN).orElseThrow(), "KH-186/1")
                        .percentDone())
                .isEqualTo(45);
    }

    @Test
    void anApprovedPeriodIsLockedAndNothingIsRecorded() throws IOException {
        ProgressReport approved =
                TestPortfolios.report().withStatus(org.civicplan.core.model.ReportStatus.APPROVED, Optional.empty());
        store.reports()
                .update(approved.withVersion(store.reports().get(approved.id()).version()));
        Path h1 = dir.resolve("h1.xlsx");
        forms.write(TestPortfolios.PROGRAM, SKHCN, Period.firstHalf(2021), h1);
        FormReceipt receipt = collectorOn(LocalDate.of(2021, 6, 18)).collect(h1, "can-bo-skhcn");
        assertThat(receipt.recorded()).isFalse();
        assertThat(receipt.problems()).anySatisfy(p -> assertThat(p.text(Lang.VI))
                .isEqualTo("h1.xlsx!'civicplan': kỳ 2021-H1 của đơn vị SKHCN đã được duyệt và khóa"
                        + " — đề nghị mở lại báo cáo trước khi gửi lại"));
        assertThat(store.reports().get(approved.id()).status())
                .isEqualTo(org.civicplan.core.model.ReportStatus.APPROVED);
    }

    private static ItemProgress line(ProgressReport report, String id) {
        return report.items().stream()
                .filter(l -> l.item().equals(ItemId.of(id)))
                .findFirst()
                .orElseThrow();
    }

    private static Review.ItemLine itemLine(Review review, String id) {
        return review.items().stream()
                .filter(l -> l.id().equals(ItemId.of(id)))
                .findFirst()
                .orElseThrow();
    }
}
