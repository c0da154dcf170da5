package org.civicplan.appendix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civicplan.appendix.internal.FormLayout;
import org.civicplan.core.CivicPlanException;
import org.civicplan.core.CivicTime;
import org.civicplan.core.Lang;
import org.civicplan.core.docref.DocumentRef;
import org.civicplan.core.memory.InMemoryPortfolioStore;
import org.civicplan.core.model.Actor;
import org.civicplan.core.model.PlanId;
import org.civicplan.core.model.ProgressReport;
import org.civicplan.core.model.ReportStatus;
import org.civicplan.core.period.Period;
import org.civicplan.core.service.PlanService;
import org.civicplan.core.service.ReportService;
import org.civicplan.core.service.StandardAccessPolicy;
import org.civicplan.testing.TestPortfolios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every bad input of issue 16 that reaches the store (an import, a collected form) is refused with a
 * clear, located, bilingual message, and the store is left exactly as it was: plans, items,
 * adjustment proposals, reports, indicator values and the audit trail compared before and after.
 * Illustrative data (the test portfolio).
 */
class NothingStoredTest {
    private static final Actor UBND = new Actor(TestPortfolios.UBND, "can-bo-ubnd");
    private static final Period H2 = Period.secondHalf(2021);

    private final InMemoryPortfolioStore store = InMemoryPortfolioStore.of(TestPortfolios.portfolio());
    private final PlanService service = PlanService.of(store);

    @TempDir
    Path dir;

    private Path appendix(String name) throws IOException {
        Path file = dir.resolve(name);
        try (XlsxFixture x = new XlsxFixture(file)) {
            x.sheet("Phụ lục")
                    .row(0, "STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành")
                    .row(1, "1", "Xây dựng Đề án số 1 về đổi mới sáng tạo", "Sở KH&CN", "Quý II/2022")
                    .row(2, "5", "Xây dựng cơ sở dữ liệu chuyên gia", "Sở KH&CN", "Năm 2022");
        }
        return file;
    }

    private void refusedImport(Path file, String english, String vietnamese) {
        StoreSnapshot before = StoreSnapshot.of(store);
        String name = file.getFileName().toString();
        for (ImportTarget target : List.of(
                new ImportTarget.Existing(TestPortfolios.PLAN),
                new ImportTarget.NewDraft(
                        PlanId.of("KH-300"),
                        TestPortfolios.PROGRAM,
                        DocumentRef.read("300/KH-UBND").ref().withDate(LocalDate.of(2022, 3, 1)),
                        Optional.empty()))) {
            assertThatThrownBy(() -> new AppendixImport(service).run(file, target, UBND))
                    .isInstanceOf(UnableToReadAppendixException.class)
                    .hasMessageContaining(name + ": " + english)
                    .satisfies(e -> assertThat(((CivicPlanException) e).getMessage(Lang.VI))
                            .contains(name + ": " + vietnamese));
        }
        assertThat(StoreSnapshot.of(store)).isEqualTo(before);
    }

    @Test
    void aPasswordProtectedWorkbookOrDocumentImportsNothing() throws Exception {
        Path xlsx = BadFiles.encrypted(appendix("plain.xlsx"), dir.resolve("mat-khau.xlsx"));
        refusedImport(xlsx, "the file is password-protected (encrypted)", "tệp được bảo vệ bằng mật khẩu");
        Path plainDocx = dir.resolve("plain.docx");
        try (DocxFixture d = new DocxFixture(plainDocx)) {
            d.table(
                    new DocxFixture.Cell[] {
                        DocxFixture.c("STT"), DocxFixture.c("Nhiệm vụ"), DocxFixture.c("Cơ quan chủ trì")
                    },
                    new DocxFixture.Cell[] {
                        DocxFixture.c("1"), DocxFixture.c("Ban hành quy chế"), DocxFixture.c("Sở Tài chính")
                    });
        }
        Path docx = BadFiles.encrypted(plainDocx, dir.resolve("mat-khau.docx"));
        refusedImport(docx, "the file is password-protected (encrypted)", "tệp được bảo vệ bằng mật khẩu");
    }

    @Test
    void oldBinaryFilesImportNothingAndAreAskedToBeSavedAgain() throws IOException {
        refusedImport(BadFiles.oldXls(dir.resolve("cu.xls")), "", "");
        assertThatThrownBy(() -> new AppendixImport(service)
                        .run(dir.resolve("cu.xls"), new ImportTarget.Existing(TestPortfolios.PLAN), UBND))
                .hasMessageContaining("save as .xlsx");
        refusedImport(
                BadFiles.oldDoc(dir.resolve("cu.doc")),
                "old Word files (.doc) are not supported — open it in Word, save as .docx",
                "");
    }

