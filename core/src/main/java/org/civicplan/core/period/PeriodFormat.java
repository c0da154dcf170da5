package org.civicplan.core.period;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Locale;
import org.civicplan.core.Lang;
import org.civicplan.core.text.VietnameseText;

/**
 * Writes the canonical form of a period: the Vietnamese form is what plans print and parses back to
 * an equal value; the English form is for developers and logs (it also parses back).
 *
 * <p>Dates are always {@code dd/MM/yyyy}, as Vietnamese documents write them, in both languages so a
 * developer reading a log sees the same date an official sees. English month names are fixed here
 * rather than taken from the JDK's locale data, whose text differs between providers.
 */
final class PeriodFormat {
    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    private PeriodFormat() {}

    static String format(Period period, Lang lang) {
        requireNonNull(period, "period is null");
        requireNonNull(lang, "lang is null");
        // The literals are NFC already; nfc() is a cheap check that keeps that true if a source
        // file is ever saved decomposed.
        return VietnameseText.nfc(lang == Lang.VI ? vi(period) : en(period));
    }

    private static String vi(Period period) {
        if (period instanceof Period.Month m) {
            return "Tháng " + m.month().getMonthValue() + "/" + m.month().getYear();
        } else if (period instanceof Period.Quarter q) {
            return "Quý " + ROMAN[q.quarter() - 1] + "/" + q.year();
        } else if (period instanceof Period.HalfYear h) {
            return "6 tháng " + (h.half() == 1 ? "đầu" : "cuối") + " năm " + h.year();
        } else if (period instanceof Period.Year y) {
            return "Năm " + y.year();
        } else if (period instanceof Period.MultiYear my) {
            return my.from() + "-" + my.to();
        } else if (period instanceof Period.Before b) {
            return "Trước " + date(b.date());
        } else if (period instanceof Period.OnDate d) {
            return date(d.date());
        } else if (period instanceof Period.Yearly) {
            return "Hằng năm";
        } else if (period instanceof Period.Ongoing) {
            return "Thường xuyên";
        }
        throw new IllegalStateException("unknown period type: " + period.getClass());
    }

    private static String en(Period period) {
        if (period instanceof Period.Month m) {
            return PeriodParser.ENGLISH_MONTHS[m.month().getMonthValue() - 1] + " "
                    + m.month().getYear();
        } else if (period instanceof Period.Quarter q) {
            return "Q" + q.quarter() + " " + q.year();
        } else if (period instanceof Period.HalfYear h) {
            return "H" + h.half() + " " + h.year();
        } else if (period instanceof Period.Year y) {
            return Integer.toString(y.year());
        } else if (period instanceof Period.MultiYear my) {
            return my.from() + "–" + my.to();
        } else if (period instanceof Period.Before b) {
            return "Before " + date(b.date());
        } else if (period instanceof Period.OnDate d) {
            return date(d.date());
        } else if (period instanceof Period.Yearly) {
            return "Yearly";
        } else if (period instanceof Period.Ongoing) {
            return "Ongoing";
        }
        throw new IllegalStateException("unknown period type: " + period.getClass());
    }

    private static String date(LocalDate date) {
        return String.format(Locale.ROOT, "%02d/%02d/%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }
}
