package org.civicplan.core.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.fail;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.civicplan.core.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class PeriodParserTest {

    private static final String EXAMPLES = "\"Quý III/2021\", \"6 tháng đầu năm 2021\", \"Tháng 7/2021\", \"Năm 2022\","
            + " \"2021-2025\", \"Trước 26/7/2021\", \"Hằng năm\", \"Thường xuyên\"";

    /** What officials type, each with the value it must read as. */
    static Stream<Arguments> accepted() {
        LocalDate jul26 = LocalDate.of(2021, 7, 26);
        return Stream.of(
                // quarters
                Arguments.of("Quý III/2021", Period.quarter(2021, 3)),
                Arguments.of("Quý 3/2021", Period.quarter(2021, 3)),
                Arguments.of("Quý III năm 2021", Period.quarter(2021, 3)),
                Arguments.of("Quý 3 năm 2021", Period.quarter(2021, 3)),
                Arguments.of("Q3/2021", Period.quarter(2021, 3)),
                Arguments.of("q3/2021", Period.quarter(2021, 3)),
                Arguments.of("quy iii/2021", Period.quarter(2021, 3)),
                Arguments.of("QUÝ III/2021", Period.quarter(2021, 3)),
                Arguments.of("Quí III/2021", Period.quarter(2021, 3)),
                Arguments.of("Quý I/2020", Period.quarter(2020, 1)),
                Arguments.of("Quý II/2022", Period.quarter(2022, 2)),
                Arguments.of("Quý IV/2023", Period.quarter(2023, 4)),
                Arguments.of("Quý 4/2023", Period.quarter(2023, 4)),
                Arguments.of("2021-Q3", Period.quarter(2021, 3)),
                Arguments.of("2021-q1", Period.quarter(2021, 1)),
                Arguments.of("Q3 2021", Period.quarter(2021, 3)),
                Arguments.of("Quý III-2021", Period.quarter(2021, 3)),
                // half-years
                Arguments.of("6 tháng đầu năm 2021", Period.firstHalf(2021)),
                Arguments.of("6 tháng cuối năm 2021", Period.secondHalf(2021)),
                Arguments.of("Sáu tháng đầu năm 2021", Period.firstHalf(2021)),
                Arguments.of("Sáu tháng cuối năm 2024", Period.secondHalf(2024)),
                Arguments.of("6 THÁNG ĐẦU NĂM 2021", Period.firstHalf(2021)),
                Arguments.of("2021-H1", Period.firstHalf(2021)),
                Arguments.of("2021-H2", Period.secondHalf(2021)),
                Arguments.of("2021-h2", Period.secondHalf(2021)),
                Arguments.of("H1 2021", Period.firstHalf(2021)),
                Arguments.of("6 tháng cuối 2021", Period.secondHalf(2021)),
                // months
                Arguments.of("Tháng 7/2021", Period.month(2021, 7)),
                Arguments.of("Tháng 07/2021", Period.month(2021, 7)),
                Arguments.of("Tháng 7 năm 2021", Period.month(2021, 7)),
                Arguments.of("tháng 12/2021", Period.month(2021, 12)),
                Arguments.of("07/2021", Period.month(2021, 7)),
                Arguments.of("7/2021", Period.month(2021, 7)),
                Arguments.of("2021-07", Period.month(2021, 7)),
                Arguments.of("2021-12", Period.month(2021, 12)),
                Arguments.of("Tháng 1/2022", Period.month(2022, 1)),
                Arguments.of("July 2021", Period.month(2021, 7)),
                Arguments.of("february 2024", Period.month(2024, 2)),
                // years
                Arguments.of("Năm 2022", Period.year(2022)),
                Arguments.of("năm 2022", Period.year(2022)),
                Arguments.of("2022", Period.year(2022)),
                Arguments.of("Năm 1900", Period.year(1900)),
                Arguments.of("2200", Period.year(2200)),
                // multi-years
                Arguments.of("2021-2025", Period.years(2021, 2025)),
                Arguments.of("2021 - 2025", Period.years(2021, 2025)),
                Arguments.of("Giai đoạn 2021 - 2025", Period.years(2021, 2025)),
                Arguments.of("giai doan 2021-2025", Period.years(2021, 2025)),
                Arguments.of("2021–2025", Period.years(2021, 2025)),
                Arguments.of("2021 – 2025", Period.years(2021, 2025)),
                Arguments.of("Giai đoạn 2026-2030", Period.years(2026, 2030)),
                Arguments.of("2021-2022", Period.years(2021, 2022)),
                // before a date
                Arguments.of("Trước 26/7/2021", new Period.Before(jul26)),
                Arguments.of("Trước ngày 26/7/2021", new Period.Before(jul26)),
                Arguments.of("trước ngày 26/07/2021", new Period.Before(jul26)),
                Arguments.of("truoc 26/7/2021", new Period.Before(jul26)),
                Arguments.of("TRƯỚC NGÀY 26/7/2021", new Period.Before(jul26)),
                Arguments.of("Trước ngày 26 tháng 7 năm 2021", new Period.Before(jul26)),
                Arguments.of("before-2021-07-26", new Period.Before(jul26)),
                Arguments.of("Before 26/07/2021", new Period.Before(jul26)),
                Arguments.of("Trước 31/12/2025", new Period.Before(LocalDate.of(2025, 12, 31))),
                // single dates
                Arguments.of("26/7/2021", new Period.OnDate(jul26)),
                Arguments.of("26/07/2021", new Period.OnDate(jul26)),
                Arguments.of("Ngày 26/7/2021", new Period.OnDate(jul26)),
                Arguments.of("ngày 26 tháng 7 năm 2021", new Period.OnDate(jul26)),
                Arguments.of("2021-07-26", new Period.OnDate(jul26)),
                Arguments.of("29/02/2024", new Period.OnDate(LocalDate.of(2024, 2, 29))),
                Arguments.of("1/1/2022", new Period.OnDate(LocalDate.of(2022, 1, 1))),
                // recurring, ongoing
                Arguments.of("Hằng năm", new Period.Yearly()),
                Arguments.of("Hàng năm", new Period.Yearly()),
                Arguments.of("hang nam", new Period.Yearly()),
                Arguments.of("HẰNG NĂM", new Period.Yearly()),
                Arguments.of("yearly", new Period.Yearly()),
                Arguments.of("Yearly", new Period.Yearly()),
                Arguments.of("Thường xuyên", new Period.Ongoing()),
                Arguments.of("thuong xuyen", new Period.Ongoing()),
                Arguments.of("ongoing", new Period.Ongoing()),
                Arguments.of("Ongoing", new Period.Ongoing()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accepted")
    void readsWhatOfficialsType(String input, Period expected) {
        assertThat(PeriodParser.parse(input)).isEqualTo(expected);
        assertThat(Period.parse(input)).isEqualTo(expected);
    }

    @Test
    void acceptsAtLeastSixtyForms() {
        assertThat(accepted().count()).isGreaterThanOrEqualTo(60);
    }

    /** Each accepted input as Word, macOS, a phone keyboard without Telex, or a web form might send it. */
    static Stream<Arguments> variants() {
        return accepted().flatMap(a -> {
            String input = (String) a.get()[0];
            Object expected = a.get()[1];
            return Stream.of(
                    Arguments.of("NFD", Normalizer.normalize(input, Normalizer.Form.NFD), expected),
                    Arguments.of("no diacritics", withoutDiacritics(input), expected),
                    Arguments.of(
                            "NFD upper case",
                            Normalizer.normalize(input.toUpperCase(java.util.Locale.ROOT), Normalizer.Form.NFD),
                            expected),
                    Arguments.of("lower case", input.toLowerCase(java.util.Locale.ROOT), expected),
                    Arguments.of("non-breaking spaces", input.replace(' ', '\u00A0'), expected),
                    Arguments.of("extra spaces", "  " + input.replace(" ", "   ") + " \t", expected),
                    Arguments.of(
                            "narrow no-break spaces, line breaks",
                            "\n" + input.replace(' ', '\u202F') + "\r\n",
                            expected));
        });
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("variants")
    void readsEveryVariantAlike(String variant, String input, Period expected) {
        assertThat(PeriodParser.parse(input)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Quý  III / 2021        | 2021-Q3",
                "Quý\u00A0III/2021      | 2021-Q3",
                "Quý III\u200B/2021     | 2021-Q3",
                "\uFEFFTháng 7/2021     | 2021-07",
                "Tháng 7 / 2021         | 2021-07",
                "2021\u20132025         | 2021-2025",
                "2021\u20142025         | 2021-2025",
                "2021\u22122025         | 2021-2025",
                "2021 \u2013 2025       | 2021-2025",
                "Giai đoạn 2021\u00A0\u2013\u00A02025 | 2021-2025",
                "26 / 7 / 2021          | 2021-07-26",
                "26\uFF0F7\uFF0F2021    | 2021-07-26",
                "Trước\u202Fngày 26/7/2021 | before-2021-07-26",
                "2021\u2011Q3           | 2021-Q3",
            })
    void evensOutOddSpacesAndDashes(String input, String code) {
        assertThat(PeriodParser.parse(input).code()).isEqualTo(code);
    }

    /** Text that is not a period, or is one only by guessing. */
    static Stream<String> rejected() {
        return Stream.of(
                "",
                "   ",
                "\u00A0",
                "Quý V/2021",
                "Quý 5/2021",
                "Quý 0/2021",
                "Quý IIII/2021",
                "Q5/2021",
                "2021-Q5",
                "Quý III",
                "Quý III/21",
                "Tháng 13/2021",
                "13/2021",
                "0/2021",
                "Tháng 7",
                "7 năm 2021",
                "2021-13",
                "2021-25",
                "2021-7",
                "31/02/2021",
                "0/7/2021",
                "32/1/2021",
                "29/02/2023",
                "26/13/2021",
                "2021-02-30",
                "Trước 31/02/2021",
                "Trước",
                "Trước ngày",
                "Trước ngày ngày 26/7/2021",
                "Trước Quý III/2021",
                "26/7/21",
                "26.7.2021",
                "Năm 1800",
                "1899",
                "2201",
                "Năm 22",
                "Tháng 7/1899",
                "1/1/2201",
                "2025-2021",
                "2021-2021",
                "Giai đoạn 2025 - 2021",
                "Giai đoạn 2021-25",
                "2021-2025-2030",
                "1800-2025",
                "6 tháng năm 2021",
                "6 tháng 2021",
                "6 tháng đầu năm",
                "2021-H3",
                "H0 2021",
                "Hằng",
                "năm",
                "Thường",
                "abc",
                "QĐ 2021",
                "Smarch 2021",
                "Quý III/2021 và Quý IV/2021",
                "before-2021-7-26",
                "١٢/٢٠٢١",
                "12345678901/2021");
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("rejected")
    void rejectsNamingTheText(String input) {
        Throwable thrown = catchThrowable(() -> PeriodParser.parse(input));

        assertThat(thrown).isInstanceOf(InvalidPeriodException.class);
        InvalidPeriodException e = (InvalidPeriodException) thrown;
        assertThat(e.input()).isEqualTo(input);
        assertThat(e.getMessage(Lang.VI))
                .contains("\"" + input + "\"")
                .contains("không phải là một thời hạn hợp lệ")
                .contains("ví dụ: \"");
        assertThat(e.getMessage(Lang.EN))
                .contains("\"" + input + "\"")
                .contains("is not a period")
                .contains("expected e.g. \"");
    }

    @Test
    void rejectsAtLeastTwentyForms() {
        assertThat(rejected().count()).isGreaterThanOrEqualTo(20);
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("rejected")
    void rejectsNfdAndUnaccentedFormsToo(String input) {
        assertThatThrownBy(() -> PeriodParser.parse(Normalizer.normalize(input, Normalizer.Form.NFD)))
                .isInstanceOf(InvalidPeriodException.class);
        assertThatThrownBy(() -> PeriodParser.parse(withoutDiacritics(input)))
                .isInstanceOf(InvalidPeriodException.class);
    }

    @Test
    void unknownTextGetsTheListOfExamples() {
        assertThatThrownBy(() -> PeriodParser.parse("abc")).isInstanceOfSatisfying(InvalidPeriodException.class, e -> {
            assertThat(e.getMessage(Lang.VI))
                    .isEqualTo("\"abc\" không phải là một thời hạn hợp lệ (ví dụ: " + EXAMPLES + ")");
            assertThat(e.getMessage(Lang.EN)).isEqualTo("\"abc\" is not a period (expected e.g. " + EXAMPLES + ")");
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Quý V/2021         | quý phải từ I đến IV                      | quarter must be I–IV",
                "2021-Q0            | quý phải từ I đến IV                      | quarter must be I–IV",
                "31/02/2021         | 31/02/2021 không phải là một ngày có thật | 31/02/2021 is not a date",
                "0/7/2021           | 0/7/2021 không phải là một ngày có thật   | 0/7/2021 is not a date",
                "2021-02-30         | 2021-02-30 không phải là một ngày có thật | 2021-02-30 is not a date",
                "Tháng 13/2021      | tháng phải từ 1 đến 12                    | month must be 1–12",
                "Năm 1800           | năm phải viết đủ 4 chữ số, từ 1900 đến 2200 | the year must be written in full, 1900–2200",
                "26/7/21            | năm phải viết đủ 4 chữ số                 | the year must be written in full",
                "2025-2021          | năm kết thúc phải sau năm bắt đầu         | the last year must come after the first",
                "Giai đoạn 2021-25  | viết đủ cả hai năm của giai đoạn          | write both years of a stage in full",
                "2021-25            | không rõ là tháng hay giai đoạn           | neither a month (01–12) nor a stage",
                "2021-7             | không rõ là tháng hay giai đoạn           | neither a month (01–12) nor a stage",
                "6 tháng năm 2021   | không rõ 6 tháng đầu năm hay 6 tháng cuối năm | it does not say which half",
                "2021-H3            | nửa năm phải là H1 hoặc H2                | half must be H1 or H2",
            })
    void saysWhyWhenItCan(String input, String whyVi, String whyEn) {
        assertThatThrownBy(() -> PeriodParser.parse(input)).isInstanceOfSatisfying(InvalidPeriodException.class, e -> {
            assertThat(e.getMessage(Lang.VI)).contains("\"" + input + "\"").contains(whyVi);
            assertThat(e.getMessage(Lang.EN)).contains("\"" + input + "\"").contains(whyEn);
        });
    }

    @Test
    void rejectsNull() {
        assertThatThrownBy(() -> PeriodParser.parse(null)).isInstanceOfSatisfying(InvalidPeriodException.class, e -> {
            assertThat(e.input()).isNull();
            assertThat(e.getMessage(Lang.VI)).startsWith("Chưa nhập thời hạn").contains("Quý III/2021");
            assertThat(e.getMessage(Lang.EN)).startsWith("No period given").contains("Quý III/2021");
        });
    }

    @Test
    void emptyTextIsCalledEmpty() {
        assertThatThrownBy(() -> PeriodParser.parse(" ")).isInstanceOfSatisfying(InvalidPeriodException.class, e -> {
            assertThat(e.getMessage(Lang.VI)).startsWith("\" \" không phải").contains("trống");
            assertThat(e.getMessage(Lang.EN)).startsWith("\" \" is not a period: it is empty");
        });
    }

    @Test
    void messageQuotesNfdInputInNfc() {
        String nfd = Normalizer.normalize("Quý V/2021", Normalizer.Form.NFD);
        assertThatThrownBy(() -> PeriodParser.parse(nfd)).isInstanceOfSatisfying(InvalidPeriodException.class, e -> {
            assertThat(e.input()).isEqualTo(nfd);
            assertThat(e.getMessage(Lang.VI)).startsWith("\"Quý V/2021\"");
        });
    }

    @Test
    void rejectsOverLongTextShowingOnlyItsStart() {
        String longText = "Quý III/2021 " + "x".repeat(PeriodParser.MAX_LENGTH);
        assertThatThrownBy(() -> PeriodParser.parse(longText))
                .isInstanceOfSatisfying(InvalidPeriodException.class, e -> {
                    assertThat(e.input()).isEqualTo(longText);
                    String start = longText.substring(0, 50);
                    assertThat(e.getMessage(Lang.VI))
                            .startsWith("\"" + start + "…\"")
                            .contains("quá dài")
                            .doesNotContain(longText.substring(0, 51));
                    assertThat(e.getMessage(Lang.EN))
                            .startsWith("\"" + start + "…\"")
                            .contains("too long");
                });
    }

    @Test
    void lengthLimitIsOnTheTextAsGiven() {
        // Up to the limit the text is read, even when mostly padding; past it, it never is.
        assertThat(PeriodParser.parse(" ".repeat(PeriodParser.MAX_LENGTH - 8) + "Năm 2022"))
                .isEqualTo(Period.year(2022));
        assertThatThrownBy(() -> PeriodParser.parse(" ".repeat(PeriodParser.MAX_LENGTH - 7) + "Năm 2022"))
                .isInstanceOf(InvalidPeriodException.class);
    }

    static Stream<Period> periods() {
        List<Period> all = new ArrayList<>();
        for (int year = 2020; year <= 2026; year++) {
            all.add(Period.year(year));
            all.add(Period.firstHalf(year));
            all.add(Period.secondHalf(year));
            for (int q = 1; q <= 4; q++) {
                all.add(Period.quarter(year, q));
            }
            for (int m = 1; m <= 12; m++) {
                all.add(Period.month(year, m));
            }
            for (int to = year + 1; to <= year + 10; to++) {
                all.add(Period.years(year, to));
            }
        }
        all.add(Period.year(PeriodChecks.MIN_YEAR));
        all.add(Period.year(PeriodChecks.MAX_YEAR));
        all.add(Period.month(PeriodChecks.MIN_YEAR, 1));
        all.add(Period.quarter(PeriodChecks.MAX_YEAR, 4));
        all.add(Period.years(PeriodChecks.MIN_YEAR, PeriodChecks.MAX_YEAR));
        List<LocalDate> dates = List.of(
                LocalDate.of(2021, 7, 26),
                LocalDate.of(2021, 1, 1),
                LocalDate.of(2021, 12, 31),
                LocalDate.of(2024, 2, 29),
                LocalDate.of(2025, 9, 2),
                LocalDate.of(2030, 4, 30),
                LocalDate.of(PeriodChecks.MIN_YEAR, 1, 1),
                LocalDate.of(PeriodChecks.MAX_YEAR, 12, 31));
        for (LocalDate date : dates) {
            all.add(new Period.OnDate(date));
            all.add(new Period.Before(date));
        }
        for (LocalDate d = LocalDate.of(2023, 1, 1); d.getYear() == 2023; d = d.plusDays(17)) {
            all.add(new Period.OnDate(d));
            all.add(new Period.Before(d));
        }
        all.add(new Period.Yearly());
        all.add(new Period.Ongoing());
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("periods")
    void codeParsesBack(Period period) {
        assertThat(PeriodParser.parse(period.code())).isEqualTo(period);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("periods")
    void vietnameseFormParsesBack(Period period) {
        String vi = period.format(Lang.VI);
        assertThat(PeriodParser.parse(vi)).isEqualTo(period);
        assertThat(PeriodParser.parse(Normalizer.normalize(vi, Normalizer.Form.NFD)))
                .isEqualTo(period);
        assertThat(PeriodParser.parse(withoutDiacritics(vi))).isEqualTo(period);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("periods")
    void englishFormParsesBack(Period period) {
        assertThat(PeriodParser.parse(period.format(Lang.EN))).isEqualTo(period);
    }

    private static final String[] TOKENS = {
        "0",
        "1",
        "2",
        "3",
        "4",
        "5",
        "6",
        "7",
        "8",
        "9",
        "/",
        "/",
        "-",
        "-",
        " ",
        " ",
        " ",
        "\u00A0",
        "–",
        "12",
        "26",
        "07",
        "2021",
        "2025",
        "1899",
        "Quý",
        "quy",
        "Q",
        "H",
        "III",
        "IV",
        "V",
        "Tháng",
        "tháng",
        "Năm",
        "năm",
        "đầu",
        "cuối",
        "Sáu",
        "Trước",
        "trước",
        "ngày",
        "Ngày",
        "Giai đoạn",
        "Hằng",
        "Hàng",
        "Thường",
        "xuyên",
        "before",
        "yearly",
        "ongoing",
        "July"
    };

    @Test
    void randomTextIsReadOrRejectedNeverAnythingElse() {
        Random random = new Random(20210726L);
        int read = 0;
        for (int i = 0; i < 5_000; i++) {
            StringBuilder text = new StringBuilder();
            int tokens = 1 + random.nextInt(10);
            for (int t = 0; t < tokens; t++) {
                text.append(TOKENS[random.nextInt(TOKENS.length)]);
            }
            String input = text.toString();
            Period period;
            try {
                period = PeriodParser.parse(input);
            } catch (InvalidPeriodException e) {
                assertThat(e.input()).isEqualTo(input);
                assertThat(e.getMessage(Lang.VI)).contains("\"" + input + "\"");
                assertThat(e.getMessage(Lang.EN)).contains("\"" + input + "\"");
                continue;
            } catch (RuntimeException e) {
                throw new AssertionError("\"" + input + "\" threw " + e, e);
            }
            if (period == null) {
                fail("\"%s\" gave null", input);
            }
            read++;
            // Whatever is read must survive its own canonical forms.
            assertThat(PeriodParser.parse(period.format(Lang.VI))).as(input).isEqualTo(period);
            assertThat(PeriodParser.parse(period.code())).as(input).isEqualTo(period);
        }
        // A few random strings are real periods; if none were, the alphabet tests nothing useful.
        assertThat(read).isGreaterThan(20);
    }

    /** Strips diacritics the way a keyboard without a Vietnamese input method types, keeping case. */
    static String withoutDiacritics(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replace('đ', 'd')
                .replace('Đ', 'D');
    }
}
