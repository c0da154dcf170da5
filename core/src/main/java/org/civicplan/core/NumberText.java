package org.civicplan.core;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * The one number format of each language, shared by the command-line text, the spreadsheets, the
 * dashboard and the documents: {@code 1.234.567,8} and {@code 72,2 %} in Vietnamese, {@code
 * 1,234,567.8} and {@code 72.2%} in English; at most two decimals, rounded half up, none shown for
 * a whole number.
 */
public final class NumberText {
    private NumberText() {}

    /** {@code 1.234.567,8} (vi), {@code 1,234,567.8} (en). */
    public static String number(BigDecimal value, Lang lang) {
        requireNonNull(value, "value is null");
        requireNonNull(lang, "lang is null");
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setGroupingSeparator(lang.pick('.', ','));
        symbols.setDecimalSeparator(lang.pick(',', '.'));
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat("#,##0.##", symbols);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    /** A whole number with separators: {@code 1.500} (vi), {@code 1,500} (en). */
    public static String number(long value, Lang lang) {
        return number(BigDecimal.valueOf(value), lang);
    }

    /** A percentage given in hundredths ({@code 72.2} for 72.2 %): {@code 72,2 %} (vi), {@code 72.2%} (en). */
    public static String percent(BigDecimal value, Lang lang) {
        return number(value, lang) + lang.pick(" %", "%");
    }

    /**
     * The spreadsheet number format for {@code value} as {@link #number} shows it: {@code #,##0} for
     * a whole number (never {@code 21.} with a dangling separator), else one or two decimals. The
     * spreadsheet program puts in its own locale's separators.
     */
    public static String spreadsheetFormat(BigDecimal value) {
        int scale = Math.min(2, Math.max(0, value.stripTrailingZeros().scale()));
        return scale == 0 ? "#,##0" : "#,##0." + "0".repeat(scale);
    }

    /** As {@link #spreadsheetFormat}, for a percentage given in hundredths, with the language's sign. */
    public static String spreadsheetPercentFormat(BigDecimal value, Lang lang) {
        return spreadsheetFormat(value) + lang.pick("\" %\"", "\"%\"");
    }
}
