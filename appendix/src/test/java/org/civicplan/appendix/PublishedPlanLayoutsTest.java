package org.civicplan.appendix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.civicplan.appendix.DocxFixture.c;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.civicplan.appendix.DocxFixture.Cell;
import org.civicplan.core.CivicPlanException;
import org.civicplan.core.Lang;
import org.civicplan.core.docref.DocumentRef;
import org.civicplan.core.period.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Appendix tables of state decisions, from full texts kept in public repositories (SOURCES.md,
 * "Session 5, second search", layouts G1, G2 and P3): header words, column order, section rows and
 * STT forms as transcribed there, a few rows' cells copied exactly (short extracts); the expectations
 * are labelled by hand. The unit directory is the tests' city directory, so ministries are unknown
 * to it: that is part of what is checked.
 */
class PublishedPlanLayoutsTest {
    private final AppendixReader reader = new AppendixReader(Units.directory());

    @TempDir
    Path dir;

    /** The "Kèm theo" line of both appendices of Nghị quyết 03/NQ-CP as transcribed (number left blank). */
    static final String KEM_THEO =
            "(Kèm theo Chương trình hành động tại Nghị quyết số  /NQ-CP ngày 01 tháng 01 năm 2025 của Chính phủ)";

    /** G2: Nghị quyết 03/NQ-CP, Phụ lục I, the section row and three of its indicators. */
    void phuLucI(DocxFixture d) {
        d.paragraph("PHỤ LỤC I").paragraph("DANH MỤC CÁC CHỈ TIÊU CỤ THỂ").paragraph(KEM_THEO);
        d.table(
                new Cell[] {c("TT"), c("Chỉ tiêu"), c("Đơn vị"), c("Kết quả"), c("Cơ quan chủ trì theo dõi, đánh giá")},
                new Cell[] {c("I"), c("Đến năm 2030"), c(""), c(""), c("")},
                new Cell[] {
                    c("1"),
                    c("Tiềm lực, trình độ khoa học, công nghệ và đổi mới sáng tạo"),
                    c("Thứ bậc"),
                    c("Đạt mức tiên tiến ở nhiều lĩnh vực quan trọng, thuộc nhóm dẫn đầu trong các nước có thu nhập"
                            + " trung bình cao"),
                    c("Bộ Khoa học và Công nghệ")
                },
                new Cell[] {
                    c("4"),
                    c("Xếp hạng năng lực cạnh tranh số"),
                    c("Thứ bậc"),
                    c("≤ 3 Đông Nam Á; ≤ 50 Thế giới"),
                    c("Bộ Thông tin và Truyền thông")
                },
                new Cell[] {
                    c("7"),
                    c("Số doanh nghiệp công nghệ số ngang tầm các nước tiên tiến"),
                    c("Doanh nghiệp"),
                    c("≥ 5"),
                    c("Bộ Thông tin và Truyền thông")
                });
    }

