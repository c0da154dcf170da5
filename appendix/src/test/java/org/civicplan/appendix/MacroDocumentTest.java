package org.civicplan.appendix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicplan.appendix.DocxFixture.c;

import java.io.IOException;
import java.nio.file.Path;
import org.civicplan.appendix.DocxFixture.Cell;
import org.civicplan.core.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A macro-enabled Word document (.docm) is read for its table's values only, and says so. Illustrative. */
class MacroDocumentTest {
    @TempDir
    Path dir;

    @Test
    void aMacroEnabledDocumentIsReadForItsValuesWithAWarning() throws IOException {
        Path plain = dir.resolve("plain.docx");
        try (DocxFixture d = new DocxFixture(plain)) {
            d.table(
                    new Cell[] {c("STT"), c("Nhiệm vụ"), c("Cơ quan chủ trì"), c("Thời gian hoàn thành")},
                    new Cell[] {c("1"), c("Ban hành quy chế"), c("Sở Tài chính"), c("Quý IV/2021")});
        }
        Path file = BadFiles.macroEnabledDocument(plain, dir.resolve("macro.docm"));
        Collected read = Collected.read(new AppendixReader(Units.directory()), file);
        assertThat(read.items()).singleElement().satisfies(i -> assertThat(i.task())
                .isEqualTo("Ban hành quy chế"));
        assertThat(read.problems).filteredOn(p -> !p.isError()).anySatisfy(p -> {
            assertThat(p.text(Lang.VI))
                    .isEqualTo(
                            "macro.docm: tệp có macro (VBA); macro không được chạy, chỉ đọc giá" + " trị trong bảng");
            assertThat(p.text(Lang.EN))
                    .isEqualTo("macro.docm: the file contains macros (VBA); they are not run, only"
                            + " the table's values are read");
        });
        assertThat(read.problems).noneMatch(Problem::isError);
    }
}
