package org.civicplan.core.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.civicplan.core.period.Period;

/**
 * The reporting periods that may hold data overlapping a given period: the period itself and every
 * year, half-year, quarter and month that shares a day with it. An approved report on any of them
 * locks the data of the period (a monthly value inside an approved half-year, a yearly value over
 * an approved quarter).
 */
final class ReportPeriods {
    /** Beyond this many years a period is only matched exactly (a stage report is matched by the caller). */
    static final int MAX_YEARS = 30;

    private ReportPeriods() {}

    /** The period itself first, then the standard periods that overlap it, shortest last. */
    static List<Period> overlapping(Period period) {
        List<Period> out = new ArrayList<>();
        out.add(period);
        if (period.start().isEmpty() || period.end().isEmpty()) {
            return out; // recurring, ongoing or open-ended: only the same period
        }
        int from = period.start().get().getYear();
        int to = period.end().get().getYear();
        if (to - from >= MAX_YEARS) {
            return out;
        }
        for (int year = from; year <= to; year++) {
            List<Period> standard = new ArrayList<>();
            standard.add(Period.year(year));
            standard.add(Period.firstHalf(year));
            standard.add(Period.secondHalf(year));
            for (int q = 1; q <= 4; q++) {
                standard.add(Period.quarter(year, q));
            }
            for (int m = 1; m <= 12; m++) {
                standard.add(Period.month(year, m));
            }
            for (Period candidate : standard) {
                if (overlap(candidate, period) && !candidate.equals(period)) {
                    out.add(candidate);
                }
            }
        }
        return out;
    }

    /** True when both periods are bounded and share at least one day. */
    static boolean overlap(Period a, Period b) {
        if (a.start().isEmpty()
                || a.end().isEmpty()
                || b.start().isEmpty()
                || b.end().isEmpty()) {
            return false;
        }
        LocalDate aStart = a.start().get();
        LocalDate aEnd = a.end().get();
        return !aStart.isAfter(b.end().get()) && !b.start().get().isAfter(aEnd);
    }
}