    /**
     * G1: Nghị quyết 03/NQ-CP, Phụ lục II: its three first sections and eleven of its 75+ tasks, picked
     * for their cell forms (several units in a cell, collectives, every deadline form, empty cells).
     */
    void phuLucII(DocxFixture d) {
        d.paragraph("PHỤ LỤC II")
                .paragraph("DANH MỤC CÁC NHIỆM VỤ TRIỂN KHAI CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA CHÍNH PHỦ THỰC HIỆN NGHỊ QUYẾT"
                        + " SỐ 57-NQ/TW NGÀY 22 THÁNG 12 NĂM 2024 CỦA BỘ CHÍNH TRỊ VỀ ĐỘT PHÁT TRIỂN KHOA HỌC, CÔNG"
                        + " NGHỆ, ĐỔI MỚI SÁNG TẠO VÀ CHUYỂN ĐỔI SỐ QUỐC GIA")
                .paragraph(KEM_THEO);
        d.table(
                new Cell[] {
                    c("TT"),
                    c("Tên nhiệm vụ"),
                    c("Cơ quan chủ trì"),
                    c("Cơ quan phối hợp"),
                    c("Kết quả"),
                    c("Thời gian hoàn thành")
                },
                new Cell[] {
                    c("I."),
                    c("Nâng cao nhận thức, đột phá về đổi mới tư duy, xác định quyết tâm chính trị mạnh mẽ, quyết liệt"
                            + " lãnh đạo, chỉ đạo, tạo xung lực mới, khí thế mới trong toàn xã hội về phát triển khoa"
                            + " học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia"),
                    c(""),
                    c(""),
                    c(""),
                    c("")
                },
                new Cell[] {
                    c("1."),
                    c("Xây dựng, trình Thủ tướng Chính phủ ban hành và tổ chức triển khai chương trình tuyên truyền"
                            + " thường xuyên, sâu rộng về nội dung Nghị quyết 57-NQ/TW theo hướng: đa dạng hóa các hình"
                            + " thức, cụ thể hóa nội dung và có mục tiêu cụ thể."),
                    c("Bộ Thông tin và Truyền thông"),
                    c("Ban Tuyên giáo Trung ương; các bộ, ngành, địa phương; VTV, VOV, TTXVN"),
                    c("Quyết định của Thủ tướng Chính phủ"),
                    c("6/2025")
                },
                new Cell[] {
                    c("2."),
                    c("Xây dựng chương trình chuyên biệt về khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số trên"
                            + " truyền hình, phát thanh và mạng xã hội."),
                    c("VTV, VOV, TTXVN, các địa phương"),
                    c("Bộ Khoa học và Công nghệ, Bộ Thông tin và Truyền thông"),
                    c("Chương trình"),
                    c("Thường xuyên")
                },
                new Cell[] {
                    c("7."),
                    c("Xây dựng kế hoạch triển khai Chương trình hành động của Chính phủ."),
                    c("Các bộ, ngành, địa phương"),
                    c(""),
                    c("Kế hoạch của các bộ, ngành, địa phương"),
                    c("01/2025")
                },
                new Cell[] {
                    c("8."),
                    c("Xây dựng, ban hành văn bản làm rõ định nghĩa, nội hàm, lượng hóa các khái niệm mới trong Nghị"
                            + " quyết số 57-NQ/TW để thống nhất nhận thức và tổ chức triển khai, thực hiện."),
                    c("Bộ Thông tin và Truyền thông Bộ Khoa học và Công nghệ"),
                    c(""),
                    c("Văn bản hướng dẫn"),
                    c("03/2025")
                },
                new Cell[] {
                    c("9."),
                    c("Phấn đấu bố trí tỷ lệ phù hợp cán bộ có chuyên môn, kinh nghiệm về khoa học kỹ thuật trong đội"
                            + " ngũ lãnh đạo từng cơ quan, đơn vị nhà nước."),
                    c("Bộ, ngành, địa phương"),
                    c(""),
                    c("Có tỷ lệ phù hợp cán bộ có chuyên môn về khoa học kỹ thuật trong đội ngũ lãnh đạo"),
                    c("Nhiệm vụ thường xuyên")
                },
                new Cell[] {
                    c("II."),
                    c("Khẩn trương, quyết liệt hoàn thiện thể chế; xoá bỏ mọi tư tưởng, quan niệm, rào cản đang cản"
                            + " trở sự phát triển; đưa thể chế thành một lợi thế cạnh tranh trong phát triển khoa học,"
                            + " công nghệ, đổi mới sáng tạo và chuyển đổi số"),
                    c(""),
                    c(""),
                    c(""),
                    c("")
                },
                new Cell[] {
                    c("16."),
                    c("Dự án Luật sửa đổi, bổ sung một số điều của Luật Chất lượng sản phẩm, hàng hóa"),
                    c("Bộ Khoa học và Công nghệ"),
                    c("Các bộ, ngành và địa phương"),
                    c("Luật của Quốc hội"),
                    c("Tháng 10/2025")
                },
                new Cell[] {
                    c("42."),
                    c("Đề án huy động hạ tầng viễn thông, hạ tầng số dùng chung phục vụ yêu cầu, nhiệm vụ quốc"
                            + " phòng, an ninh."),
                    c("Bộ Công an"),
                    c("Bộ Quốc phòng"),
                    c(""),
                    c("")
                },
                new Cell[] {
                    c("III."),
                    c("Tăng cường đầu tư, hoàn thiện hạ tầng cho khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi"
                            + " số quốc gia"),
                    c(""),
                    c(""),
                    c(""),
                    c("")
                },
                new Cell[] {
                    c("47."),
                    c("Đề án đầu tư năng lực cho các tổ chức nghiên cứu phát triển công lập."),
                    c("Bộ Khoa học và Công nghệ"),
                    c("Bộ Kế hoạch và Đầu tư, các bộ, ngành"),
                    c("Quyết định của Thủ tướng Chính phủ"),
                    c("2025 - 2026")
                },
                new Cell[] {
                    c("49."),
                    c("Bố trí ít nhất 15% ngân sách nhà nước chi sự nghiệp khoa học và công nghệ phục vụ nghiên cứu"
                            + " công nghệ chiến lược"),
                    c("Bộ Tài chính"),
                    c("Bộ Khoa học và Công nghệ, các bộ, ngành, địa phương"),
                    c("Nghị quyết của Quốc hội, Quyết định của Thủ tướng Chính phủ"),
                    c("Hằng năm")
                },
                new Cell[] {
                    c("61."),
                    c("Xây dựng, ban hành danh mục các chương trình, nhiệm vụ, dự án về hợp tác công tư trong phát"
                            + " triển hạ tầng số"),
                    c("Bộ Thông tin và Truyền thông"),
                    c("Các bộ, ngành"),
                    c(""),
                    c("hằng năm")
                },
                new Cell[] {
                    c("72."),
                    c("Hoàn thành kết nối, khai thác, chia sẻ hiệu quả dữ liệu; triển khai các sáng kiến mở dữ liệu"),
                    c("Các bộ, ngành, địa phương"),
                    c("Bộ Thông tin và Truyền thông"),
                    c("Hoàn thành kết nối"),
                    c("2025-2026")
                });
    }

