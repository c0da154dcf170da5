package org.civicplan.export.html.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.Locale;
import org.civicplan.core.Lang;

/** Numbers and dates as officials read them: {@code 1.234,5} in Vietnamese, {@code 1,234.5} in English. */
public final class Numbers {
    private Numbers() {}

    public static String format(BigDecimal value, Lang lang) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setGroupingSeparator(lang.pick('.', ','));
        symbols.setDecimalSeparator(lang.pick(',', '.'));
        DecimalFormat format = new DecimalFormat("#,##0.##", symbols);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    public static String format(long value, Lang lang) {
        return format(BigDecimal.valueOf(value), lang);
    }

    public static String date(LocalDate date) {
        return String.format(Locale.ROOT, "%02d/%02d/%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }
}
