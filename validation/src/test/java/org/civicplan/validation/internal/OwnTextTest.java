package org.civicplan.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A row's own content ({@link Calibration#own}) and its lines, worked out without regular
 * expressions, are what the split on {@code \R} and the folding of every line gave: on seeded
 * generated texts of line breaks of every kind, labels with and without diacritics, and other lines.
 */
class OwnTextTest {
    private static final String[] PIECES = {
        "\n",
        "\r\n",
        "\r",
        "\u000B",
        "\f",
        "\u0085",
        "\u2028",
        "\u2029",
        " ",
        "  ",
        "Thời hạn: Quý III/2021",
        "THỜI HẠN",
        "thoi han",
        "Thoi",
        "Sản phẩm: Báo cáo",
        "san pham",
        "Sa",
        "Triển khai thực hiện",
        "Tổ chức hội thảo",
        "Đầu tư",
        "xây dựng",
        "T",
        "s",
        "\u00A0",
        "\tThời hạn",
        "Tho\u0300i hạn",
        "a",
        ";",
        "2021"
    };

    @Test
    void linesAreThoseOfTheSplitOnLineBreaks() {
        Random random = new Random(17);
        for (int n = 0; n < 20_000; n++) {
            String text = text(random);
            assertThat(Calibration.lines(text)).as(escaped(text)).containsExactly(text.split("\\R"));
        }
    }

    @Test
    void ownContentIsThatOfFoldingEveryLine() {
        Random random = new Random(18);
        for (int n = 0; n < 20_000; n++) {
            String text = text(random);
            assertThat(Calibration.own(text)).as(escaped(text)).isEqualTo(reference(text));
        }
        assertThat(Calibration.own("Thời hạn: Quý III/2021")).isEmpty();
        assertThat(Calibration.own("Triển khai; Thời hạn: Quý III")).isEqualTo("Triển khai; Thời hạn: Quý III");
        assertThat(Calibration.own("Triển khai\nSản phẩm: Báo cáo\nhội thảo")).isEqualTo("Triển khai\nhội thảo");
    }

    /** What {@link Calibration#own} was: a split on {@code \R}, every line folded. */
    private static String reference(String content) {
        StringBuilder out = new StringBuilder();
        for (String line : content.split("\\R")) {
            String folded = TaskReading.fold(line);
            if (!folded.startsWith("thoi han") && !folded.startsWith("san pham")) {
                out.append(line).append('\n');
            }
        }
        return out.toString().strip();
    }

    private static String text(Random random) {
        StringBuilder text = new StringBuilder();
        int pieces = random.nextInt(7);
        for (int i = 0; i < pieces; i++) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return text.toString();
    }

    private static String escaped(String text) {
        return Arrays.toString(text.chars().toArray());
    }
}
