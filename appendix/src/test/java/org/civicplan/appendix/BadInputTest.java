package org.civicplan.appendix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.civicplan.core.CivicPlanException;
import org.civicplan.core.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that cannot be read as an appendix fail with one clear, located, bilingual message. */
class BadInputTest {
    private final AppendixReader reader = new AppendixReader(Units.directory());

    @TempDir
    Path dir;

    private Path plainAppendix(String name) throws IOException {
        Path file = dir.resolve(name);
        try (XlsxFixture x = new XlsxFixture(file)) {
            x.sheet("Phụ lục")
                    .row(0, "STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành")
                    .row(1, "1", "Ban hành quy chế", "Sở Tài chính", "Quý IV/2021");
        }
        return file;
    }

    @Test
    void aPasswordProtectedWorkbookAsksForThePasswordToBeRemoved() throws Exception {
        Path plain = plainAppendix("plain.xlsx");
        Path file = BadFiles.encrypted(plain, dir.resolve("encrypted.xlsx"));
        assertThatThrownBy(() -> reader.summarize(file))
                .isInstanceOf(UnableToReadAppendixException.class)
                .hasMessageContaining("encrypted.xlsx: the file is password-protected (encrypted) — open it, remove"
                        + " the password, save and import again")
                .satisfies(e -> assertThat(((CivicPlanException) e).getMessage(Lang.VI))
                        .startsWith("encrypted.xlsx: tệp được bảo vệ bằng mật khẩu"));
    }

    @Test
    void anOldXlsIsAskedToBeSavedAsXlsx() throws IOException {
        Path file = BadFiles.oldXls(dir.resolve("old.xls"));
        assertThatThrownBy(() -> reader.summarize(file))
                .isInstanceOf(UnableToReadAppendixException.class)
                .hasMessageContaining("save as .xlsx");
    }

    @Test
    void anOldDocIsAskedToBeSavedAsDocx() throws IOException {
        // the container of a Word 97-2003 file: an OLE2 file system with a "WordDocument" stream
        Path file = dir.resolve("old.doc");
        try (POIFSFileSystem fs = new POIFSFileSystem();
                OutputStream out = Files.newOutputStream(file)) {
            fs.createDocument(new ByteArrayInputStream(new byte[512]), "WordDocument");
            fs.writeFilesystem(out);
        }
        assertThatThrownBy(() -> reader.summarize(file))
                .isInstanceOf(UnableToReadAppendixException.class)
                .hasMessageContaining("old Word files (.doc) are not supported — open it in Word, save as .docx");
    }

