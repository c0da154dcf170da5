package org.civicplan.core.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded generated inputs: any string gives a {@link Deadline} or an {@link InvalidPeriodException}
 * with a kind and both messages, nothing else; and phrases generated from the written forms read as
 * the dates they were built from. A failing seed reproduces with the seed in the test name.
 */
class PeriodReaderGeneratedTest {
    private static final String[] WORDS = {
        "trước",
        "ngày",
        "tháng",
        "quý",
        "quí",
        "năm",
        "chậm",
        "nhất",
        "trong",
        "đến",
        "hết",
        "từ",
        "giữa",
        "đầu",
        "cuối",
        "dịp",
        "hằng",
        "hàng",
        "định",
        "kỳ",
        "6",
        "giai",
        "đoạn",
        "định hướng",
        "tầm nhìn",
        "Tết",
        "Nguyên",
        "đán",
        "sau",
        "khi",
        "kể",
        "làm việc",
        "thứ Hai",
        "16h00",
        "giờ",
        "sáng",
        "và",
        "I",
        "II",
        "III",
        "IV",
        "2021",
        "2022",
        "2025",
        "2030",
        "15",
        "31",
        "12",
        "9",
        "1",
        "0",
        "99",
        "10000000000",
        "/",
        "-",
        ".",
        ",",
        ":",
        "(",
        ")",
        "  ",
        "\u00A0",
        "\u2013",
        "\u0301",
        "\uFEFF",
        "\uD83D\uDE00",
        "\u0000",
        "é",
        "ß",
        "İ",
        "ǅ"
    };

    static Stream<Long> seeds() {
        return IntStream.range(0, 200).mapToObj(i -> 0x5EED_0000L + i);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void anyStringGivesADeadlineOrAReason(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < 50; i++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(12);
            for (int w = 0; w < n; w++) {
                b.append(
                        random.nextInt(10) == 0
                                ? String.valueOf((char) random.nextInt(0x3000))
                                : WORDS[random.nextInt(WORDS.length)]);
                if (random.nextBoolean()) {
                    b.append(' ');
                }
            }
            String text = b.toString();
            ParseContext ctx = random.nextBoolean()
                    ? ParseContext.none()
                    : ParseContext.documentDated(
                            LocalDate.of(1990 + random.nextInt(60), 1 + random.nextInt(12), 1 + random.nextInt(28)));
            try {
                Deadline d = PeriodReader.read(text, ctx);
                assertThat(d.text()).isEqualTo(text);
                assertThat(d.code()).isNotBlank();
                if (d instanceof Deadline.Dated dated
                        && dated.start().isPresent()
                        && dated.end().isPresent()) {
                    assertThat(dated.end().get()).isAfterOrEqualTo(dated.start().get());
                }
            } catch (InvalidPeriodException e) {
                assertThat(e.kind()).isNotNull();
                assertThat(e.text().vi()).isNotBlank();
                assertThat(e.text().en()).isNotBlank();
            } catch (RuntimeException e) {
                fail("seed " + seed + ", input \"" + text + "\" threw " + e, e);
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void generatedPhrasesReadAsTheDatesTheyWereBuiltFrom(long seed) {
        Random random = new Random(seed);
        String[] roman = {"I", "II", "III", "IV"};
        String[] sep = {"/", "-", "."};
        for (int i = 0; i < 20; i++) {
            int year = 2019 + random.nextInt(12);
            int month = 1 + random.nextInt(12);
            int day = 1 + random.nextInt(YearMonth.of(year, month).lengthOfMonth());
            LocalDate date = LocalDate.of(year, month, day);
            String s = sep[random.nextInt(sep.length)];
            String dd = (random.nextBoolean() && day < 10 ? "0" : "") + day;
            String mm = (random.nextBoolean() && month < 10 ? "0" : "") + month;
            String written = dd + s + mm + s + year;

            assertThat(PeriodReader.read("chậm nhất ngày " + written).deadline())
                    .as(written)
                    .contains(date);
            assertThat(PeriodReader.read("Trước  ngày " + written).code()).isEqualTo("before .." + date);
            assertThat(PeriodReader.read("ngày " + day + " tháng " + month + " năm " + year)
                            .code())
                    .isEqualTo("on " + date);
            assertThat(PeriodReader.read("trong tháng " + mm + "/" + year).code())
                    .isEqualTo("during " + YearMonth.of(year, month));
            int q = 1 + random.nextInt(4);
            assertThat(PeriodReader.read("vào quý " + roman[q - 1] + "/" + year).deadline())
                    .contains(YearMonth.of(year, q * 3).atEndOfMonth());
            LocalDate later = date.plusDays(1 + random.nextInt(200));
            assertThat(PeriodReader.read("từ ngày " + day + "/" + month + "/" + year + " đến ngày "
                                    + later.getDayOfMonth() + "/" + later.getMonthValue() + "/" + later.getYear())
                            .deadline())
                    .contains(later);
            int from = year - random.nextInt(5);
            assertThat(PeriodReader.read("giai đoạn " + from + " - " + (year + 1))
                            .period())
                    .contains(Period.years(from, year + 1));
            // without the year, the document's date supplies it and the reading says so
            ParseContext doc = ParseContext.documentDated(date.minusDays(random.nextInt(60)));
            Deadline noYear = PeriodReader.read("trước ngày " + day + "/" + month, doc);
            assertThat(noYear.deadline()).contains(date);
            assertThat(((Deadline.Dated) noYear).yearInferred()).isTrue();
        }
    }
}
