package org.civicplan.appendix;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.civicplan.core.Lang;
import org.civicplan.core.model.UnitCode;
import org.civicplan.core.period.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Workbook layouts of published appendices (see SOURCES.md, layouts L1 and L3): a title, a header
 * over two rows with "Đơn vị thực hiện" grouping "Chủ trì" and "Phối hợp", the column-number row,
 * letter and Roman sections, every STT form, merged and hidden cells, a totals row and a note.
 * Cell texts marked [R0002] etc. are copied from the real rows of the validation corpus (sources in
 * SOURCES.md); the others are illustrative.
 */
class XlsxLayoutsTest {
    private final AppendixReader reader = new AppendixReader(Units.directory());

    @TempDir
    Path dir;

    Path twoRowHeader() throws IOException {
        Path file = dir.resolve("appendix.xlsx");
        try (XlsxFixture x = new XlsxFixture(file)) {
            x.sheet("Phụ lục")
                    .row(0, "PHỤ LỤC")
                    .merge(0, 0, 0, 7)
                    .row(1, "(Kèm theo Kế hoạch số 186/KH-UBND ngày 26/7/2021 của UBND Thành phố)")
                    .merge(1, 0, 1, 7)
                    .row(
                            2,
                            "TT",
                            "Nội dung công việc",
                            "Đơn vị thực hiện",
                            null,
                            "Thời gian thực hiện",
                            "Kết quả, sản phẩm",
                            "Kinh phí (triệu đồng)",
                            "Ghi chú")
                    .merge(2, 0, 3, 0)
                    .merge(2, 1, 3, 1)
                    .merge(2, 2, 2, 3)
                    .merge(2, 4, 3, 4)
                    .merge(2, 5, 3, 5)
                    .merge(2, 6, 3, 6)
                    .merge(2, 7, 3, 7)
                    .row(3, null, null, "Chủ trì", "Phối hợp")
                    .row(4, "(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)")
                    .row(5, "A", "NHIỆM VỤ CHUNG")
                    .merge(5, 1, 5, 7)
                    .row(6, "I.", "Tổng kết, báo cáo")
                    .merge(6, 1, 6, 7)
                    // [R0002]
                    .row(
                            7,
                            "1",
                            "tổng hợp chung báo cáo",
                            "Sở Kế hoạch và Đầu tư",
                            "Sở Văn hóa, Thể thao và Du lịch; Sở Tài chính",
                            "trước ngày 24/5/2019",
                            "hoàn thiện gửi Văn phòng Uỷ ban nhân dân")
                    // [R0005]
                    .row(
                            8,
                            "1.1",
                            "tổng hợp báo cáo, tham mưu cho UBND tỉnh lựa chọn tổng kết thực tiễn, những cách"
                                    + " làm hay, mô hình mới có hiệu quả trên địa bàn tỉnh",
                            "Sở Kế hoạch và Đầu tư",
                            "Phòng Văn hóa và Thông tin",
                            "trước ngày 15/11/2021",
                            "trình UBND tỉnh")
                    .merge(8, 2, 9, 2)
                    // illustrative
                    .row(
                            9,
                            "a",
                            "Xây dựng dự thảo\nKế hoạch số 186/KH-UBND",
                            null,
                            "các đơn vị liên quan",
                            "Quý IV/2021",
                            "Kế hoạch")
                    // [R0004]
                    .row(
                            10,
                            "-",
                            "chỉ đạo, tổ chức triển khai tổng kết theo quy định và báo cáo kết quả thực hiện",
                            "các sở, ban, ngành thuộc UBND tỉnh và UBND các huyện, thành phố",
                            "Sở Ngoại vụ",
                            "trước ngày 01/11/2021",
                            "báo cáo kết quả thực hiện về Sở Kế hoạch và Đầu tư để tổng hợp")
                    // [R0092]
                    .row(
                            11,
                            "+",
                            "Thanh tra việc thực hiện các quy định của pháp luật về phân cấp quản lý tổ chức"
                                    + " bộ máy, biên chế, số lượng người làm việc và công chức, viên chức",
                            "Thanh tra Sở Nội vụ",
                            "Sở Nội vụ",
                            "thực hiện trong Quý I/2024")
                    .hideRow(11)
                    .row(12, "Tổng cộng")
                    .merge(12, 0, 12, 5)
                    .formula(12, 6, "SUM(G8:G12)")
                    .row(13, "Ghi chú: các đơn vị gửi báo cáo về Sở Kế hoạch và Đầu tư.")
                    .merge(13, 0, 13, 7)
                    .hideColumn(7);
        }
        return file;
    }

