package org.civicplan.core.period;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Vietnam's public holidays (Labour Code 2019, Article 112) and the working days they leave, for
 * deadlines counted in "ngày làm việc": New Year's Day (1/1), Tết Nguyên đán (the last day of the
 * lunar year and the first four days of the new one), Hùng Kings' day (10/3 lunar), Reunification
 * Day (30/4), Labour Day (1/5) and National Day (2/9). The extra day the government adds next to
 * 2/9 and the days swapped each year ("nghỉ bù", "hoán đổi") are decided by yearly notices, so they
 * are not computed here.
 */
public final class VietnamHolidays {
    private static final ConcurrentMap<Integer, LocalDate> NEW_YEAR = new ConcurrentHashMap<>();
    private static final ConcurrentMap<Integer, LocalDate> HUNG_KINGS = new ConcurrentHashMap<>();

    private VietnamHolidays() {}

    /** Tết Nguyên đán of the lunar year that begins in Gregorian {@code year}, in Vietnam (UTC+7). */
    public static LocalDate lunarNewYear(int year) {
        PeriodChecks.checkYear(year);
        return NEW_YEAR.computeIfAbsent(year, LunarCalendar::newYear);
    }

    /** Giỗ Tổ Hùng Vương (10th day of the 3rd lunar month) in Gregorian {@code year}. */
    public static LocalDate hungKingsDay(int year) {
        PeriodChecks.checkYear(year);
        return HUNG_KINGS.computeIfAbsent(year, LunarCalendar::hungKings);
    }

    /** True on a public holiday. */
    public static boolean isHoliday(LocalDate date) {
        int m = date.getMonthValue();
        int d = date.getDayOfMonth();
        if ((m == 1 && d == 1) || (m == 4 && d == 30) || (m == 5 && d == 1) || (m == 9 && d == 2)) {
            return true;
        }
        if (m <= 2) {
            LocalDate tet = lunarNewYear(date.getYear());
            return !date.isBefore(tet.minusDays(1)) && !date.isAfter(tet.plusDays(3));
        }
        return (m == 3 || m == 4) && date.equals(hungKingsDay(date.getYear()));
    }

    /** True on a day offices work: Monday to Friday and not a public holiday. */
    public static boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !isHoliday(date);
    }

    /** The day {@code days} working days after {@code from} ({@code from} itself not counted). */
    public static LocalDate plusWorkingDays(LocalDate from, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        LocalDate d = from;
        int left = days;
        while (left > 0) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }
}
