package org.civicplan.appendix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civicplan.appendix.DocxFixture.below;
import static org.civicplan.appendix.DocxFixture.c;
import static org.civicplan.appendix.DocxFixture.restart;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.civicplan.appendix.DocxFixture.Cell;
import org.civicplan.core.CivicPlanException;
import org.civicplan.core.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tables as published, found with the search tool (SOURCES.md, layouts P1 and P2): the header words,
 * column order, merges and the cell texts are copied from the stored pages (short extracts, first
 * rows only); the expectations are labelled by hand.
 */
class PublishedLayoutsTest {
    private final AppendixReader reader = new AppendixReader(Units.directory());

    @TempDir
    Path dir;

    /**
     * P1: "LỊCH CHỈ ĐẠO VÀ THỰC HIỆN KẾ HOẠCH NĂM HỌC 2019-2020", Trường MN Đông Giang, "(Kèm theo
     * Kế hoạch Số 08KH- TrMN ngày 26/9/2019 ...)". The first lines of each cell, as published. No STT; the month merged down over its weeks; several tasks
     * and their performers written as "- " lines in one cell; abbreviated headings.
     */
    Path dongGiang() throws IOException {
        Path file = dir.resolve("lich-chi-dao.docx");
        try (DocxFixture d = new DocxFixture(file)) {
            d.paragraph("LỊCH CHỈ ĐẠO VÀ THỰC HIỆN KẾ HOẠCH NĂM HỌC 2019-2020")
                    .paragraph("TRƯỜNG MN ĐÔNG GIANG")
                    .paragraph("(Kèm theo Kế hoạch Số 08KH- TrMN ngày 26/9/2019 của trường MN Đông Giang)");
            d.table(
                    new Cell[] {c("THÁNG"), c("TUẦN C.MÔN"), c("NỘI DUNG CÔNG VIỆC"), c("BỘ PHẬN T.HIỆN")},
                    new Cell[] {
                        restart("8/2019"),
                        c("Từ\n05 - 31/8"),
                        c("- Yêu cầu giáo viên trả phép đúng thời gian (05/8)\n"
                                + "- Tu bổ CSVC, thiết bị, đồ dùng, tổ chức lao động vệ sinh, cải tạo cảnh quan"
                                + " trường, lớp chuẩn bị đón năm học mới.\n"
                                + "- Xây dựng KH dự trù các khoản thu năm học 2019 - 2020."),
                        c("- 100% CBGV\n• CBGVNV trong trường MN.\n- BGH+KT")
                    },
                    new Cell[] {
                        restart("9/2019"),
                        c("Từ 01- 08/9"),
                        c("- Nhà trường tổ chức khai giảng năm học mới (05/9)\n"
                                + "- Nộp báo cáo khai giảng ( ngày 6/9)."),
                        c("- Trường MN.\n- BGH")
                    },
                    // the stored page ends inside this row: the performer cell is left empty
                    new Cell[] {below(), c("Tuần 1\nTừ 09/9- 14/9"), c("- Chỉ đạo các nhóm, lớp"), c("")});
        }
        return file;
    }

    @Test
    void p1TheAbbreviatedHeadingsAreRecognisedAndTheOthersKeptAsWritten() throws IOException {
        Collected read = Collected.read(reader, dongGiang());
        assertThat(read.tables).singleElement().satisfies(t -> {
            assertThat(t.columns())
                    .containsExactlyInAnyOrderEntriesOf(Map.of(Field.DEADLINE, 0, Field.TASK, 2, Field.LEAD, 3));
            assertThat(t.headings()).containsExactly("THÁNG", "TUẦN C.MÔN", "NỘI DUNG CÔNG VIỆC", "BỘ PHẬN T.HIỆN");
        });
    }

