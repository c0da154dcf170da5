package org.civicplan.core.period;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civicplan.core.period.Spans.Span;

/**
 * Holidays a deadline is tied to: "Tết Nguyên đán 2023" (the lunar new year in Vietnam, with or
 * without its can-chi name), "Giỗ Tổ Hùng Vương", "Quốc khánh". A holiday without a year takes
 * it from the context. "trước Tết" means the day before the holiday, when offices are still open.
 */
final class HolidayForms {
    private static final String CAN_CHI = "(?: (?:giap|at|binh|dinh|mau|ky|canh|tan|nham|quy)"
            + " (?:ty|suu|dan|mao|thin|ngo|mui|than|dau|tuat|hoi))?";
    private static final Pattern TET =
            Pattern.compile("(?:ngay )?tet(?: nguyen dan| am lich| co truyen)?" + CAN_CHI + "(?: (?:nam )?(\\d{4}))?");
    private static final Pattern HUNG = Pattern.compile("(?:ngay )?gio to hung vuong(?: 10/3)?(?: (?:nam )?(\\d{4}))?");
    private static final Pattern NATIONAL_DAY =
            Pattern.compile("(?:le |ngay )?quoc khanh(?: 2/9)?(?: (?:nam )?(\\d{4}))?");

    private HolidayForms() {}

    /** The holiday's day, or null when the key names none. */
    static Span read(String key, String text, ParseContext ctx) {
        // each pattern is tried only where the key begins as it must (a matcher costs more than a look)
        Matcher m;
        if ((key.startsWith("tet") || key.startsWith("ngay tet")) && (m = TET.matcher(key)).matches()) {
            int year = year(m, text, ctx, "Tết Nguyên đán");
            return Span.day(VietnamHolidays.lunarNewYear(year), m.group(1) == null);
        }
        if ((key.startsWith("gio to") || key.startsWith("ngay gio to")) && (m = HUNG.matcher(key)).matches()) {
            int year = year(m, text, ctx, "Giỗ Tổ Hùng Vương");
            return Span.day(VietnamHolidays.hungKingsDay(year), m.group(1) == null);
        }
        if ((key.startsWith("quoc khanh") || key.startsWith("le quoc khanh") || key.startsWith("ngay quoc khanh"))
                && (m = NATIONAL_DAY.matcher(key)).matches()) {
            int year = year(m, text, ctx, "Quốc khánh");
            return Span.day(LocalDate.of(year, 9, 2), m.group(1) == null);
        }
        return null;
    }

    private static int year(Matcher m, String text, ParseContext ctx, String name) {
        if (m.group(1) != null) {
            return DateForms.year(text, m.group(1));
        }
        return ctx.reference()
                .orElseThrow(() -> Refusals.needsReference(text, name))
                .getYear();
    }
}
