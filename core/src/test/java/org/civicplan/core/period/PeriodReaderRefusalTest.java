package org.civicplan.core.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.civicplan.core.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every refusal says why, in both languages, naming the part it could not use. */
class PeriodReaderRefusalTest {

    /** A phrase of each refusal kind, and words each message must contain (vi, en). */
    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of("", RefusalKind.EMPTY, "Chưa nhập thời hạn", "No deadline given"),
                Arguments.of("x".repeat(201), RefusalKind.TOO_LONG, "201 ký tự", "201 characters"),
                Arguments.of(
                        "trước ngày 15/10",
                        RefusalKind.NEEDS_REFERENCE_DATE,
                        "\"15/10\" không ghi năm",
                        "\"15/10\" has no year"),
                Arguments.of(
                        "trong tháng 9",
                        RefusalKind.NEEDS_REFERENCE_DATE,
                        "\"tháng 9\" không ghi năm",
                        "\"tháng 9/2023\""),
                Arguments.of(
                        "trước Tết",
                        RefusalKind.NEEDS_REFERENCE_DATE,
                        "\"Tết Nguyên đán\"",
                        "\"Tết Nguyên đán năm 2023\""),
                Arguments.of(
                        "trước thời điểm khai mạc Đại hội Đảng 14",
                        RefusalKind.NEEDS_OUTSIDE_KNOWLEDGE,
                        "\"thời điểm khai mạc Đại hội Đảng 14\"",
                        "whose date the text does not give"),
                Arguments.of("6 tháng năm 2021", RefusalKind.AMBIGUOUS_HALF, "6 tháng đầu năm", "which half"),
                Arguments.of(
                        "trước ngày 31/2/2022",
                        RefusalKind.NOT_A_DATE,
                        "\"31/2/2022\" không phải",
                        "\"31/2/2022\" is not a real date"),
                Arguments.of("trong tháng 7/21", RefusalKind.YEAR_NOT_IN_FULL, "năm \"21\"", "the year \"21\""),
                Arguments.of("năm 2500", RefusalKind.YEAR_OUT_OF_RANGE, "năm 2500", "the year 2500"),
                Arguments.of(
                        "trong tháng 13/2022", RefusalKind.NO_SUCH_PART, "\"tháng 13\"", "\"tháng 13\" does not exist"),
                Arguments.of("quý V/2022", RefusalKind.NO_SUCH_PART, "\"quý v\"", "does not exist"),
                Arguments.of("từ ngày 30/6/2022 đến ngày 1/3/2022", RefusalKind.RANGE_REVERSED, "kết thúc", "the end"),
                Arguments.of("giai đoạn 2025-2021", RefusalKind.RANGE_REVERSED, "kết thúc (2021)", "the end (2021)"),
                Arguments.of("khẩn trương", RefusalKind.VAGUE, "không nêu thời điểm", "says how urgent, not when"),
                Arguments.of("trong thời gian tới", RefusalKind.VAGUE, "không nêu thời điểm", "not when"),
                Arguments.of(
                        "theo kế hoạch của Bộ năm 2023",
                        RefusalKind.NOT_UNDERSTOOD,
                        "phần đọc được gần nhất: \"nam 2023\"",
                        "the nearest part that reads: \"nam 2023\""),
                Arguments.of(
                        "abc", RefusalKind.NOT_UNDERSTOOD, "không hiểu cách viết này", "this form is not understood"),
                // asked for one period (PeriodReader.period), a reading that is not one says which kind it is
                Arguments.of(
                        "hằng tháng, trước ngày 20",
                        RefusalKind.NOT_ONE_PERIOD,
                        "lặp lại định kỳ",
                        "recurs; it is not one period"),
                Arguments.of(
                        "sau khi Đề án được phê duyệt",
                        RefusalKind.NOT_ONE_PERIOD,
                        "tính từ một mốc chưa biết ngày",
                        "counts from an event whose date is not known"),
                Arguments.of(
                        "từ ngày 1/7/2022",
                        RefusalKind.NOT_ONE_PERIOD,
                        "có ngày bắt đầu, không có",
                        "starts, with no end"),
                Arguments.of(
                        "đầu năm 2023",
                        RefusalKind.NOT_ONE_PERIOD,
                        "2023-01-01..2023-04-30",
                        "is not one month, quarter, half-year, year or stage"));
    }

    /** What the reader refuses {@code text} with; a single period is asked for where that is the kind. */
    private static InvalidPeriodException refusal(String text, RefusalKind kind) {
        return catchThrowableOfType(InvalidPeriodException.class, () -> {
            if (kind == RefusalKind.NOT_ONE_PERIOD) {
                PeriodReader.period(text);
            } else {
                PeriodReader.read(text);
            }
        });
    }

    @ParameterizedTest(name = "{1}: {0}")
    @MethodSource("refusals")
    void refusesWithItsReason(String text, RefusalKind kind, String vi, String en) {
        InvalidPeriodException e = refusal(text, kind);
        assertThat(e).as(text).isNotNull();
        assertThat(e.kind()).isEqualTo(kind);
        assertThat(e.text().in(Lang.VI)).contains(vi);
        assertThat(e.text().in(Lang.EN)).contains(en);
        assertThat(e.input()).isEqualTo(text);
    }

    @Test
    void everyKindIsCoveredAndNoTwoKindsShareAMessage() {
        Map<RefusalKind, String> templates = new EnumMap<>(RefusalKind.class);
        refusals().forEach(a -> {
            String text = (String) a.get()[0];
            RefusalKind kind = (RefusalKind) a.get()[1];
            InvalidPeriodException e = refusal(text, kind);
            // the message without the echoed phrase is the kind's own wording
            templates.putIfAbsent(kind, e.text().in(Lang.EN).replace(text, ""));
        });
        assertThat(templates.keySet()).isEqualTo(EnumSet.allOf(RefusalKind.class));
        Set<String> distinct = new HashSet<>(templates.values());
        assertThat(distinct).hasSameSizeAs(templates.values());
    }

    @Test
    void nullIsEmpty() {
        InvalidPeriodException e = catchThrowableOfType(InvalidPeriodException.class, () -> PeriodReader.read(null));
        assertThat(e.kind()).isEqualTo(RefusalKind.EMPTY);
    }

    @Test
    void legacyParseErrorsCarryAKind() {
        InvalidPeriodException e = catchThrowableOfType(InvalidPeriodException.class, () -> Period.parse("abc"));
        assertThat(e.kind()).isEqualTo(RefusalKind.NOT_UNDERSTOOD);
    }

    /**
     * A refusal builds its message when first asked: every way of asking gives the same text, and the
     * message is built once.
     */
    @ParameterizedTest
    @MethodSource("refusals")
    void aMessageBuiltLateIsTheSameEveryWay(String phrase, RefusalKind kind, String vi, String en) {
        InvalidPeriodException e = refusal(phrase, kind);
        assertThat(e.kind()).isEqualTo(kind);
        assertThat(e.text().vi()).contains(vi);
        assertThat(e.text().en()).contains(en);
        assertThat(e.text()).isSameAs(e.text());
        assertThat(e.getMessage()).isEqualTo(e.text().en() + " / " + e.text().vi());
        assertThat(e.getLocalizedMessage()).isEqualTo(e.getMessage());
        assertThat(e.getMessage(Lang.VI)).isEqualTo(e.text().vi());
        assertThat(e.getMessage(Lang.EN)).isEqualTo(e.text().en());
        assertThat(e.toString()).endsWith(": " + e.getMessage());
    }
}
