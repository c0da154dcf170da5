package org.civicplan.core.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodTest {

    private static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    @ParameterizedTest(name = "Q{1} {0}")
    @CsvSource({
        "2021,1,2021-01-01,2021-03-31",
        "2021,2,2021-04-01,2021-06-30",
        "2021,3,2021-07-01,2021-09-30",
        "2021,4,2021-10-01,2021-12-31"
    })
    void quarterBounds(int year, int quarter, LocalDate start, LocalDate end) {
        Period q = Period.quarter(year, quarter);
        assertThat(q.start()).contains(start);
        assertThat(q.end()).contains(end);
        assertThat(q.deadline()).contains(end);
        assertThat(q.bounded()).isTrue();
    }

    @Test
    void monthEndsOnItsLastDay() {
        assertThat(Period.month(2024, 2).end()).contains(d(2024, 2, 29));
        assertThat(Period.month(2023, 2).end()).contains(d(2023, 2, 28));
        assertThat(Period.month(2021, 7).start()).contains(d(2021, 7, 1));
        assertThat(Period.month(2021, 7).end()).contains(d(2021, 7, 31));
    }

    @Test
    void halvesYearsAndStages() {
        assertThat(Period.firstHalf(2021).start()).contains(d(2021, 1, 1));
        assertThat(Period.firstHalf(2021).end()).contains(d(2021, 6, 30));
        assertThat(Period.secondHalf(2021).start()).contains(d(2021, 7, 1));
        assertThat(Period.secondHalf(2021).end()).contains(d(2021, 12, 31));
        assertThat(Period.year(2022).start()).contains(d(2022, 1, 1));
        assertThat(Period.year(2022).end()).contains(d(2022, 12, 31));
        assertThat(Period.years(2021, 2025).start()).contains(d(2021, 1, 1));
        assertThat(Period.years(2021, 2025).end()).contains(d(2025, 12, 31));
        Period day = new Period.OnDate(d(2021, 7, 26));
        assertThat(day.start()).contains(d(2021, 7, 26));
        assertThat(day.end()).contains(d(2021, 7, 26));
    }

    @Test
    void beforeHasADeadlineButNoStart() {
        Period before = new Period.Before(d(2021, 7, 26));
        assertThat(before.start()).isEmpty();
        assertThat(before.end()).contains(d(2021, 7, 26));
        assertThat(before.deadline()).contains(d(2021, 7, 26));
        assertThat(before.bounded()).isTrue();
        assertThat(before.contains(d(1990, 1, 1))).isTrue();
        assertThat(before.contains(d(2021, 7, 26))).isTrue();
        assertThat(before.contains(d(2021, 7, 27))).isFalse();
        assertThat(before.within(Period.year(2021))).isTrue();
        assertThat(before.within(Period.quarter(2021, 3))).isTrue();
        assertThat(before.within(Period.quarter(2021, 4))).isFalse();
        assertThat(before.within(new Period.Yearly())).isFalse();
    }

    @Test
    void recurringAndOngoingHaveNoDates() {
        for (Period p : new Period[] {new Period.Yearly(), new Period.Ongoing()}) {
            assertThat(p.start()).isEmpty();
            assertThat(p.end()).isEqualTo(Optional.empty());
            assertThat(p.deadline()).isEmpty();
            assertThat(p.bounded()).isFalse();
            assertThat(p.contains(d(2021, 7, 26))).isFalse();
            assertThat(p.within(Period.year(2021))).isFalse();
            assertThat(Period.year(2021).within(p)).isFalse();
        }
    }

    @Test
    void containsIsInclusiveAtBothEnds() {
        Period q3 = Period.quarter(2021, 3);
        assertThat(q3.contains(d(2021, 7, 1))).isTrue();
        assertThat(q3.contains(d(2021, 9, 30))).isTrue();
        assertThat(q3.contains(d(2021, 6, 30))).isFalse();
        assertThat(q3.contains(d(2021, 10, 1))).isFalse();
    }

    @Test
    void withinNests() {
        Period july = Period.month(2021, 7);
        assertThat(july.within(Period.quarter(2021, 3))).isTrue();
        assertThat(july.within(Period.secondHalf(2021))).isTrue();
        assertThat(july.within(Period.year(2021))).isTrue();
        assertThat(july.within(Period.years(2021, 2025))).isTrue();
        assertThat(july.within(july)).isTrue();
        assertThat(july.within(Period.quarter(2021, 2))).isFalse();
        assertThat(july.within(Period.firstHalf(2021))).isFalse();
        assertThat(Period.year(2021).within(july)).isFalse();
        assertThat(Period.years(2021, 2025).within(Period.years(2021, 2030))).isTrue();
        assertThat(Period.years(2020, 2025).within(Period.years(2021, 2030))).isFalse();
        assertThat(new Period.OnDate(d(2021, 7, 26)).within(july)).isTrue();
    }

    @Test
    void typeNamesAreStable() {
        assertThat(Period.month(2021, 7).typeName()).isEqualTo("month");
        assertThat(Period.quarter(2021, 3).typeName()).isEqualTo("quarter");
        assertThat(Period.firstHalf(2021).typeName()).isEqualTo("half-year");
        assertThat(Period.year(2021).typeName()).isEqualTo("year");
        assertThat(Period.years(2021, 2025).typeName()).isEqualTo("multi-year");
        assertThat(new Period.Before(d(2021, 7, 26)).typeName()).isEqualTo("before");
        assertThat(new Period.OnDate(d(2021, 7, 26)).typeName()).isEqualTo("date");
        assertThat(new Period.Yearly().typeName()).isEqualTo("yearly");
        assertThat(new Period.Ongoing().typeName()).isEqualTo("ongoing");
    }

    @Test
    void codesAreStable() {
        assertThat(Period.month(2021, 7).code()).isEqualTo("2021-07");
        assertThat(Period.quarter(2021, 3).code()).isEqualTo("2021-Q3");
        assertThat(Period.secondHalf(2021).code()).isEqualTo("2021-H2");
        assertThat(Period.year(2022).code()).isEqualTo("2022");
        assertThat(Period.years(2021, 2025).code()).isEqualTo("2021-2025");
        assertThat(new Period.Before(d(2021, 7, 26)).code()).isEqualTo("before-2021-07-26");
        assertThat(new Period.OnDate(d(2021, 7, 26)).code()).isEqualTo("2021-07-26");
        assertThat(new Period.Yearly().code()).isEqualTo("yearly");
        assertThat(new Period.Ongoing().code()).isEqualTo("ongoing");
    }

    @Test
    void constructorsRejectWhatIsNotAPeriod() {
        assertThatThrownBy(() -> Period.quarter(2021, 5))
                .isInstanceOf(org.civicplan.core.InvalidInputException.class)
                .hasMessageContaining("quarter must be 1..4, not 5")
                .hasMessageContaining("quý phải từ I đến IV");
        assertThatThrownBy(() -> Period.quarter(2021, 0)).isInstanceOf(org.civicplan.core.InvalidInputException.class);
        assertThatThrownBy(() -> new Period.HalfYear(2021, 3))
                .isInstanceOf(org.civicplan.core.InvalidInputException.class);
        assertThatThrownBy(() -> new Period.HalfYear(2021, 0))
                .isInstanceOf(org.civicplan.core.InvalidInputException.class);
        assertThatThrownBy(() -> Period.years(2025, 2021)).isInstanceOf(org.civicplan.core.InvalidInputException.class);
        assertThatThrownBy(() -> Period.years(2021, 2021)).isInstanceOf(org.civicplan.core.InvalidInputException.class);
        assertThatThrownBy(() -> Period.year(1800)).isInstanceOf(org.civicplan.core.InvalidInputException.class);
        assertThatThrownBy(() -> Period.year(2201)).isInstanceOf(org.civicplan.core.InvalidInputException.class);
        assertThatThrownBy(() -> Period.years(1899, 2021)).isInstanceOf(org.civicplan.core.InvalidInputException.class);
        assertThatThrownBy(() -> new Period.Month(YearMonth.of(1899, 12)))
                .isInstanceOf(org.civicplan.core.InvalidInputException.class);
        assertThatThrownBy(() -> new Period.Before(d(2201, 1, 1)))
                .isInstanceOf(org.civicplan.core.InvalidInputException.class);
        assertThatThrownBy(() -> new Period.OnDate(d(1800, 1, 1)))
                .isInstanceOf(org.civicplan.core.InvalidInputException.class);
        assertThatThrownBy(() -> new Period.Month(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Period.Before(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Period.OnDate(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void yearRangeEndsAreAllowed() {
        assertThat(Period.year(PeriodChecks.MIN_YEAR).year()).isEqualTo(1900);
        assertThat(Period.year(PeriodChecks.MAX_YEAR).year()).isEqualTo(2200);
    }

    @Test
    void equalValuesAreEqual() {
        assertThat(Period.quarter(2021, 3))
                .isEqualTo(new Period.Quarter(2021, 3))
                .hasSameHashCodeAs(new Period.Quarter(2021, 3));
        assertThat(new Period.Yearly()).isEqualTo(new Period.Yearly());
        assertThat(Period.month(2021, 7)).isNotEqualTo(new Period.OnDate(d(2021, 7, 1)));
    }

    @ParameterizedTest
    @CsvSource({
        "Tháng 7/2021, 2021-07",
        "Quý III/2021, 2021-Q3",
        "6 tháng cuối năm 2021, 2021-H2",
        "Năm 2022, 2022",
        "2021-2025, 2021-2025",
        "Trước 26/7/2021, before-2021-07-26",
        "26/7/2021, 2021-07-26",
        "Hằng năm, yearly",
        "Thường xuyên, ongoing"
    })
    void toStringIsTheCodeNotTheRecordDump(String written, String code) {
        Period period = Period.parse(written);

        assertThat(period).hasToString(code);
        assertThat(Period.parse(period.toString())).isEqualTo(period);
    }
}
