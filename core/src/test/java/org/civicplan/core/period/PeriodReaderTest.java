package org.civicplan.core.period;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The reader family by family: each form with the reading a Vietnamese reader gives it. */
class PeriodReaderTest {
    private static final ParseContext DOC_2022 = ParseContext.documentDated(LocalDate.of(2022, 8, 15));

    private static String code(String text) {
        return PeriodReader.read(text).code();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "trong tháng 10/2022 | during 2022-10",
                "vào quý II/2023 | during 2023-Q2",
                "chậm nhất ngày 15/11/2021 | at-latest ..2021-11-15",
                "xong trước ngày 30/9/2022 | before ..2022-09-30",
                "Thời gian: trước 31/12/2021 | before ..2021-12-31",
                "ngay trong năm 2022 | during 2022",
                "đến hết năm 2023 | by-end 2023",
                "giữa tháng 6/2024 | middle 2024-06",
                "cuối quý III/2022 | late 2022-Q3",
                "đầu năm 2023 | early 2023",
                "dịp 2/9/2025 | around 2025-09-02",
                "muộn nhất ngày 5/1/2024 | at-latest ..2024-01-05",
                "trước tháng 10/2024 | before 2024-10",
            })
    void leadWordsKeepTheirMeaning(String text, String expected) {
        assertThat(code(text)).isEqualTo(expected);
    }

    @Test
    void leadWordsChangeTheDeadline() {
        assertThat(PeriodReader.read("giữa tháng 6/2024").deadline()).contains(LocalDate.of(2024, 6, 20));
        assertThat(((Deadline.Dated) PeriodReader.read("giữa tháng 6/2024")).start())
                .contains(LocalDate.of(2024, 6, 11));
        assertThat(PeriodReader.read("cuối quý III/2022").deadline()).contains(LocalDate.of(2022, 9, 30));
        assertThat(((Deadline.Dated) PeriodReader.read("cuối quý III/2022")).start())
                .contains(LocalDate.of(2022, 9, 1));
        assertThat(PeriodReader.read("đầu năm 2023").deadline()).contains(LocalDate.of(2023, 4, 30));
        assertThat(PeriodReader.read("trước tháng 10/2024").deadline()).contains(LocalDate.of(2024, 9, 30));
        assertThat(PeriodReader.read("đến hết năm 2023").period())
                .contains(new Period.Before(LocalDate.of(2023, 12, 31)));
        assertThat(PeriodReader.read("trong tháng 10/2022").period()).contains(Period.month(2022, 10));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "31-12-2022 | on 2022-12-31",
                "31.12.2022 | on 2022-12-31",
                "ngày 31 tháng 12 năm 2022 | on 2022-12-31",
                "Ngày  05/01/2022 | on 2022-01-05",
                "tháng 6-2023 | during 2023-06",
                "quý 2-2024 | during 2024-Q2",
                "quí III/2022 | during 2022-Q3",
                "QUÝ IV NĂM 2021 | during 2021-Q4",
                "tháng 06 năm 2023 | during 2023-06",
                "trước ngày 28.7.2016 | before ..2016-07-28",
                "2022-03-15 | on 2022-03-15",
            })
    void separatorsAndSpellings(String text, String expected) {
        assertThat(code(text)).isEqualTo(expected);
    }

    @Test
    void timeOfDayAndWeekdayAreKeptBesideTheDate() {
        Deadline.Dated d = (Deadline.Dated) PeriodReader.read("trước 16h00 ngày 20/11/2022");
        assertThat(d.deadline()).contains(LocalDate.of(2022, 11, 20));
        assertThat(d.time()).contains(LocalTime.of(16, 0));
        Deadline.Dated monday = (Deadline.Dated) PeriodReader.read("trước 9 giờ sáng thứ Hai, ngày 5/12/2022");
        assertThat(monday.deadline()).contains(LocalDate.of(2022, 12, 5));
        assertThat(monday.time()).contains(LocalTime.of(9, 0));
        assertThat(((Deadline.Dated) PeriodReader.read("trước 14 giờ chiều ngày 1/3/2023")).time())
                .contains(LocalTime.of(14, 0));
        assertThat(((Deadline.Dated) PeriodReader.read("trước 3 giờ chiều ngày 1/3/2023")).time())
                .contains(LocalTime.of(15, 0));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "từ ngày 1/3/2022 đến ngày 30/6/2022 | range 2022-03-01..2022-06-30",
                "từ tháng 4 đến tháng 6/2023 | range 2023-Q2",
                "từ năm 2022 đến năm 2025 | range 2022-2025",
                "trong tháng 11 và tháng 12 năm 2022 | range 2022-11-01..2022-12-31",
                "từ ngày 1/7/2022 | from 2022-07-01..",
                "từ 01/01/2015 đến 31/12/2022 | range 2015-2022",
                "từ tháng 11 đến tháng 2/2023 | range 2022-11-01..2023-02-28",
            })
    void rangesAndOpenStarts(String text, String expected) {
        assertThat(code(text)).isEqualTo(expected);
    }

    @Test
    void aStageKeepsItsOrientationAsWritten() {
        Deadline.Dated d = (Deadline.Dated) PeriodReader.read("giai đoạn 2021-2025, định hướng đến năm 2030");
        assertThat(d.named()).contains(Period.years(2021, 2025));
        assertThat(d.orientation()).contains("định hướng đến năm 2030");
        assertThat(d.period()).contains(Period.years(2021, 2025));
        Deadline.Dated vision = (Deadline.Dated) PeriodReader.read("đến năm 2030, tầm nhìn đến năm 2045");
        assertThat(vision.deadline()).contains(LocalDate.of(2030, 12, 31));
        assertThat(vision.orientation()).contains("tầm nhìn đến năm 2045");
    }

    @Test
    void noYearWrittenTakesItFromTheContextAndSaysSo() {
        Deadline.Dated d = (Deadline.Dated) PeriodReader.read("trước ngày 15/10", DOC_2022);
        assertThat(d.deadline()).contains(LocalDate.of(2022, 10, 15));
        assertThat(d.yearInferred()).isTrue();
        assertThat(PeriodReader.read("trong tháng 9", DOC_2022).code()).isEqualTo("during 2022-09 ~year");
        assertThat(PeriodReader.read("cả năm", DOC_2022).code()).isEqualTo("during 2022 ~year");
        assertThat(PeriodReader.read("quý IV", DOC_2022).code()).isEqualTo("during 2022-Q4 ~year");
        // a letter of late December asking for something "before 10/1" means next January
        ParseContext lateDecember = ParseContext.documentDated(LocalDate.of(2022, 12, 28));
        assertThat(PeriodReader.read("trước ngày 10/1", lateDecember).deadline())
                .contains(LocalDate.of(2023, 1, 10));
        assertThat(((Deadline.Dated) PeriodReader.read("trước ngày 15/10/2022", DOC_2022)).yearInferred())
                .isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "hằng tháng, trước ngày 20 | every month due=20",
                "định kỳ hằng quý, 6 tháng, năm | every quarter,half-year,year",
                "Hằng năm | every year",
                "hàng tuần | every week",
                "trước ngày 15/12 hằng năm | every year due=15/12",
                "Định kỳ từ ngày 1 đến ngày 5 hằng tháng | every month due=5",
                "định kỳ 6 tháng, hằng năm | every half-year,year",
            })
    void recurringRules(String text, String expected) {
        assertThat(code(text)).isEqualTo(expected);
    }

    @Test
    void yearlyAloneIsTheYearlyPeriod() {
        assertThat(PeriodReader.read("Hằng năm").period()).contains(new Period.Yearly());
        assertThat(PeriodReader.read("hằng tháng, trước ngày 20").period()).isEmpty();
        assertThat(PeriodReader.read("Thường xuyên").period()).contains(new Period.Ongoing());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Thường xuyên",
                "Thực hiện thường xuyên.",
                "thường xuyên, liên tục",
                // Nghị quyết 03/NQ-CP (09/01/2025), Phụ lục II: "an ongoing task"
                "Nhiệm vụ thường xuyên",
                "Nhiệm vụ thực hiện thường xuyên"
            })
    void ongoingTasksAreOngoing(String text) {
        assertThat(PeriodReader.read(text).period()).contains(new Period.Ongoing());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Nhiệm vụ", "Nhiệm vụ năm 2025 thường xuyên", "nhiệm vụ thường"})
    void aTaskWordWithoutOngoingIsNotOngoing(String text) {
        String got;
        try {
            got = code(text);
        } catch (InvalidPeriodException e) {
            got = "REFUSE:" + e.kind().code();
        }
        assertThat(got).doesNotStartWith("ongoing");
    }

    @Test
    void anchoredDeadlinesResolveOnlyWhenTheAnchorIsKnown() {
        Deadline.Anchored signed = (Deadline.Anchored)
                PeriodReader.read("trong 30 ngày kể từ ngày ký", ParseContext.documentDated(LocalDate.of(2022, 3, 1)));
        assertThat(signed.anchor()).isEqualTo("ngày ký");
        assertThat(signed.deadline()).contains(LocalDate.of(2022, 3, 31));

        Deadline.Anchored unknown = (Deadline.Anchored) PeriodReader.read("sau 15 ngày làm việc kể từ ngày nhận");
        assertThat(unknown.resolved()).isFalse();
        assertThat(unknown.deadline()).isEmpty();
        assertThat(unknown.unit()).isEqualTo(Deadline.Unit.WORKING_DAYS);
        assertThat(unknown.anchor()).isEqualTo("ngày nhận");
        // a reference date that is not the document's date does not resolve "ngày ký"
        assertThat(PeriodReader.read(
                                "trong 30 ngày kể từ ngày ký",
                                DOC_2022.documentDate()
                                        ? ParseContext.referenceDate(LocalDate.of(2022, 3, 1))
                                        : DOC_2022)
                        .deadline())
                .isEmpty();

        // 15 working days from Friday 20/1/2023 skip the weekend and Tết 2023 (21–25/1: the last day of
        // the lunar year and the first four of the new one): 26/1 is the first, 15/2 the fifteenth
        assertThat(unknown.resolve(LocalDate.of(2023, 1, 20))).isEqualTo(LocalDate.of(2023, 2, 15));
        assertThat(unknown.resolve(LocalDate.of(2023, 1, 19))).isEqualTo(LocalDate.of(2023, 2, 14));

        Deadline.Anchored event = (Deadline.Anchored) PeriodReader.read("sau khi Đề án được phê duyệt");
        assertThat(event.amount()).isEmpty();
        assertThat(event.anchor()).isEqualTo("Đề án được phê duyệt");
        assertThat(event.code()).isEqualTo("on +event");
    }

    @Test
    void lunarHolidays() {
        assertThat(PeriodReader.read("trước Tết Nguyên đán 2023").deadline()).contains(LocalDate.of(2023, 1, 21));
        assertThat(PeriodReader.read("dịp Tết Nguyên đán Giáp Thìn 2024").deadline())
                .contains(LocalDate.of(2024, 2, 10));
        assertThat(PeriodReader.read("trước Giỗ Tổ Hùng Vương 2024").deadline()).contains(LocalDate.of(2024, 4, 17));
        assertThat(PeriodReader.read("trước Tết", DOC_2022).deadline()).contains(LocalDate.of(2022, 1, 31));
        assertThat(((Deadline.Dated) PeriodReader.read("trước Tết", DOC_2022)).yearInferred())
                .isTrue();
    }

    @Test
    void theTextAsWrittenIsKept() {
        String text = "  Chậm nhất ngày 15/11/2021 ";
        assertThat(PeriodReader.read(text).text()).isEqualTo(text);
        assertThat(PeriodReader.read("hằng tháng, trước ngày 20").text()).isEqualTo("hằng tháng, trước ngày 20");
    }

    @Test
    void readsTheFormsPeriodParseReads() {
        for (String text : new String[] {
            "Quý III/2021",
            "6 tháng đầu năm 2021",
            "Tháng 7/2021",
            "Năm 2022",
            "2021-2025",
            "Trước 26/7/2021",
            "26/7/2021"
        }) {
            Optional<Period> read = PeriodReader.read(text).period();
            assertThat(read).as(text).contains(Period.parse(text));
        }
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(
            strings = {"Quý III/2021", "Năm 2022", "Trước 31/12/2021", "2021-2025", "Hằng năm", "6 tháng đầu năm 2021"})
    void onePeriodOfACanonicalFormIsWhatPeriodParseGives(String text) {
        assertThat(PeriodReader.period(text)).isEqualTo(Period.parse(text));
    }

    @Test
    void onePeriodAsWrittenGoesThroughTheReader() {
        ParseContext ctx = ParseContext.documentDated(java.time.LocalDate.of(2025, 5, 6));
        assertThat(PeriodReader.period("chậm nhất ngày 15/11/2021"))
                .isEqualTo(new Period.Before(java.time.LocalDate.of(2021, 11, 15)));
        assertThat(PeriodReader.period("trong quý II/2023")).isEqualTo(new Period.Quarter(2023, 2));
        assertThat(PeriodReader.period("giai đoạn 2021 - 2025, định hướng đến năm 2030"))
                .isEqualTo(new Period.MultiYear(2021, 2025));
        assertThat(PeriodReader.period("đến hết quý II", ctx))
                .isEqualTo(new Period.Before(java.time.LocalDate.of(2025, 6, 30)));
        // the reader's own refusal, with its reason, when the text is not read at all
        assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(
                                InvalidPeriodException.class, () -> PeriodReader.period("trước ngày 15/10"))
                        .kind())
                .isEqualTo(RefusalKind.NEEDS_REFERENCE_DATE);
    }
}