    /** The resolution's two appendices in one Word file, as published: the indicators, then the tasks. */
    Path resolution() throws IOException {
        Path file = dir.resolve("nq-03-nq-cp-2025.docx");
        try (DocxFixture d = new DocxFixture(file)) {
            phuLucI(d);
            phuLucII(d);
        }
        return file;
    }

    private static AppendixItem numbered(List<AppendixItem> items, String number) {
        return items.stream()
                .filter(i -> i.number().equals(number))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no item " + number));
    }

    @Test
    void g1TheTaskTableIsFoundByItsSixHeadingsAsPublished() throws IOException {
        Collected read = Collected.read(reader, resolution());
        // one appendix table: Phụ lục II; "Kết quả" is the product column, placed before the deadline
        assertThat(read.tables).singleElement().satisfies(t -> {
            assertThat(t.headings())
                    .containsExactly(
                            "TT",
                            "Tên nhiệm vụ",
                            "Cơ quan chủ trì",
                            "Cơ quan phối hợp",
                            "Kết quả",
                            "Thời gian hoàn thành");
            assertThat(t.columns())
                    .containsExactlyInAnyOrderEntriesOf(Map.of(
                            Field.NUMBER, 0,
                            Field.TASK, 1,
                            Field.LEAD, 2,
                            Field.COORDINATING, 3,
                            Field.PRODUCT, 4,
                            Field.DEADLINE, 5));
            assertThat(t.location().describe(Lang.VI)).isEqualTo("nq-03-nq-cp-2025.docx: bảng 2, dòng 1");
        });
    }