    @Test
    void p1EveryRowIsAnItemWithItsLinesMonthAndWeekAsWritten() throws IOException {
        Collected read = Collected.read(reader, dongGiang());
        assertThat(read.sections()).isEmpty();
        List<AppendixItem> items = read.items();
        assertThat(items).hasSize(3);
        assertThat(items).extracting(AppendixItem::numberStyle).containsOnly(NumberStyle.NONE);
        assertThat(items.get(0).task())
                .startsWith("- Yêu cầu giáo viên trả phép đúng thời gian (05/8)\n- Tu bổ CSVC,")
                .endsWith("\n- Xây dựng KH dự trù các khoản thu năm học 2019 - 2020.");
        assertThat(items.get(1).task()).startsWith("- Nhà trường tổ chức khai giảng năm học mới (05/9)\n");
        assertThat(items.get(2).task()).isEqualTo("- Chỉ đạo các nhóm, lớp");
        // the week column is not a plan column: kept under its heading as written
        assertThat(items)
                .extracting(i -> i.extra().get("TUẦN C.MÔN"))
                .containsExactly("Từ\n05 - 31/8", "Từ 01- 08/9", "Tuần 1\nTừ 09/9- 14/9");
        // the month merged down over the weeks of September gives both rows its text
        assertThat(items).extracting(i -> i.deadline().written()).containsExactly("8/2019", "9/2019", "9/2019");
        // "8/2019" is a month the period reader reads
        assertThat(items).allSatisfy(i -> assertThat(i.deadline().period()).isPresent());
        assertThat(items).extracting(i -> i.location().row()).containsExactly(2, 3, 4);
    }

    @Test
    void p1ThePerformersAreReadOnePerLineAndTheUnknownOnesLocated() throws IOException {
        // one performer a line, the "- " and "• " list marks and the closing full stop left out
        Collected read = Collected.read(reader, dongGiang());
        List<AppendixItem> items = read.items();
        assertThat(items.get(0).lead())
                .extracting(UnitMention::written)
                .containsExactly("100% CBGV", "CBGVNV trong trường MN", "BGH+KT");
        assertThat(items.get(1).lead()).extracting(UnitMention::written).containsExactly("Trường MN", "BGH");
        assertThat(items.get(2).lead()).isEmpty();
        assertThat(items.get(0).lead()).extracting(UnitMention::status).containsOnly(UnitMention.Status.UNKNOWN);
        assertThat(read.problemTexts())
                .contains(
                        "lich-chi-dao.docx: bảng 1, dòng 2, cột \"BỘ PHẬN T.HIỆN\": không có đơn vị \"100% CBGV\""
                                + " trong danh mục đơn vị — thêm đơn vị vào danh mục hoặc sửa tên",
                        "lich-chi-dao.docx: bảng 1, dòng 4, cột \"THÁNG\": ô gộp dọc từ dòng 3 qua nhiều nhiệm vụ:"
                                + " nội dung được dùng cho từng nhiệm vụ — kiểm tra lại, hoặc tách ô");
        assertThat(read.summary.units().unknown()).isEqualTo(5);
    }

    /**
     * P2: "KẾ HOẠCH LAO ĐỘNG TUẦN 07", Trường THCS Xuân Sơn, 28/9/2012: TT | Lớp | GV chỉ đạo | Nội
     * dung công việc | Dụng cụ. Only two of its five headings are plan columns, so it is not taken for
     * an appendix: the reader says so and lists the headings it looked for.
     */
    @Test
    void p2ATaskTableWithoutPlanColumnsIsRefusedWithTheHeadingsLookedFor() throws IOException {
        Path file = dir.resolve("lao-dong-tuan-07.xlsx");
        try (XlsxFixture x = new XlsxFixture(file)) {
            x.sheet("Sheet1")
                    .row(0, "KẾ HOẠCH LAO ĐỘNG TUẦN 07 (NGÀY 28 THÁNG 9 NĂM 2012)")
                    .row(1, "TT", "Lớp", "GV chỉ đạo", "Nội dung công việc", "Dụng cụ")
                    .row(
                            2,
                            "1",
                            "9A",
                            "Bùi Hải Phương",
                            "Cắt cỏ, vệ sinh khu vực vườn Keo, gom gọn hố rác sát về phía bờ tường hướng Tây",
                            "Cuốc, xẻng, liềm, đồ vận chuyển rác");
        }
        assertThatThrownBy(() -> reader.summarize(file))
                .isInstanceOf(UnableToReadAppendixException.class)
                .hasMessageContaining("lao-dong-tuan-07.xlsx: no appendix table found")
                .hasMessageContaining("Lead agency (Cơ quan chủ trì / Đơn vị chủ trì")
                .satisfies(e -> assertThat(((CivicPlanException) e).getMessage(Lang.VI))
                        .startsWith("lao-dong-tuan-07.xlsx: không tìm thấy bảng phụ lục")
                        .contains("Các tiêu đề được tìm: STT (STT / TT"));
    }
}
