package org.civicplan.appendix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicplan.appendix.DocxFixture.below;
import static org.civicplan.appendix.DocxFixture.c;
import static org.civicplan.appendix.DocxFixture.restart;
import static org.civicplan.appendix.DocxFixture.span;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.civicplan.appendix.DocxFixture.Cell;
import org.civicplan.core.Lang;
import org.civicplan.core.model.ApprovalLevel;
import org.civicplan.core.model.UnitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Word layout of a plan's appendix (SOURCES.md, layout L2): the document's heading table (issuer
 * | national motto), "Phụ lục" paragraphs, the seven-column table with Roman section rows spanning
 * the table (w:gridSpan), a lead unit merged down two items (w:vMerge), a cell of two paragraphs, and
 * the table continued in a second table without a header. Cell texts are illustrative.
 */
class DocxLayoutsTest {
    private final AppendixReader reader = new AppendixReader(Units.directory());

    @TempDir
    Path dir;

    Path appendix() throws IOException {
        Path file = dir.resolve("appendix.docx");
        try (DocxFixture d = new DocxFixture(file)) {
            d.table(new Cell[] {
                c("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI"),
                c("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc")
            });
            d.paragraph("Phụ lục").paragraph("DANH MỤC NHIỆM VỤ").paragraph("(Kèm theo Kế hoạch số 186/KH-UBND)");
            d.table(
                    new Cell[] {
                        c("STT"),
                        c("Nhiệm vụ"),
                        c("Cơ quan chủ trì"),
                        c("Cơ quan phối hợp"),
                        c("Thời gian hoàn thành"),
                        c("Sản phẩm"),
                        c("Cấp trình")
                    },
                    new Cell[] {c("I"), span(6, "Nhiệm vụ chung")},
                    new Cell[] {
                        c("1"),
                        c("Ban hành quy chế phối hợp"),
                        restart("Sở Tài chính"),
                        c("Sở KH&CN\nSở TT&TT"),
                        c("Quý IV/2021"),
                        c("Quyết định của UBND Thành phố"),
                        c("UBND Thành phố")
                    },
                    new Cell[] {c("2"), c("Rà soát các đề án"), below(), c(""), c("Tháng 12/2021"), c("Báo cáo"), c("")
                    },
                    new Cell[] {span(7, "II. PHÁT TRIỂN HẠ TẦNG")},
                    new Cell[] {
                        c("3"),
                        c("Xây dựng trung tâm dữ liệu"),
                        c("Sở TT&TT"),
                        c("Sở Tài chính"),
                        c("Quý V/2021"),
                        c("Trung tâm dữ liệu"),
                        c("")
                    });
            d.table(new Cell[] {
                c("4"),
                c("Tổng kết thực hiện kế hoạch"),
                c("Sở Kế hoạch và Đầu tư"),
                c(""),
                c("Năm 2025"),
                c("Báo cáo tổng kết"),
                c("UBND Thành phố")
            });
        }
        return file;
    }

