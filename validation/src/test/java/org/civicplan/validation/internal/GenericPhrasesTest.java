package org.civicplan.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GenericPhrasesTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Triển khai thực hiện|true",
                "Tăng cường|true",
                "ĐẨY MẠNH!|true",
                "Tiếp tục đẩy mạnh triển khai thực hiện Chương trình|true",
                "Nâng cao nhận thức|true",
                "Day manh ung dung|true",
                "Tăng cường 3 đợt kiểm tra|false",
                "Đẩy mạnh ứng dụng công nghệ thông tin trong quản lý hồ sơ|false",
                "Xây dựng Đề án hỗ trợ khởi nghiệp|false",
                "Thực hiện|true",
                "Thực hiện chuyển đổi số 100% hồ sơ|false",
                "' '|false"
            })
    void heuristic(String text, boolean generic) {
        assertThat(GenericPhrases.isGeneric(text)).as(text).isEqualTo(generic);
    }

    @Test
    void quickCharacterClassesAgreeWithCharacter() {
        for (int c = 0; c <= 0xFFFF; c++) {
            assertThat(GenericPhrases.isDigit((char) c)).as("digit U+%04X", c).isEqualTo(Character.isDigit((char) c));
            assertThat(GenericPhrases.isWhitespace((char) c))
                    .as("white space U+%04X", c)
                    .isEqualTo(Character.isWhitespace((char) c));
        }
    }
}