    @Test
    void g1TheRomanRowsAreSectionsAndTheItemsKeepTheirNumbersAsWritten() throws IOException {
        Collected read = Collected.read(reader, resolution());
        // the section rows are not merged across: "I." in the TT cell, the heading in the task cell
        assertThat(read.sections()).extracting(AppendixRow.Section::numeral).containsExactly("I", "II", "III");
        assertThat(read.sections()).extracting(AppendixRow.Section::style).containsOnly(NumberStyle.ROMAN);
        assertThat(read.sections().get(1).heading())
                .startsWith("Khẩn trương, quyết liệt hoàn thiện thể chế; xoá bỏ mọi tư tưởng")
                .endsWith("đổi mới sáng tạo và chuyển đổi số");
        List<AppendixItem> items = read.items();
        // the numbering runs on across sections (16 follows 9), each number written with its dot
        assertThat(items)
                .extracting(AppendixItem::number)
                .containsExactly("1.", "2.", "7.", "8.", "9.", "16.", "42.", "47.", "49.", "61.", "72.");
        assertThat(items).extracting(AppendixItem::numberStyle).containsOnly(NumberStyle.ARABIC);
        assertThat(items)
                .extracting(i -> i.section().orElse(""))
                .containsExactly("I", "I", "I", "I", "I", "II", "II", "III", "III", "III", "III");
        assertThat(numbered(items, "16.").task())
                .isEqualTo("Dự án Luật sửa đổi, bổ sung một số điều của Luật Chất lượng sản phẩm, hàng hóa");
        assertThat(numbered(items, "16.").product()).isEqualTo("Luật của Quốc hội");
        assertThat(numbered(items, "42.").product()).isEmpty();
        // the resolution the tasks cite is found in their text
        assertThat(numbered(items, "1.").documents())
                .extracting(DocumentRef::symbol)
                .containsExactly("57-NQ/TW");
        assertThat(numbered(items, "8.").documents())
                .extracting(DocumentRef::symbol)
                .containsExactly("57-NQ/TW");
        assertThat(read.summary.sections()).isEqualTo(3);
        assertThat(read.summary.items()).isEqualTo(11);
        assertThat(read.summary.totals()).isZero();
    }

    @Test
    void g1TheUnitsAreReadAsWrittenMinistriesUnknownToACityDirectoryAndCollectivesNamed() throws IOException {
        List<AppendixItem> items = Collected.read(reader, resolution()).items();
        assertThat(numbered(items, "1.").lead()).singleElement().satisfies(m -> {
            assertThat(m.written()).isEqualTo("Bộ Thông tin và Truyền thông");
            assertThat(m.status()).isEqualTo(UnitMention.Status.UNKNOWN);
        });
        // "; " and ", " both separate the coordinating units; the collective is told apart
        assertThat(numbered(items, "1.").coordinating())
                .extracting(UnitMention::written, UnitMention::status)
                .containsExactly(
                        tuple("Ban Tuyên giáo Trung ương", UnitMention.Status.UNKNOWN),
                        tuple("các bộ, ngành, địa phương", UnitMention.Status.COLLECTIVE),
                        tuple("VTV", UnitMention.Status.UNKNOWN),
                        tuple("VOV", UnitMention.Status.UNKNOWN),
                        tuple("TTXVN", UnitMention.Status.UNKNOWN));
        // a lead cell naming four: kept as four, in order (one lead per task is for a person to settle)
        assertThat(numbered(items, "2.").lead())
                .extracting(UnitMention::written)
                .containsExactly("VTV", "VOV", "TTXVN", "các địa phương");
        assertThat(numbered(items, "7.").lead())
                .extracting(UnitMention::written, UnitMention::status)
                .containsExactly(tuple("Các bộ, ngành, địa phương", UnitMention.Status.COLLECTIVE));
        assertThat(numbered(items, "9.").lead())
                .extracting(UnitMention::status)
                .containsExactly(UnitMention.Status.COLLECTIVE);
        assertThat(numbered(items, "47.").coordinating())
                .extracting(UnitMention::written)
                .containsExactly("Bộ Kế hoạch và Đầu tư", "các bộ, ngành");
    }