    @Test
    void aZipBombImportsNothing() throws IOException {
        Path bomb = BadFiles.zipBomb(appendix("plain.xlsx"), dir.resolve("bom.xlsx"));
        refusedImport(bomb, "part \"xl/media/padding.bin\" is abnormally compressed", "");
    }

    @Test
    void aTableWithNoRecognisableHeaderImportsNothingAndListsTheHeadings() throws IOException {
        Path file = dir.resolve("danh-sach.xlsx");
        try (XlsxFixture x = new XlsxFixture(file)) {
            x.sheet("Danh sách").row(0, "Họ và tên", "Chức vụ").row(1, "Nguyễn Văn A", "Chuyên viên");
        }
        refusedImport(
                file,
                "no appendix table found: no table has a header row the reader recognises. Headings looked for:"
                        + " No. (STT",
                "không tìm thấy bảng phụ lục");
    }

    @Test
    void aFileWithAnErrorAtACellIsNotWrittenAndSaysWhere() throws IOException {
        Path file = dir.resolve("cong-thuc.xlsx");
        try (XlsxFixture x = new XlsxFixture(file)) {
            x.sheet("Phụ lục")
                    .row(0, "STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành")
                    .row(1, "1", "Xây dựng Đề án số 1 về đổi mới sáng tạo", "Sở KH&CN")
                    .formula(1, 3, "DATE(2022,6,30)");
        }
        StoreSnapshot before = StoreSnapshot.of(store);
        ImportSummary summary =
                new AppendixImport(service).run(file, new ImportTarget.Existing(TestPortfolios.PLAN), UBND);
        assertThat(summary.written()).isFalse();
        assertThat(summary.errors()).isPositive();
        assertThat(String.join("\n", summary.lines(Lang.EN)))
                .contains("cong-thuc.xlsx!'Phụ lục'!D2: the cell holds a formula with no cached value");
        assertThat(StoreSnapshot.of(store)).isEqualTo(before);
    }

    // --- collected forms ---------------------------------------------------------------------

    private FormCollector collectorOn(LocalDate day) {
        Clock clock = Clock.fixed(day.atTime(9, 0).toInstant(ZoneOffset.ofHours(7)), CivicTime.VIETNAM);
        StandardAccessPolicy policy = new StandardAccessPolicy();
        return new FormCollector(new PlanService(store, policy, clock), new ReportService(store, policy, clock));
    }

    /** SKHCN's 2021-H2 form with item 1 filled in, as an official's Excel saves it. */
    private Path filledForm(String name) throws IOException {
        Path blank = dir.resolve("blank-" + name);
        new ReportForms(store).write(TestPortfolios.PROGRAM, TestPortfolios.SKHCN, H2, blank);
        Path out = dir.resolve(name);
        try (InputStream in = Files.newInputStream(blank);
                XSSFWorkbook wb = new XSSFWorkbook(in);
                OutputStream os = Files.newOutputStream(out)) {
            Sheet s = wb.getSheet(FormLayout.SHEET);
            for (Row row : s) {
                Cell id = row.getCell(1);
                if (id != null && "KH-186/1".equals(id.getStringCellValue())) {
                    row.createCell(FormLayout.I_STATUS).setCellValue("Đang thực hiện");
                    row.createCell(FormLayout.I_PERCENT).setCellValue(40);
                }
            }
            wb.write(os);
        }
        return out;
    }

    private void refusedForm(Path file, String english) {
        StoreSnapshot before = StoreSnapshot.of(store);
        FormReceipt receipt = collectorOn(LocalDate.of(2021, 12, 18)).collect(file, "can-bo-skhcn");
        assertThat(receipt.recorded()).isFalse();
        assertThat(receipt.problems())
                .filteredOn(Problem::isError)
                .anySatisfy(p -> assertThat(p.text(Lang.EN))
                        .startsWith(file.getFileName().toString())
                        .contains(english))
                .allSatisfy(p -> assertThat(p.text(Lang.VI)).isNotEqualTo(p.text(Lang.EN)));
        assertThat(StoreSnapshot.of(store)).isEqualTo(before);
    }

    @Test
    void aGoodFormIsRecordedSoTheRefusalsBelowAreTheFilesOwnFault() throws IOException {
        FormReceipt receipt = collectorOn(LocalDate.of(2021, 12, 18)).collect(filledForm("tot.xlsx"), "can-bo-skhcn");
        assertThat(receipt.recorded()).as(receipt.lines(Lang.EN).toString()).isTrue();
        assertThat(store.reports().find(TestPortfolios.PROGRAM, H2, TestPortfolios.SKHCN))
                .isPresent();
    }

