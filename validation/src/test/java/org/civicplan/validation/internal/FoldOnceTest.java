package org.civicplan.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The shortcuts that let the calibrated rules fold an item's texts once agree with folding and matching
 * the whole text, on seeded random texts made of the pieces the expressions look for, written every way
 * (accents or none, capitals, decomposed accents, odd white space, a character of two code units).
 */
class FoldOnceTest {
    private static final String[] PIECES = {
        "Thời hạn",
        "thoi han",
        "THỜI HẠN",
        "Sản phẩm",
        "san pham",
        "Sa\u0309n pha\u0302\u0309m",
        "Báo cáo",
        "bao cao",
        "kết quả",
        "tình hình",
        "thực hiện",
        "triển khai",
        "Tiếp tục",
        "tăng cường",
        "các giải pháp",
        "Đầu tư",
        "Quyết định số 12/QĐ-UBND",
        "theo quy định",
        "nhiệm vụ",
        "xây dựng",
        "kế hoạch",
        ":",
        ",",
        ";",
        "-",
        ".",
        "(",
        " ",
        "  ",
        "\t",
        "\n",
        "\u00A0",
        "\u2003",
        "\u0301",
        "\uD834\uDD5E",
        "Ω",
        "đ",
        "5"
    };

    private static String text(Random random) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(12); i > 0; i--) {
            text.append(PIECES[random.nextInt(PIECES.length)]).append(random.nextInt(3) == 0 ? "" : " ");
        }
        return text.toString();
    }

    @Test
    void joinedFoldIsTheFoldOfTheJoinedText() {
        Random random = new Random(31);
        for (int n = 0; n < 30_000; n++) {
            String a = text(random);
            String b = random.nextInt(4) == 0 ? "" : text(random).strip();
            String expected = TaskReading.fold(a + " " + b);
            assertThat(Boilerplate.joinedFold(a, TaskReading.fold(a), b, TaskReading.fold(b)))
                    .as("%s | %s", a, b)
                    .isEqualTo(expected);
        }
    }

    @Test
    void foldedStartStartsAsTheFoldedLine() {
        Random random = new Random(37);
        int labelled = 0;
        for (int n = 0; n < 30_000; n++) {
            String line = text(random) + text(random) + text(random);
            String whole = TaskReading.fold(line);
            String start = Calibration.foldedStart(line);
            for (String label : new String[] {"thoi han", "san pham"}) {
                assertThat(start.startsWith(label)).as(line).isEqualTo(whole.startsWith(label));
                labelled += whole.startsWith(label) ? 1 : 0;
            }
        }
        assertThat(labelled).isGreaterThan(500);
    }

    private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9 ]+");
    private static final Pattern RESULTS_REPORT = Pattern.compile(
            "bao cao( (tinh hinh|ket qua|so ket|tong ket))+( (thuc hien|trien khai|trien khai thuc hien))?");

    @Test
    void genericProductAsTheExpressionAlone() {
        Random random = new Random(41);
        int generic = 0;
        for (int n = 0; n < 30_000; n++) {
            String text = random.nextBoolean() ? text(random) : "Báo cáo " + text(random);
            boolean expected = RESULTS_REPORT
                    .matcher(NON_WORD.matcher(TaskReading.fold(text))
                            .replaceAll(" ")
                            .strip())
                    .matches();
            assertThat(Boilerplate.genericProduct(text)).as(text).isEqualTo(expected);
            generic += expected ? 1 : 0;
        }
        assertThat(generic).isGreaterThan(100);
    }

    @Test
    void exhortationPreTestTurnsNoExhortationAway() {
        Random random = new Random(43);
        int exhortations = 0;
        String[] starts = {"Tiếp tục ", "Tăng cường, ", "thực hiện tốt ", "triển khai thực hiện ", "Quán triệt ", ""};
        String[] ends = {"các giải pháp", "các nhiệm vụ", "chính sách", "chỉ đạo", "các biện pháp"};
        for (int n = 0; n < 30_000; n++) {
            String title = starts[random.nextInt(starts.length)]
                    + (random.nextBoolean() ? text(random) : "")
                    + ends[random.nextInt(ends.length)];
            boolean expected = EXHORTATION_ONLY.matcher(TaskReading.fold(title)).find();
            assertThat(Boilerplate.exhortation(title)).as(title).isEqualTo(expected);
            exhortations += expected ? 1 : 0;
        }
        assertThat(exhortations).isGreaterThan(100);
    }

    /** Boilerplate's expression, copied: the pre-test must not change its answers. */
    private static final String DOING =
            "(thuc hien|trien khai|quan triet|dieu hanh|to chuc thuc hien|trien khai thuc hien)";

    private static final Pattern EXHORTATION_ONLY = Pattern.compile("^((tiep tuc|tap trung|chu dong|tang cuong|day manh"
            + "|khan truong|quyet liet),? )*" + DOING + "((,| va) " + DOING + ")*"
            + "( (tot|nghiem|nghiem tuc|dong bo|sau sac|linh hoat|hieu qua|co hieu qua|quyet liet),?)*"
            + "( va (the che hoa|cu the hoa))? (cac )?(giai phap|bien phap|nghi quyet|chu truong|chinh sach"
            + "|((?<=cac )nhiem vu(?=$|[,;.]| (duoc|nham|de|tren|theo|da)\\b)|chi dao(?![^;]*?(\\bso \\d|\\d+/)))"
            + "(?=[^;]*$))\\b");
}