    @Test
    void g1TwoMinistriesWrittenWithoutASeparatorAreOneUnknownNameLocatedForAPersonToSplit() throws IOException {
        // the transcription writes item 8's lead as one line (the PDF likely had two): nothing tells
        // where one name ends, so it is kept whole and reported at its cell
        Collected read = Collected.read(reader, resolution());
        assertThat(numbered(read.items(), "8.").lead())
                .extracting(UnitMention::written)
                .containsExactly("Bộ Thông tin và Truyền thông Bộ Khoa học và Công nghệ");
        assertThat(read.problemTexts())
                .contains("nq-03-nq-cp-2025.docx: bảng 2, dòng 6, cột \"Cơ quan chủ trì\": không có đơn vị"
                        + " \"Bộ Thông tin và Truyền thông Bộ Khoa học và Công nghệ\" trong danh mục đơn vị — thêm đơn vị"
                        + " vào danh mục hoặc sửa tên");
    }

    @Test
    void g1TheDeadlinesInTheirPublishedFormsAreAllRead() throws IOException {
        Collected read = Collected.read(reader, resolution());
        List<AppendixItem> items = read.items();
        assertThat(items)
                .extracting(i -> i.deadline().written())
                .containsExactly(
                        "6/2025",
                        "Thường xuyên",
                        "01/2025",
                        "03/2025",
                        "Nhiệm vụ thường xuyên",
                        "Tháng 10/2025",
                        "",
                        "2025 - 2026",
                        "Hằng năm",
                        "hằng năm",
                        "2025-2026");
        assertThat(items)
                .extracting(i -> i.deadline().period().map(Period::code).orElse("-"))
                .containsExactly(
                        "2025-06",
                        "ongoing",
                        "2025-01",
                        "2025-03",
                        "ongoing",
                        "2025-10",
                        "-",
                        "2025-2026",
                        "yearly",
                        "yearly",
                        "2025-2026");
        // "Nhiệm vụ thường xuyên" ("an ongoing task") is read as ongoing, like "Thường xuyên"
        assertThat(numbered(items, "9.").deadline().problem()).isEmpty();
        assertThat(read.problemTexts()).noneSatisfy(p -> assertThat(p).contains("\"Nhiệm vụ thường xuyên\""));
        // item 42 has neither product nor deadline in the published table: empty, not a problem
        assertThat(numbered(items, "42.").deadline().isEmpty()).isTrue();
        assertThat(read.summary.deadlines()).isEqualTo(new AppendixSummary.DeadlineCounts(10, 0, 1));
        assertThat(read.summary.errors()).isEqualTo(0);
    }