    @Test
    void aPasswordProtectedFormRecordsNothing() throws Exception {
        refusedForm(
                BadFiles.encrypted(filledForm("bieu.xlsx"), dir.resolve("bieu-mat-khau.xlsx")),
                "the file is password-protected (encrypted)");
    }

    @Test
    void aFormSavedAsAnOldXlsRecordsNothing() throws IOException {
        refusedForm(BadFiles.oldXls(dir.resolve("bieu.xls")), "save as .xlsx");
    }

    @Test
    void aZipBombFormRecordsNothing() throws IOException {
        refusedForm(
                BadFiles.zipBomb(filledForm("bieu.xlsx"), dir.resolve("bieu-bom.xlsx")), "is abnormally compressed");
    }

    @Test
    void anotherUnitsFormRecordsNothing() throws IOException {
        // STTTT's form carrying QCG's item: a valid key, rows of another unit
        UnitForm qcg = new ReportForms(store).prepare(TestPortfolios.PROGRAM, TestPortfolios.QCG, H2);
        UnitForm forged = new UnitForm(
                qcg.program(),
                store.units().find(TestPortfolios.STTTT).orElseThrow(),
                qcg.reporting(),
                qcg.items(),
                List.of(),
                Optional.empty());
        Path file = dir.resolve("sttt.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            new ReportForms(store).write(forged, out);
        }
        refusedForm(file, "is not unit STTTT's");
    }

    @Test
    void anotherPeriodsFormRecordsNothingInTheFolderTable() throws IOException {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        new ReportForms(store)
                .write(TestPortfolios.PROGRAM, TestPortfolios.SKHCN, Period.firstHalf(2021), inbox.resolve("h1.xlsx"));
        StoreSnapshot before = StoreSnapshot.of(store);
        FormCollection c =
                collectorOn(LocalDate.of(2021, 12, 18)).collectFolder(inbox, TestPortfolios.PROGRAM, H2, "van-thu");
        assertThat(c.receipts()).singleElement().satisfies(r -> {
            assertThat(r.recorded()).isFalse();
            assertThat(r.problems().get(0).text(Lang.EN)).startsWith("h1.xlsx").contains("the form is for 2021-H1");
        });
        assertThat(StoreSnapshot.of(store)).isEqualTo(before);
    }

    @Test
    void aFormForAnApprovedAndLockedPeriodRecordsNothing() throws IOException {
        ProgressReport approved = TestPortfolios.report().withStatus(ReportStatus.APPROVED, Optional.empty());
        store.reports()
                .update(approved.withVersion(store.reports().get(approved.id()).version()));
        Path h1 = dir.resolve("h1.xlsx");
        new ReportForms(store).write(TestPortfolios.PROGRAM, TestPortfolios.SKHCN, Period.firstHalf(2021), h1);
        StoreSnapshot before = StoreSnapshot.of(store);
        FormReceipt receipt = collectorOn(LocalDate.of(2021, 6, 18)).collect(h1, "can-bo-skhcn");
        assertThat(receipt.recorded()).isFalse();
        assertThat(receipt.problems()).anySatisfy(p -> assertThat(p.text(Lang.EN))
                .startsWith("h1.xlsx!'civicplan': ")
                .contains("approved and locked"));
        assertThat(StoreSnapshot.of(store)).isEqualTo(before);
    }

    @Test
    void aFormSavedAsXlsInTheFolderIsToldAboutNotSkipped() throws IOException {
        Path inbox = Files.createDirectories(dir.resolve("nhan-ve"));
        BadFiles.oldXls(inbox.resolve("skhcn.xls"));
        Files.writeString(inbox.resolve("doc-truoc.txt"), "không phải biểu");
        StoreSnapshot before = StoreSnapshot.of(store);
        FormCollection c =
                collectorOn(LocalDate.of(2021, 12, 18)).collectFolder(inbox, TestPortfolios.PROGRAM, H2, "van-thu");
        assertThat(c.receipts()).singleElement().satisfies(r -> {
            assertThat(r.recorded()).isFalse();
            assertThat(r.problems().get(0).text(Lang.EN))
                    .startsWith("skhcn.xls: ")
                    .contains("save as .xlsx");
            assertThat(r.problems().get(0).text(Lang.VI)).startsWith("skhcn.xls: ");
        });
        assertThat(c.missing()).contains(TestPortfolios.SKHCN);
        assertThat(StoreSnapshot.of(store)).isEqualTo(before);
    }
}
