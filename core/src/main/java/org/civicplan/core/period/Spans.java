package org.civicplan.core.period;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * Spans of days and the arithmetic the reader does on them: the thirds a Vietnamese reader means by
 * "đầu", "giữa" and "cuối", the Period a span coincides with, and a year taken from a reference date.
 */
final class Spans {
    private Spans() {}

    /**
     * What a phrase's core names: a span of days, the Period it is (if one), and whether its year
     * came from the context.
     */
    record Span(LocalDate start, LocalDate end, Period named, boolean yearInferred) {
        static Span of(Period period, boolean yearInferred) {
            return new Span(period.start().orElseThrow(), period.end().orElseThrow(), period, yearInferred);
        }

        static Span day(LocalDate date, boolean yearInferred) {
            return new Span(date, date, new Period.OnDate(date), yearInferred);
        }

        boolean isDay() {
            return start.equals(end);
        }

        Span withNamed(Period period) {
            return new Span(start, end, period, yearInferred);
        }
    }

    /**
     * The first, middle or last third of a span (part 1, 2 or 3). A month splits as Vietnamese
     * "thượng tuần / trung tuần / hạ tuần" do (1–10, 11–20, 21–end); a quarter into its months; a
     * year into January–April, May–August, September–December; a half-year into two-month parts.
     */
    static Span third(Span whole, int part) {
        Period p = whole.named();
        LocalDate s;
        LocalDate e;
        if (p instanceof Period.Month m) {
            YearMonth ym = m.month();
            s = ym.atDay(part == 1 ? 1 : part == 2 ? 11 : 21);
            e = part == 1 ? ym.atDay(10) : part == 2 ? ym.atDay(20) : ym.atEndOfMonth();
        } else {
            int months = monthsBetween(whole.start(), whole.end());
            int size = Math.max(1, months / 3);
            s = whole.start().plusMonths((long) size * (part - 1));
            e = part == 3 ? whole.end() : s.plusMonths(size).minusDays(1);
        }
        return new Span(s, e, null, whole.yearInferred())
                .withNamed(wholePeriod(s, e).orElse(null));
    }

    private static int monthsBetween(LocalDate start, LocalDate endInclusive) {
        return (endInclusive.getYear() - start.getYear()) * 12
                + endInclusive.getMonthValue()
                - start.getMonthValue()
                + 1;
    }

    /** The Period a span of days coincides with: a month, quarter, half-year, year or stage. */
    static Optional<Period> wholePeriod(LocalDate start, LocalDate end) {
        if (start.getDayOfMonth() != 1 || !end.equals(YearMonth.from(end).atEndOfMonth())) {
            return Optional.empty();
        }
        int months = monthsBetween(start, end);
        int sm = start.getMonthValue();
        if (months == 1) {
            return Optional.of(new Period.Month(YearMonth.from(start)));
        }
        if (months == 3 && sm % 3 == 1) {
            return Optional.of(new Period.Quarter(start.getYear(), sm / 3 + 1));
        }
        if (months == 6 && (sm == 1 || sm == 7)) {
            return Optional.of(new Period.HalfYear(start.getYear(), sm == 1 ? 1 : 2));
        }
        if (sm == 1 && end.getMonthValue() == 12) {
            return Optional.of(
                    start.getYear() == end.getYear()
                            ? new Period.Year(start.getYear())
                            : new Period.MultiYear(start.getYear(), end.getYear()));
        }
        return Optional.empty();
    }

    /**
     * The year a day and month without a year fall in: of the reference year and its neighbours,
     * the one that puts the day nearest the reference date (a letter of 28/12 asking for a report
     * "trước ngày 10/1" means next January).
     */
    static int nearestYear(int month, int day, LocalDate reference) {
        int best = reference.getYear();
        long bestGap = Long.MAX_VALUE;
        for (int y = reference.getYear() - 1; y <= reference.getYear() + 1; y++) {
            if (day > YearMonth.of(y, month).lengthOfMonth()) {
                continue;
            }
            long gap = Math.abs(LocalDate.of(y, month, day).toEpochDay() - reference.toEpochDay());
            if (gap < bestGap) {
                bestGap = gap;
                best = y;
            }
        }
        return best;
    }

    /** The year a month without a year falls in, by the same rule as {@link #nearestYear(int, int, LocalDate)}. */
    static int nearestYear(int month, LocalDate reference) {
        int best = reference.getYear();
        int bestGap = Integer.MAX_VALUE;
        for (int y = reference.getYear() - 1; y <= reference.getYear() + 1; y++) {
            int gap = Math.abs((y * 12 + month) - (reference.getYear() * 12 + reference.getMonthValue()));
            if (gap < bestGap) {
                bestGap = gap;
                best = y;
            }
        }
        return best;
    }
}
