package org.civicplan.core.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.civicplan.core.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PeriodFormatTest {

    static Stream<Arguments> canonical() {
        LocalDate jul26 = LocalDate.of(2021, 7, 26);
        return Stream.of(
                Arguments.of(Period.month(2021, 7), "Tháng 7/2021", "July 2021"),
                Arguments.of(Period.month(2021, 12), "Tháng 12/2021", "December 2021"),
                Arguments.of(Period.month(2022, 1), "Tháng 1/2022", "January 2022"),
                Arguments.of(Period.quarter(2021, 1), "Quý I/2021", "Q1 2021"),
                Arguments.of(Period.quarter(2021, 2), "Quý II/2021", "Q2 2021"),
                Arguments.of(Period.quarter(2021, 3), "Quý III/2021", "Q3 2021"),
                Arguments.of(Period.quarter(2021, 4), "Quý IV/2021", "Q4 2021"),
                Arguments.of(Period.firstHalf(2021), "6 tháng đầu năm 2021", "H1 2021"),
                Arguments.of(Period.secondHalf(2021), "6 tháng cuối năm 2021", "H2 2021"),
                Arguments.of(Period.year(2022), "Năm 2022", "2022"),
                Arguments.of(Period.years(2021, 2025), "2021-2025", "2021–2025"),
                Arguments.of(new Period.Before(jul26), "Trước 26/07/2021", "Before 26/07/2021"),
                Arguments.of(new Period.Before(LocalDate.of(2025, 1, 5)), "Trước 05/01/2025", "Before 05/01/2025"),
                Arguments.of(new Period.OnDate(jul26), "26/07/2021", "26/07/2021"),
                Arguments.of(new Period.OnDate(LocalDate.of(1900, 1, 1)), "01/01/1900", "01/01/1900"),
                Arguments.of(new Period.Yearly(), "Hằng năm", "Yearly"),
                Arguments.of(new Period.Ongoing(), "Thường xuyên", "Ongoing"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("canonical")
    void writesVietnamese(Period period, String vi, String en) {
        assertThat(period.format(Lang.VI)).isEqualTo(vi);
        assertThat(PeriodFormat.format(period, Lang.VI)).isEqualTo(vi);
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("canonical")
    void writesEnglish(Period period, String vi, String en) {
        assertThat(period.format(Lang.EN)).isEqualTo(en);
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("canonical")
    void writesNfc(Period period, String vi, String en) {
        for (Lang lang : Lang.values()) {
            assertThat(Normalizer.isNormalized(period.format(lang), Normalizer.Form.NFC))
                    .isTrue();
        }
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("canonical")
    void bothFormsParseBack(Period period, String vi, String en) {
        assertThat(Period.parse(vi)).isEqualTo(period);
        assertThat(Period.parse(en)).isEqualTo(period);
    }

    @Test
    void englishMonthNamesCoverTheYear() {
        for (int m = 1; m <= 12; m++) {
            assertThat(Period.month(2021, m).format(Lang.EN))
                    .isEqualTo(java.time.Month.of(m)
                                    .getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH)
                            + " 2021");
        }
    }

    @Test
    void rejectsNulls() {
        assertThatThrownBy(() -> PeriodFormat.format(null, Lang.VI)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> PeriodFormat.format(Period.year(2022), null)).isInstanceOf(NullPointerException.class);
    }
}