    @Test
    void g2TheIndicatorTableBeforeTheTasksIsSkippedWithAWarningAtItsTable() throws IOException {
        // Phụ lục I lists indicators (Chỉ tiêu | Đơn vị | Kết quả | Cơ quan chủ trì theo dõi, đánh giá):
        // no task column, so it is not read as tasks; the reader says which table it passed over
        Collected read = Collected.read(reader, resolution());
        assertThat(read.problems)
                .filteredOn(p -> p.location().describe(Lang.VI).equals("nq-03-nq-cp-2025.docx: bảng 1"))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.severity()).isEqualTo(Problem.Severity.WARNING);
                    assertThat(p.text(Lang.VI)).contains("bảng không có dòng tiêu đề của bảng phụ lục nên được bỏ qua");
                    assertThat(p.text(Lang.EN)).contains("the table has no appendix header row, so it is skipped");
                });
        assertThat(read.items()).noneMatch(i -> i.task().startsWith("Xếp hạng năng lực cạnh tranh số"));
    }

    @Test
    void g2TheIndicatorAppendixAloneIsRefusedWithTheHeadingsLookedFor() throws IOException {
        Path file = dir.resolve("nq-03-phu-luc-i.docx");
        try (DocxFixture d = new DocxFixture(file)) {
            phuLucI(d);
        }
        assertThatThrownBy(() -> reader.summarize(file))
                .isInstanceOf(UnableToReadAppendixException.class)
                .hasMessageContaining("nq-03-phu-luc-i.docx: no appendix table found")
                .satisfies(e -> assertThat(((CivicPlanException) e).getMessage(Lang.VI))
                        .startsWith("nq-03-phu-luc-i.docx: không tìm thấy bảng phụ lục")
                        .contains("Nhiệm vụ (Nhiệm vụ / Nội dung / Tên nhiệm vụ"));
    }

    /**
     * P3: Quyết định 518/QĐ-UBND ngày 23/02/2023 của UBND tỉnh Bình Định, "PHỤ LỤC 02: DANH MỤC DỰ ÁN
     * VÀ KẾ HOẠCH VỐN NĂM 2023 ...": S TT | Danh mục dự án/ Cơ quan, đơn vị, địa phương thực hiện |
     * Kế hoạch vốn năm 2023 | Ghi chú; the total first, then each unit as a Roman row over its
     * projects. A capital allocation, not a task table: the unit is the section, no column names it.
     */
    @Test
    void p3AProvincialCapitalAllocationWithUnitsAsSectionsIsRefusedWithTheHeadingsLookedFor() throws IOException {
        Path file = dir.resolve("qd-518-ubnd-binh-dinh.docx");
        try (DocxFixture d = new DocxFixture(file)) {
            d.paragraph("PHỤ LỤC 02:")
                    .paragraph("DANH MỤC DỰ ÁN VÀ KẾ HOẠCH VỐN NĂM 2023 THỰC HIỆN ĐỀ ÁN NÂNG CAO NĂNG LỰC HOẠT ĐỘNG HỆ"
                            + " THỐNG Y TẾ CƠ SỞ CỦA TỈNH BÌNH ĐỊNH GIAI ĐOẠN 2022-2025")
                    .paragraph("ĐVT: triệu đồng");
            d.table(
                    new Cell[] {
                        c("S TT"),
                        c("Danh mục dự án/ Cơ quan, đơn vị, địa phương thực hiện"),
                        c("Kế hoạch vốn năm 2023"),
                        c("Ghi chú")
                    },
                    new Cell[] {c(""), c("TỔNG SỐ"), c("50.000"), c("")},
                    new Cell[] {c("I"), c("SỞ Y TẾ"), c("14.000"), c("")},
                    new Cell[] {
                        c("1"),
                        c("Trung tâm Y tế thành phố Quy Nhơn: Xây dựng mới Khoa Kiểm soát bệnh tật, HIV/AIDS, An toàn"
                                + " thực phẩm và Phòng Dân số - Truyền thông và giáo dục sức khỏe (xây dựng tại địa điểm"
                                + " mới)"),
                        c("8.000"),
                        c("")
                    },
                    new Cell[] {c("II"), c("THÀNH PHỐ QUY NHƠN"), c("2.000"), c("")},
                    new Cell[] {c("1"), c("Xây dựng mới Trạm y tế xã Nhơn Châu"), c("1.200"), c("")});
        }
        assertThatThrownBy(() -> reader.summarize(file))
                .isInstanceOf(UnableToReadAppendixException.class)
                .hasMessageContaining("qd-518-ubnd-binh-dinh.docx: no appendix table found")
                .satisfies(e -> assertThat(((CivicPlanException) e).getMessage(Lang.VI))
                        .startsWith("qd-518-ubnd-binh-dinh.docx: không tìm thấy bảng phụ lục")
                        .contains("Cơ quan chủ trì (Cơ quan chủ trì / Đơn vị chủ trì"));
    }
}
