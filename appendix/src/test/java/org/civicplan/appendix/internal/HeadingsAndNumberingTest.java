package org.civicplan.appendix.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.civicplan.appendix.Field;
import org.civicplan.appendix.NumberStyle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeadingsAndNumberingTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "STT|NUMBER",
                "TT|NUMBER",
                "Nhiệm vụ|TASK",
                "Nội dung công việc|TASK",
                "Tên nhiệm vụ|TASK",
                "Cơ quan chủ trì|LEAD",
                "Đơn vị chủ trì|LEAD",
                "Chủ trì|LEAD",
                "CƠ QUAN, ĐƠN VỊ CHỦ TRÌ|LEAD",
                "Cơ quan phối hợp|COORDINATING",
                "Don vi phoi hop|COORDINATING",
                "Thời gian hoàn thành|DEADLINE",
                "Thời gian thực hiện|DEADLINE",
                "Tiến độ|DEADLINE",
                "Thời gian|DEADLINE",
                "THÁNG|DEADLINE",
                "Tháng|DEADLINE",
                "Sản phẩm|PRODUCT",
                "Kết quả, sản phẩm|PRODUCT",
                "Sản phẩm đầu ra|PRODUCT",
                "Cấp trình|APPROVAL",
                "Cấp phê duyệt|APPROVAL",
                "Ghi chú|NOTE",
                "Kinh phí (triệu đồng)|FUNDING",
                "Nguồn kinh phí|FUNDING_SOURCE",
                "Nguồn vốn|FUNDING_SOURCE"
            })
    void headingsAndTheirVariants(String heading, Field field) {
        assertThat(Headings.match(heading).field()).isEqualTo(field);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"Họ và tên", "Chức vụ", "''"})
    void otherTextIsNoHeading(String text) {
        assertThat(Headings.match(text)).isNull();
        assertThat(Headings.match("Phụ lục danh mục nhiệm vụ kèm theo kế hoạch số 186/KH-UBND ngày 26 tháng 7 năm 2021"
                        + " của Ủy ban nhân dân Thành phố"))
                .isNull();
    }

    /**
     * A bare "Tháng" heads the month column of a school's schedule (P1, Trường MN Đông Giang), but the
     * month columns of a timetable ("Tháng 9", "Tháng 10" …) and a month in a cell are no deadline
     * heading.
     */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"Tháng 9", "Tháng 10/2025", "6 tháng đầu năm", "Số tháng"})
    void aMonthIsNoDeadlineHeading(String text) {
        assertThat(Headings.match(text)).isNull();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "1|ARABIC", "2.|ARABIC", "1.1|DOTTED", "2.3.1|DOTTED", "a|LETTER", "b)|LETTER", "đ.|LETTER",
                "-|DASH", "–|DASH", "+|PLUS", "I|ROMAN", "IV.|ROMAN", "Phần II|ROMAN", "A|CAPITAL_LETTER",
                "B.|CAPITAL_LETTER", "''|NONE", "1a|OTHER"
            })
    void sttForms(String stt, NumberStyle style) {
        assertThat(Numbering.style(stt)).isEqualTo(style);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "I. NHIỆM VỤ CHUNG|I|NHIỆM VỤ CHUNG",
                "B. Các giải pháp|B|Các giải pháp",
                "Phần II: Tổ chức|Phần II|Tổ chức"
            })
    void sectionNumeralsAtTheStartOfAHeading(String text, String numeral, String heading) {
        assertThat(Numbering.sectionPrefix(text)).containsExactly(numeral, heading);
        assertThat(Numbering.sectionPrefix("Ban hành quy chế")).isNull();
    }
}