    @Test
    void aFileThatIsNoOfficeFileSaysSo() throws IOException {
        Path file = Files.writeString(dir.resolve("appendix.xlsx"), "STT;Nhiệm vụ\n1;x\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> reader.summarize(file))
                .isInstanceOf(UnableToReadAppendixException.class)
                .hasMessageContaining("appendix.xlsx: not an Excel (.xlsx) or Word (.docx) file");
        assertThatThrownBy(() -> reader.summarize(dir.resolve("missing.docx")))
                .isInstanceOf(UnableToReadAppendixException.class)
                .hasMessageContaining("missing.docx: the file does not exist");
    }

    @Test
    void aMacroEnabledWorkbookIsReadForItsValuesWithAWarning() throws IOException {
        Path plain = plainAppendix("plain.xlsx");
        Path file = dir.resolve("macro.xlsm");
        BadFiles.withPart(plain, file, "xl/vbaProject.bin", new byte[] {1, 2, 3});
        Collected read = Collected.read(reader, file);
        assertThat(read.items()).hasSize(1);
        assertThat(read.problemTexts())
                .contains("macro.xlsm: tệp có macro (VBA); macro không được chạy, chỉ đọc giá" + " trị trong bảng");
    }

    @Test
    void aZipBombIsRefusedByRatioAndBySize() throws IOException {
        Path plain = plainAppendix("plain.xlsx");
        Path bomb = dir.resolve("bomb.xlsx");
        BadFiles.withPart(plain, bomb, "xl/media/padding.bin", new byte[8 << 20]);
        assertThatThrownBy(() -> reader.summarize(bomb))
                .isInstanceOf(UnableToReadAppendixException.class)
                .hasMessageContaining("bomb.xlsx: part \"xl/media/padding.bin\" is abnormally compressed")
                .hasMessageContaining("possibly a zip bomb");
        AppendixReader strict = reader.withLimits(new ReadLimits(1 << 20, 1L << 30, 0.0, 100));
        assertThatThrownBy(() -> strict.summarize(bomb))
                .isInstanceOf(UnableToReadAppendixException.class)
                .hasMessageContaining("exceeds the size limits (1048576 bytes a part");
    }

    @Test
    void aTableWithoutARecognisableHeaderListsTheHeadingsLookedFor() throws IOException {
        Path file = dir.resolve("other.xlsx");
        try (XlsxFixture x = new XlsxFixture(file)) {
            x.sheet("Danh sách").row(0, "Họ và tên", "Chức vụ", "Điện thoại").row(1, "Nguyễn Văn A", "Chuyên viên", "");
        }
        assertThatThrownBy(() -> reader.summarize(file))
                .isInstanceOf(UnableToReadAppendixException.class)
                .hasMessageContaining("other.xlsx: no appendix table found")
                .hasMessageContaining("Lead agency (Cơ quan chủ trì / Đơn vị chủ trì / Chủ trì")
                .hasMessageContaining("Deadline (Thời gian hoàn thành / Thời gian thực hiện / Tiến độ");
    }

    @Test
    void aFormulaWithoutASavedValueIsALocatedErrorNeverEvaluated() throws IOException {
        Path file = dir.resolve("formula.xlsx");
        try (XlsxFixture x = new XlsxFixture(file)) {
            x.sheet("Phụ lục")
                    .row(0, "STT", "Nhiệm vụ", "Cơ quan chủ trì", "Kinh phí")
                    .row(1, "1", "Ban hành quy chế", "Sở Tài chính")
                    .formula(1, 3, "100*2");
        }
        Collected read = Collected.read(reader, file);
        assertThat(read.items().get(0).text(Field.FUNDING)).isEmpty();
        assertThat(read.problems).filteredOn(Problem::isError).singleElement().satisfies(p -> assertThat(
                        p.text(Lang.EN))
                .startsWith("formula.xlsx!'Phụ lục'!D2: the cell holds a"
                        + " formula with no cached value; formulas are not evaluated"));
    }

    @Test
    void aFormulaGivesItsSavedValueAndIsNeverEvaluated() throws IOException {
        Path written = dir.resolve("written.xlsx");
        try (XlsxFixture x = new XlsxFixture(written)) {
            x.sheet("Phụ lục")
                    .row(0, "STT", "Nhiệm vụ", "Cơ quan chủ trì", "Kinh phí")
                    .row(1, "1", "Ban hành quy chế", "Sở Tài chính")
                    .formula(1, 3, "100*2");
        }
        // Excel saves a formula's last value next to it; 999 is not what 100*2 gives, so reading 999
        // shows the value was taken as saved, not computed
        Path file = dir.resolve("cached.xlsx");
        BadFiles.withPartEdited(
                written,
                file,
                "xl/worksheets/sheet1.xml",
                xml -> xml.replace("<f>100*2</f>", "<f>100*2</f><v>999</v>"));
        Collected read = Collected.read(reader, file);
        assertThat(read.items().get(0).text(Field.FUNDING)).isEqualTo("999");
        assertThat(read.problems).noneMatch(Problem::isError);
        assertThat(read.problemTexts())
                .contains("cached.xlsx!'Phụ lục': 1 ô có công thức: đã đọc giá trị lưu trong tệp,"
                        + " không tính lại công thức");
    }

    @Test
    void theHandlersOwnExceptionPassesThroughUnchanged() throws IOException {
        Path file = plainAppendix("plain.xlsx");
        IllegalStateException mine = new IllegalStateException("stop");
        assertThatThrownBy(() -> reader.read(file, row -> {
                    throw mine;
                }))
                .isSameAs(mine);
    }
}
