package org.civicplan.core.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Vietnam's lunar holidays against the published dates (the Government's yearly holiday notices and
 * the Vietnamese lunar calendar, UTC+7), and the working-day arithmetic built on them.
 */
class VietnamHolidaysTest {

    /** Mùng 1 Tết Nguyên đán as published in Vietnam, 2019–2030. */
    @ParameterizedTest(name = "Tết {0}")
    @CsvSource({
        "2019, 2019-02-05",
        "2020, 2020-01-25",
        "2021, 2021-02-12",
        "2022, 2022-02-01",
        "2023, 2023-01-22",
        "2024, 2024-02-10",
        "2025, 2025-01-29",
        "2026, 2026-02-17",
        "2027, 2027-02-06",
        "2028, 2028-01-26",
        "2029, 2029-02-13",
        "2030, 2030-02-02",
    })
    void lunarNewYearMatchesThePublishedDates(int year, LocalDate tet) {
        assertThat(VietnamHolidays.lunarNewYear(year)).isEqualTo(tet);
    }

    /**
     * The years Vietnam's Tết differs from China's because the new moon falls between 23:00 and
     * 24:00 Beijing time: computed in UTC+8 these would be a day (or a month) later. (2030: the new
     * moon is at 23:07 on 2/2 in Vietnam, 00:07 on 3/2 in Beijing; China's Spring Festival is 3/2.)
     */
    @ParameterizedTest(name = "Tết {0}")
    @CsvSource({"1985, 1985-01-21", "2007, 2007-02-17", "2030, 2030-02-02"})
    void vietnamTimeDecidesTheNewMoon(int year, LocalDate tet) {
        assertThat(VietnamHolidays.lunarNewYear(year)).isEqualTo(tet);
    }

    /** Giỗ Tổ Hùng Vương (10/3 lunar) as published, 2019–2025. */
    @ParameterizedTest(name = "Hùng Kings {0}")
    @CsvSource({
        "2019, 2019-04-14",
        "2020, 2020-04-02",
        "2021, 2021-04-21",
        "2022, 2022-04-10",
        "2023, 2023-04-29",
        "2024, 2024-04-18",
        "2025, 2025-04-07",
    })
    void hungKingsDayMatchesThePublishedDates(int year, LocalDate day) {
        assertThat(VietnamHolidays.hungKingsDay(year)).isEqualTo(day);
    }

    @Test
    void fixedAndLunarHolidaysAreNotWorkingDays() {
        assertThat(VietnamHolidays.isHoliday(LocalDate.of(2024, 1, 1))).isTrue();
        assertThat(VietnamHolidays.isHoliday(LocalDate.of(2024, 4, 30))).isTrue();
        assertThat(VietnamHolidays.isHoliday(LocalDate.of(2024, 5, 1))).isTrue();
        assertThat(VietnamHolidays.isHoliday(LocalDate.of(2024, 9, 2))).isTrue();
        assertThat(VietnamHolidays.isHoliday(LocalDate.of(2024, 4, 18))).isTrue();
        // Tết 2024 (10/2): 9/2 (last day of the year) through 13/2
        assertThat(VietnamHolidays.isHoliday(LocalDate.of(2024, 2, 8))).isFalse();
        assertThat(VietnamHolidays.isHoliday(LocalDate.of(2024, 2, 9))).isTrue();
        assertThat(VietnamHolidays.isHoliday(LocalDate.of(2024, 2, 13))).isTrue();
        assertThat(VietnamHolidays.isHoliday(LocalDate.of(2024, 2, 14))).isFalse();
        assertThat(VietnamHolidays.isWorkingDay(LocalDate.of(2024, 2, 14))).isTrue();
        assertThat(VietnamHolidays.isWorkingDay(LocalDate.of(2024, 2, 17))).isFalse(); // Saturday
        assertThat(VietnamHolidays.isWorkingDay(LocalDate.of(2024, 3, 12))).isTrue();
    }

    @Test
    void workingDaysSkipWeekendsAndHolidays() {
        // Friday 26/4/2024 + 3 working days: 29/4 (Mon), then 30/4 and 1/5 are holidays, 2/5, 3/5
        assertThat(VietnamHolidays.plusWorkingDays(LocalDate.of(2024, 4, 26), 3))
                .isEqualTo(LocalDate.of(2024, 5, 3));
        assertThat(VietnamHolidays.plusWorkingDays(LocalDate.of(2024, 4, 26), 0))
                .isEqualTo(LocalDate.of(2024, 4, 26));
        assertThat(VietnamHolidays.plusWorkingDays(LocalDate.of(2024, 3, 4), 5)).isEqualTo(LocalDate.of(2024, 3, 11));
        assertThatThrownBy(() -> VietnamHolidays.plusWorkingDays(LocalDate.of(2024, 3, 4), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