    @Test
    void readsTheTablesInOrderSkippingTheHeadingTableAndJoiningTheContinuation() throws IOException {
        Collected read = Collected.read(reader, appendix());
        assertThat(read.tables)
                .extracting(t -> t.location().table(), AppendixTable::continued)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, false), org.assertj.core.groups.Tuple.tuple(3, true));
        assertThat(read.problemTexts()).anySatisfy(t -> assertThat(t)
                .startsWith("appendix.docx: bảng 1: bảng không có dòng tiêu đề của bảng phụ lục nên được bỏ qua;"
                        + " các tiêu đề được tìm: STT (STT / TT"));
        assertThat(read.items()).extracting(AppendixItem::number).containsExactly("1", "2", "3", "4");
        assertThat(read.items().get(3).location().describe(Lang.VI)).isEqualTo("appendix.docx: bảng 3, dòng 1");
        assertThat(read.items().get(3).section()).contains("II");
    }

    @Test
    void sectionRowsSpanningTheTableAreSections() throws IOException {
        Collected read = Collected.read(reader, appendix());
        assertThat(read.sections())
                .extracting(AppendixRow.Section::numeral, AppendixRow.Section::heading)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("I", "Nhiệm vụ chung"),
                        org.assertj.core.groups.Tuple.tuple("II", "PHÁT TRIỂN HẠ TẦNG"));
    }

    @Test
    void cellsKeepTheirParagraphsAsLinesAndMergedCellsAreCopiedAndReported() throws IOException {
        Collected read = Collected.read(reader, appendix());
        List<AppendixItem> items = read.items();
        assertThat(items.get(0).text(Field.COORDINATING)).isEqualTo("Sở KH&CN\nSở TT&TT");
        assertThat(items.get(0).coordinating())
                .extracting(UnitMention::units)
                .containsExactly(List.of(UnitCode.of("SKHCN")), List.of(UnitCode.of("STTTT")));
        assertThat(items.get(0).approvalLevel()).contains(ApprovalLevel.PEOPLES_COMMITTEE);
        assertThat(items.get(1).text(Field.LEAD)).isEqualTo("Sở Tài chính");
        assertThat(read.problemTexts())
                .contains("appendix.docx: bảng 2, dòng 4, cột \"Cơ quan chủ trì\": ô gộp dọc từ dòng 3"
                        + " qua nhiều nhiệm vụ: nội dung được dùng cho từng nhiệm vụ — kiểm tra lại, hoặc tách ô");
    }

    @Test
    void anUnreadDeadlineIsAnErrorAtItsCellInBothLanguages() throws IOException {
        Collected read = Collected.read(reader, appendix());
        Problem p = read.problems.stream()
                .filter(x -> x.location().row() == 6 && x.location().table() == 2)
                .findFirst()
                .orElseThrow();
        assertThat(p.isError()).isTrue();
        assertThat(p.text(Lang.VI)).startsWith("appendix.docx: bảng 2, dòng 6, cột \"Thời gian hoàn thành\": ");
        assertThat(p.text(Lang.EN)).startsWith("appendix.docx: table 2, row 6, column \"Thời gian hoàn thành\": ");
        assertThat(read.items().get(2).deadline().written()).isEqualTo("Quý V/2021");
        assertThat(read.summary.deadlines().unread()).isEqualTo(1);
        assertThat(read.summary.deadlines().read()).isEqualTo(3);
    }

    /** Layout L4 (SOURCES.md): a commune plan's assignment table with unnumbered group rows. */
    @Test
    void groupRowsMergedAcrossTheTableAreSectionsWithoutNumerals() throws IOException {
        Path file = dir.resolve("xa.docx");
        try (DocxFixture d = new DocxFixture(file)) {
            d.paragraph("PHỤ LỤC").paragraph("BẢNG PHÂN CÔNG CHI TIẾT");
            d.table(
                    new Cell[] {
                        c("STT"),
                        c("Tên nhiệm vụ"),
                        c("Cơ quan chủ trì"),
                        c("Cơ quan phối hợp"),
                        c("Kết quả/Sản phẩm"),
                        c("Thời gian"),
                        c("Ghi chú")
                    },
                    new Cell[] {span(7, "Nhóm nhiệm vụ về chuyển đổi số")},
                    new Cell[] {
                        c("1"),
                        c("Số hóa hồ sơ thủ tục hành chính"),
                        c("TT PVHCC"),
                        c("TT CUDVC; các phòng"),
                        c("Hồ sơ được số hóa"),
                        c("Năm 2025"),
                        c("")
                    });
        }
        Collected read = Collected.read(reader, file);
        assertThat(read.tables.get(0).columns()).containsEntry(Field.PRODUCT, 4).containsEntry(Field.DEADLINE, 5);
        assertThat(read.sections()).singleElement().satisfies(s -> {
            assertThat(s.numeral()).isEmpty();
            assertThat(s.heading()).isEqualTo("Nhóm nhiệm vụ về chuyển đổi số");
        });
        AppendixItem item = read.items().get(0);
        assertThat(item.lead()).extracting(UnitMention::status).containsExactly(UnitMention.Status.UNKNOWN);
        assertThat(item.coordinating())
                .extracting(UnitMention::status)
                .containsExactly(UnitMention.Status.UNKNOWN, UnitMention.Status.COLLECTIVE);
        assertThat(read.problems).filteredOn(Problem::isError).isEmpty();
    }

    @Test
    void hiddenRowsAndHiddenTextAreReadAndReported() throws IOException {
        Path file = dir.resolve("an.docx");
        try (DocxFixture d = new DocxFixture(file)) {
            d.table(
                    new Cell[] {c("STT"), c("Nhiệm vụ"), c("Cơ quan chủ trì"), c("Thời gian hoàn thành")},
                    new Cell[] {c("1"), c("Ban hành quy chế"), c("Sở Tài chính"), c("Quý IV/2021")},
                    new Cell[] {c("2"), c("Rà soát đề án"), c("Sở Nội vụ"), c("Năm 2022")});
            d.hideRow(0, 2).hiddenText(0, 1, 1, " (bản cũ)");
        }
        Collected read = Collected.read(reader, file);
        assertThat(read.items())
                .extracting(AppendixItem::task)
                .containsExactly("Ban hành quy chế (bản cũ)", "Rà soát đề án");
        assertThat(read.problemTexts())
                .contains("an.docx: bảng 1, dòng 3: dòng bị ẩn trong tệp; vẫn được đọc — kiểm tra xem dòng này còn hiệu"
                        + " lực không")
                .contains(
                        "an.docx: bảng 1, dòng 2, cột \"Nhiệm vụ\": ô có chữ bị ẩn (định dạng ẩn); chữ ẩn vẫn được đọc");
    }
}