    @Test
    void findsTheColumnsUnderATwoRowHeader() throws IOException {
        Collected read = Collected.read(reader, twoRowHeader());
        assertThat(read.tables).hasSize(1);
        assertThat(read.tables.get(0).columns())
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        Field.NUMBER,
                        0,
                        Field.TASK,
                        1,
                        Field.LEAD,
                        2,
                        Field.COORDINATING,
                        3,
                        Field.DEADLINE,
                        4,
                        Field.PRODUCT,
                        5,
                        Field.FUNDING,
                        6,
                        Field.NOTE,
                        7));
        assertThat(read.tables.get(0).headings()).startsWith("TT", "Nội dung công việc", "Chủ trì", "Phối hợp");
    }

    @Test
    void sectionsKeepTheirNumeralsAndItemsTheirNumbering() throws IOException {
        Collected read = Collected.read(reader, twoRowHeader());
        assertThat(read.sections())
                .extracting(AppendixRow.Section::numeral, AppendixRow.Section::style, AppendixRow.Section::heading)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("A", NumberStyle.CAPITAL_LETTER, "NHIỆM VỤ CHUNG"),
                        org.assertj.core.groups.Tuple.tuple("I", NumberStyle.ROMAN, "Tổng kết, báo cáo"));
        List<AppendixItem> items = read.items();
        assertThat(items).extracting(AppendixItem::number).containsExactly("1", "1.1", "a", "-", "+");
        assertThat(items)
                .extracting(AppendixItem::numberStyle)
                .containsExactly(
                        NumberStyle.ARABIC, NumberStyle.DOTTED, NumberStyle.LETTER, NumberStyle.DASH, NumberStyle.PLUS);
        assertThat(items).allSatisfy(i -> assertThat(i.section()).contains("I"));
        assertThat(items.get(2).task()).isEqualTo("Xây dựng dự thảo\nKế hoạch số 186/KH-UBND");
        assertThat(items.get(2).documents()).extracting(d -> d.symbol()).containsExactly("186/KH-UBND");
        assertThat(read.rows).filteredOn(r -> r instanceof AppendixRow.Total).hasSize(1);
        assertThat(read.rows)
                .filteredOn(r -> r instanceof AppendixRow.Note)
                .singleElement()
                .satisfies(n -> assertThat(((AppendixRow.Note) n).text()).startsWith("Ghi chú: các đơn vị"));
    }

    @Test
    void unitsResolveWithCommasInNamesAndGroupsAndDuplicatesAreTold() throws IOException {
        Collected read = Collected.read(reader, twoRowHeader());
        List<AppendixItem> items = read.items();
        assertThat(items.get(0).lead()).extracting(UnitMention::units).containsExactly(List.of(UnitCode.of("SKHDT")));
        assertThat(items.get(0).coordinating())
                .extracting(UnitMention::written)
                .containsExactly("Sở Văn hóa, Thể thao và Du lịch", "Sở Tài chính");
        assertThat(items.get(0).coordinating())
                .extracting(UnitMention::status)
                .containsOnly(UnitMention.Status.RESOLVED);
        assertThat(items.get(1).coordinating())
                .singleElement()
                .satisfies(m -> assertThat(m.status()).isEqualTo(UnitMention.Status.AMBIGUOUS))
                .satisfies(m -> assertThat(m.units()).hasSize(2));
        assertThat(items.get(3).lead()).singleElement().satisfies(m -> assertThat(m.status())
                .isEqualTo(UnitMention.Status.COLLECTIVE));
        assertThat(items.get(4).lead()).singleElement().satisfies(m -> assertThat(m.status())
                .isEqualTo(UnitMention.Status.UNKNOWN));
        AppendixSummary s = read.summary;
        assertThat(s.units().resolved()).isEqualTo(6);
        assertThat(s.units().collective()).isEqualTo(2);
        assertThat(s.units().ambiguous()).isEqualTo(1);
        assertThat(s.units().unknown()).isEqualTo(2);
    }

    @Test
    void aCellMergedDownAcrossItemsIsCopiedAndReported() throws IOException {
        Collected read = Collected.read(reader, twoRowHeader());
        assertThat(read.items().get(2).text(Field.LEAD)).isEqualTo("Sở Kế hoạch và Đầu tư");
        assertThat(read.problemTexts())
                .contains("appendix.xlsx!'Phụ lục'!C10: ô gộp dọc từ dòng 9 qua nhiều nhiệm vụ:"
                        + " nội dung được dùng cho từng nhiệm vụ — kiểm tra lại, hoặc tách ô");
    }

    @Test
    void deadlinesGoThroughThePeriodReaderAndUnreadOnesAreLocated() throws IOException {
        Collected read = Collected.read(reader, twoRowHeader());
        List<AppendixItem> items = read.items();
        assertThat(items.get(2).deadline().period()).contains(Period.quarter(2021, 4));
        // a lead word before the quarter, as row R0092 writes it, is read by the fuller PeriodReader
        assertThat(items)
                .filteredOn(i -> i.text(Field.DEADLINE).equals("thực hiện trong Quý I/2024"))
                .singleElement()
                .satisfies(i -> assertThat(i.deadline().period()).contains(Period.quarter(2024, 1)));
        for (AppendixItem item : items) {
            assertThat(item.deadline().written()).isEqualTo(item.text(Field.DEADLINE));
            if (item.deadline().period().isEmpty()) {
                String where = "appendix.xlsx!'Phụ lục'!E" + item.location().row() + ": ";
                assertThat(read.problemTexts()).anySatisfy(t -> assertThat(t).startsWith(where));
            }
        }
        AppendixSummary.DeadlineCounts d = read.summary.deadlines();
        assertThat(d.read() + d.unread()).isEqualTo(5);
        assertThat(d.read()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void hiddenRowsAndColumnsAndFormulasAreReported() throws IOException {
        Collected read = Collected.read(reader, twoRowHeader());
        assertThat(read.problemTexts())
                .contains(
                        "appendix.xlsx!'Phụ lục'!12:12: dòng bị ẩn trong tệp; vẫn được đọc — kiểm tra xem dòng này còn"
                                + " hiệu lực không")
                .contains("appendix.xlsx!'Phụ lục'!H1: cột H bị ẩn; vẫn được đọc")
                .contains("appendix.xlsx!'Phụ lục': 1 ô có công thức: đã đọc giá trị lưu trong tệp, không tính lại"
                        + " công thức");
    }

    @Test
    void theSummaryCountsAndPrintsBothLanguages() throws IOException {
        AppendixSummary s = reader.summarize(twoRowHeader());
        assertThat(s.items()).isEqualTo(5);
        assertThat(s.sections()).isEqualTo(2);
        assertThat(s.totals()).isEqualTo(1);
        assertThat(s.notes()).isEqualTo(1);
        assertThat(s.documents()).isEqualTo(1);
        assertThat(s.problems()).hasSize(s.errors() + s.warnings());
        assertThat(s.lines(Lang.VI)).contains("Nhiệm vụ đọc được: 5 (mục: 2, dòng tổng: 1, ghi chú: 1)");
        assertThat(s.lines(Lang.EN)).contains("Items read: 5 (sections: 2, totals rows: 1, notes: 1)");
    }

    @Test
    void headingsWithoutDiacriticsAndSheetsInOrderHiddenOnesReported() throws IOException {
        Path file = dir.resolve("khong-dau.xlsx");
        try (XlsxFixture x = new XlsxFixture(file)) {
            x.sheet("Huong dan").row(0, "Điền phụ lục vào trang sau.");
            x.sheet("Phu luc 1")
                    .row(
                            0,
                            "STT",
                            "Noi dung",
                            "Don vi chu tri",
                            "Don vi phoi hop",
                            "Tien do",
                            "San pham dau ra",
                            "Cap phe duyet")
                    .row(
                            1,
                            "1",
                            "Ban hành quy chế",
                            "Sở Tài chính",
                            "",
                            "Tháng 12/2021",
                            "Quyết định",
                            "UBND Thành phố");
            x.sheet("Phu luc 2")
                    .hiddenSheet()
                    .row(0, "TT", "Tên nhiệm vụ", "Cơ quan chủ trì", "Tiến độ")
                    .row(1, "1", "Tổng kết", "Sở Nội vụ", "Năm 2022");
        }
        Collected read = Collected.read(reader, file);
        assertThat(read.items())
                .extracting(i -> i.location().sheet().orElseThrow() + ":" + i.task())
                .containsExactly("Phu luc 1:Ban hành quy chế", "Phu luc 2:Tổng kết");
        assertThat(read.items().get(0).approvalLevel())
                .contains(org.civicplan.core.model.ApprovalLevel.PEOPLES_COMMITTEE);
        assertThat(read.problemTexts())
                .anySatisfy(
                        t -> assertThat(t).startsWith("khong-dau.xlsx!'Huong dan': trang tính không có dòng tiêu đề"))
                .contains("khong-dau.xlsx!'Phu luc 2': trang tính bị ẩn; vẫn được đọc — kiểm tra xem nội dung còn hiệu"
                        + " lực không");
    }
}
