package org.civicplan.core.review;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.civicplan.core.InvalidInputException;
import org.civicplan.core.Lang;
import org.civicplan.core.Message;
import org.civicplan.core.model.Frequency;
import org.civicplan.core.model.Indicator;
import org.civicplan.core.model.Program;
import org.civicplan.core.period.Period;

/**
 * The reporting periods of a program: from its period and its indicators' frequencies, with the
 * data windows and due dates of {@link CalendarRules}. Item progress is always reported six-monthly
 * and yearly (the steering committee's sơ kết and tổng kết), so those two are always present.
 */
public final class ReportingCalendar {
    private final CalendarRules rules;

    public ReportingCalendar(CalendarRules rules) {
        this.rules = requireNonNull(rules, "rules is null");
    }

    public static ReportingCalendar stateRegime() {
        return new ReportingCalendar(CalendarRules.STATE_REGIME);
    }

    /** Every reporting period of the program, ordered by due date, then by length (shorter first). */
    public List<ReportingPeriod> periods(Program program, List<Indicator> indicators) {
        Set<Frequency> frequencies = EnumSet.of(Frequency.SEMI_ANNUAL, Frequency.ANNUAL);
        for (Indicator indicator : indicators) {
            indicator.frequency().filter(f -> f != Frequency.ONCE).ifPresent(frequencies::add);
        }
        int from = program.period().start().orElseThrow().getYear();
        int to = program.period().end().orElseThrow().getYear();
        Set<ReportingPeriod> out = new LinkedHashSet<>();
        for (Frequency frequency : frequencies) {
            for (int year = from; year <= to; year++) {
                out.addAll(periods(frequency, year));
            }
        }
        List<ReportingPeriod> sorted = new ArrayList<>(out);
        sorted.sort(
                Comparator.comparing(ReportingPeriod::due).thenComparing(p -> p.dataFrom(), Comparator.reverseOrder()));
        return sorted;
    }

    /** The periods of one frequency in one year. */
    public List<ReportingPeriod> periods(Frequency frequency, int year) {
        List<ReportingPeriod> out = new ArrayList<>();
        switch (frequency) {
            case MONTHLY -> {
                for (int m = 1; m <= 12; m++) {
                    out.add(of(Period.month(year, m), frequency, YearMonth.of(year, m)));
                }
            }
            case QUARTERLY -> {
                for (int q = 1; q <= 4; q++) {
                    out.add(of(Period.quarter(year, q), frequency, YearMonth.of(year, q * 3), 3));
                }
            }
            case SEMI_ANNUAL -> {
                out.add(of(Period.firstHalf(year), frequency, YearMonth.of(year, 6), 6));
                out.add(of(Period.secondHalf(year), frequency, YearMonth.of(year, 12), 6));
            }
            case ANNUAL -> out.add(of(Period.year(year), frequency, YearMonth.of(year, 12), 12));
            case ONCE -> {}
        }
        return out;
    }

    /** The reporting period for a period, e.g. {@code 2021-H1} → data 15/12/2020–14/06/2021, due 20/06/2021. */
    public ReportingPeriod forPeriod(Period period) {
        if (period instanceof Period.Month m) {
            return of(period, Frequency.MONTHLY, m.month());
        }
        if (period instanceof Period.Quarter q) {
            return of(period, Frequency.QUARTERLY, YearMonth.of(q.year(), q.quarter() * 3), 3);
        }
        if (period instanceof Period.HalfYear h) {
            return of(period, Frequency.SEMI_ANNUAL, YearMonth.of(h.year(), h.half() * 6), 6);
        }
        if (period instanceof Period.Year y) {
            return of(period, Frequency.ANNUAL, YearMonth.of(y.year(), 12), 12);
        }
        if (period instanceof Period.MultiYear my) {
            // the final review (tổng kết) of a whole term: data to 14 December of the last year
            LocalDate to = LocalDate.of(my.to(), 12, rules.cutoffDay() - 1);
            LocalDate from = LocalDate.of(my.from() - 1, 12, rules.cutoffDay());
            return new ReportingPeriod(period, Frequency.ANNUAL, from, to, to.plusDays(rules.dueDays()));
        }
        throw notReviewable(period);
    }

    /** Periods a review can cover: a month, quarter, half-year, year or several whole years. */
    public static boolean reviewable(Period period) {
        return period instanceof Period.Month
                || period instanceof Period.Quarter
                || period instanceof Period.HalfYear
                || period instanceof Period.Year
                || period instanceof Period.MultiYear;
    }

    /**
     * Refuses a period a review cannot cover (recurring "Hằng năm", ongoing "Thường xuyên", open
     * "Trước 26/7/2024", a single day), saying what to give instead.
     */
    public static void requireReviewable(Period period) {
        if (!reviewable(period)) {
            throw notReviewable(period);
        }
    }

    /**
     * Refuses a review period that shares no day with the program's period (a review of 2030 for a
     * 2021–2025 program is empty, and a typo more likely than an intent): for a period a user asked
     * for; a computed default is the caller's to choose inside the program.
     */
    public static void requireInside(Program program, Period period) {
        Period term = program.period();
        if (term.start().isEmpty()
                || term.end().isEmpty()
                || period.start().isEmpty()
                || period.end().isEmpty()) {
            return;
        }
        if (period.end().get().isBefore(term.start().get())
                || period.start().get().isAfter(term.end().get())) {
            throw new InvalidInputException(Message.of(
                    "Kỳ \"" + period.format(Lang.VI) + "\" nằm ngoài thời gian thực hiện của chương trình "
                            + program.id() + " (" + term.format(Lang.VI) + "): chọn một kỳ trong thời gian đó",
                    "The period \"" + period.format(Lang.EN) + "\" lies outside program " + program.id() + " ("
                            + term.format(Lang.EN) + "): choose a period inside it"));
        }
    }

    private static InvalidInputException notReviewable(Period period) {
        String vi = period.format(Lang.VI);
        return new InvalidInputException(Message.of(
                "Sơ kết, tổng kết cần một kỳ có đầu có cuối (tháng, quý, 6 tháng, năm hoặc nhiều năm), không phải \""
                        + vi + "\"; ví dụ: 2021-H1, \"6 tháng đầu năm 2021\", \"Quý III/2021\", 2022, 2021-2025",
                "A review needs a bounded period (a month, quarter, half-year, year or several years), not \""
                        + vi + "\" (" + period.format(Lang.EN)
                        + "); e.g. 2021-H1, \"6 tháng đầu năm 2021\", \"Quý III/2021\", 2022, 2021-2025"));
    }

    private ReportingPeriod of(Period period, Frequency frequency, YearMonth last) {
        return of(period, frequency, last, 1);
    }

    /** Data window: from the cut-off day of the month before the first month, to the day before it in {@code last}. */
    private ReportingPeriod of(Period period, Frequency frequency, YearMonth last, int months) {
        YearMonth first = last.minusMonths(months - 1L);
        LocalDate from = first.minusMonths(1).atDay(rules.cutoffDay());
        LocalDate to = last.atDay(rules.cutoffDay() - 1);
        return new ReportingPeriod(period, frequency, from, to, to.plusDays(rules.dueDays()));
    }
}
