package org.civicplan.export.html.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.civicplan.core.Lang;
import org.civicplan.core.NumberText;

/** Numbers and dates as officials read them: {@code 1.234,5} in Vietnamese, {@code 1,234.5} in English. */
public final class Numbers {
    private Numbers() {}

    /** The shared format ({@link NumberText}), as every other output writes numbers. */
    public static String format(BigDecimal value, Lang lang) {
        return NumberText.number(value, lang);
    }

    public static String format(long value, Lang lang) {
        return format(BigDecimal.valueOf(value), lang);
    }

    public static String date(LocalDate date) {
        return String.format(Locale.ROOT, "%02d/%02d/%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }
}
