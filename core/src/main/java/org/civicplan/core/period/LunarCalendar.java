package org.civicplan.core.period;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.SimpleTimeZone;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Vietnam's lunar calendar (âm lịch): ICU's Chinese calendar with its new moons and solar terms
 * computed for UTC+7, Vietnam's time, instead of China's UTC+8. The two differ when a new moon falls
 * between 23:00 and 24:00 Beijing time: then Vietnam's month starts a day earlier (Tết 1985 and
 * 2007 differ from China's; the test checks the published dates 2019–2030).
 */
final class LunarCalendar extends ChineseCalendar {
    private static final long serialVersionUID = 1L;
    private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);
    private static final TimeZone VIETNAM_ZONE = new SimpleTimeZone(7 * 3600 * 1000, "UTC+07:00");

    // ICU's only way to compute the calendar's astronomy in another zone (its DangiCalendar, Korea's,
    // uses the same constructor); ICU deprecates it as internal but has no public replacement
    @SuppressWarnings("deprecation")
    private LunarCalendar() {
        super(VIETNAM_ZONE, ULocale.ROOT, VIETNAM_ZONE);
    }

    /** The first day of the lunar year that begins in Gregorian {@code year}: Tết Nguyên đán. */
    static LocalDate newYear(int year) {
        return find(LocalDate.of(year, 1, 19), 36, 1, 1);
    }

    /** 10th day of the 3rd lunar month: Giỗ Tổ Hùng Vương, a public holiday. */
    static LocalDate hungKings(int year) {
        return find(newYear(year).plusDays(60), 60, 3, 10);
    }

    /** The first day in [from, from + days) that is lunar {@code day} of non-leap lunar {@code month}. */
    private static LocalDate find(LocalDate from, int days, int month, int day) {
        LunarCalendar cal = new LunarCalendar();
        for (int i = 0; i < days; i++) {
            LocalDate d = from.plusDays(i);
            cal.setTimeInMillis(d.atTime(12, 0).toInstant(VIETNAM).toEpochMilli());
            if (cal.get(Calendar.MONTH) == month - 1
                    && cal.get(Calendar.DAY_OF_MONTH) == day
                    && cal.get(Calendar.IS_LEAP_MONTH) == 0) {
                return d;
            }
        }
        throw new IllegalStateException("no lunar " + day + "/" + month + " after " + from);
    }
}
